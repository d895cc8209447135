/**
 * The mutation table of docs/identity-plan.md §8 as data. Each row starts from a correct, signed
 * answer of the test IdP (or its error answer), breaks one thing, and names the failure code the
 * SP must report (or "ok" for what the rules allow). The spid-sp-test response case numbers are in
 * `sst`. tests/unit/saml-response-verifier.test.ts runs every row without `needsDb` through
 * verifySpidResponse; the login service's integration test runs the whole table through the ACS.
 *
 * Pure: `mutate` edits a copy of the spec before signing, `postSign` edits the signed XML text.
 */
import { CONFIRMATION_METHOD, NAMEID_FORMAT, STATUS } from "~/domain/saml/constants";
import type { SpidFailureCode } from "~/domain/spid-response-check";
import type { SpidLevel } from "~/domain/spid-levels";
import { shiftInstant, type AssertionSpec, type ResponseSpec } from "./response-builder";

export type SignWith = "other-key" | "none" | "response-only" | "assertion-only";

/** What a row needs from the database-backed harness (the verifier alone cannot see these). */
export type DbScenario =
  /** The response answers a request that was never stored. */
  | "no-stored-request"
  /** The stored request is past its expires_at. */
  | "request-expired"
  /** The very same response is posted twice: the second finds no request. */
  | "same-response-twice"
  /** Two requests; the second response re-signs the first one's Assertion ID. */
  | "assertion-id-reused";

export interface MutationRow {
  id: string;
  description: string;
  sst: number[];
  expect: SpidFailureCode | "ok";
  profile?: "spid" | "cie";
  /** The level the request asked (default 2). */
  requestLevel?: SpidLevel;
  /** A TEST_CITIZENS key (default "mario-rossi"). */
  citizen?: string;
  /** Start from the IdP's error answer "ErrorCode nrNN" instead of a success. */
  errorCode?: number;
  mutate?: (spec: ResponseSpec) => ResponseSpec;
  postSign?: (xml: string) => string;
  /** Default: the Assertion and the Response both signed with the IdP key. */
  signWith?: SignWith;
  needsDb?: true;
  scenario?: DbScenario;
}

const HOUR = 3_600_000;
const OTHER_CF = "BNCNNA41B43I625G";

/** A mutation on a deep copy, so that rows never share state. */
const edit = (fn: (s: ResponseSpec) => void) => (spec: ResponseSpec) => {
  const copy = structuredClone(spec);
  fn(copy);
  return copy;
};
const onAssertion = (fn: (a: AssertionSpec, s: ResponseSpec) => void) =>
  edit((s) => {
    if (!s.assertion) throw new Error("row needs an assertion");
    fn(s.assertion, s);
  });
const scd = (a: AssertionSpec) => a.subject!.confirmation!.data!;

// --- postSign helpers: plain string surgery on the signed document ----------------------------

function assertionBounds(xml: string): [number, number] {
  const start = xml.indexOf("<saml:Assertion");
  const end = xml.indexOf("</saml:Assertion>", start);
  if (start < 0 || end < 0) throw new Error("no saml:Assertion in the signed XML");
  return [start, end + "</saml:Assertion>".length];
}

/** An unsigned copy of the signed Assertion with another ID and someone else's codice fiscale. */
function evilCopy(assertionXml: string): string {
  return assertionXml
    .replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/, "")
    .replace(/ ID="[^"]*"/, ' ID="_evil0000000000000000000000000000000000000"')
    .replace(/TINIT-[A-Z0-9]{16}/, `TINIT-${OTHER_CF}`);
}

const prependDocument = (prefix: string) => (xml: string) => prefix + xml;

export const MUTATIONS: readonly MutationRow[] = [
  // --- what must pass ----------------------------------------------------------------------------
  { id: "ok", description: "correct answer, L2 asked and given, both signatures", sst: [1], expect: "ok" },
  {
    id: "ok-l3-when-l2",
    description: "L3 when L2 was asked (Comparison minimum)",
    sst: [96],
    expect: "ok",
    mutate: onAssertion((a) => (a.authn!.classRef = "https://www.spid.gov.it/SpidL3")),
  },
  {
    id: "ok-instants-with-ms",
    description: "IssueInstant with milliseconds",
    sst: [110],
    expect: "ok",
    mutate: edit((s) => {
      s.issueInstant = s.issueInstant!.replace(/(\.\d+)?Z$/, ".123Z");
      s.assertion!.issueInstant = s.issueInstant;
    }),
  },
  {
    id: "ok-instants-whole-seconds",
    description: "IssueInstant without fractional seconds",
    sst: [],
    expect: "ok",
    mutate: edit((s) => {
      s.issueInstant = s.issueInstant!.replace(/\.\d+Z$/, "Z");
      s.assertion!.issueInstant = s.issueInstant;
    }),
  },
  {
    id: "ok-response-issuer-without-format",
    description: "Response Issuer without Format",
    sst: [31],
    expect: "ok",
    mutate: edit((s) => (s.issuer!.format = null)),
  },
  {
    id: "ok-attributes-without-nameformat",
    description: "Attributes without NameFormat",
    sst: [109],
    expect: "ok",
    mutate: onAssertion((a) => a.attributes!.forEach((x) => (x.nameFormat = null))),
  },
  { id: "ok-assertion-only-signed", description: "only the Assertion signed (the Response signature is optional)", sst: [], expect: "ok", signWith: "assertion-only" },
  { id: "ok-omocodia", description: "codice fiscale with omocodia", sst: [], expect: "ok", citizen: "giovanni-brambilla" },
  { id: "ok-cie", description: "CIE profile: Assertion Issuer without Format, eIDAS attributes only", sst: [], expect: "ok", profile: "cie" },

  // --- XML ----------------------------------------------------------------------------------------
  { id: "xml-doctype", description: "DOCTYPE with an internal entity", sst: [], expect: "XML_DOCTYPE", postSign: prependDocument('<!DOCTYPE r [<!ENTITY x "y">]>') },
  {
    id: "xml-processing-instruction",
    description: "processing instruction after the XML declaration",
    sst: [],
    expect: "XML_DOCTYPE",
    postSign: prependDocument('<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet href="https://evil.example/x.xsl"?>'),
  },

  // --- signatures -----------------------------------------------------------------------------
  { id: "sig-none", description: "no signatures", sst: [2], expect: "SIGNATURE_INVALID", signWith: "none" },
  { id: "sig-response-only", description: "only the Response signed", sst: [3], expect: "SIGNATURE_INVALID", signWith: "response-only" },
  { id: "sig-other-key", description: "signed with a key that is not the IdP's", sst: [4], expect: "SIGNATURE_INVALID", signWith: "other-key" },
  {
    id: "sig-tampered",
    description: "fiscalNumber changed after signing",
    sst: [100],
    expect: "SIGNATURE_INVALID",
    postSign: (xml) => xml.replace(/TINIT-[A-Z0-9]{16}/, `TINIT-${OTHER_CF}`),
  },

  // --- wrapping -------------------------------------------------------------------------------
  {
    id: "wrap-unsigned-assertion-before",
    description: "a second, unsigned Assertion before the signed one",
    sst: [],
    expect: "SIGNATURE_WRAPPED",
    signWith: "assertion-only",
    postSign: (xml) => {
      const [start, end] = assertionBounds(xml);
      return xml.slice(0, start) + evilCopy(xml.slice(start, end)) + xml.slice(start);
    },
  },
  {
    id: "wrap-unsigned-assertion-after",
    description: "a second, unsigned Assertion after the signed one",
    sst: [],
    expect: "SIGNATURE_WRAPPED",
    signWith: "assertion-only",
    postSign: (xml) => {
      const [start, end] = assertionBounds(xml);
      return xml.slice(0, end) + evilCopy(xml.slice(start, end)) + xml.slice(end);
    },
  },
  {
    id: "wrap-signed-in-extensions",
    description: "the signed Assertion moved into samlp:Extensions, an evil one in its place",
    sst: [],
    expect: "SIGNATURE_WRAPPED",
    signWith: "assertion-only",
    postSign: (xml) => {
      const [start, end] = assertionBounds(xml);
      const signed = xml.slice(start, end);
      const withEvil = xml.slice(0, start) + evilCopy(signed) + xml.slice(end);
      const issuerEnd = withEvil.indexOf("</saml:Issuer>") + "</saml:Issuer>".length;
      return `${withEvil.slice(0, issuerEnd)}<samlp:Extensions>${signed}</samlp:Extensions>${withEvil.slice(issuerEnd)}`;
    },
  },
  {
    id: "wrap-signed-in-advice",
    description: "the signed Assertion hidden in the Advice of an evil one",
    sst: [],
    expect: "SIGNATURE_WRAPPED",
    signWith: "assertion-only",
    postSign: (xml) => {
      const [start, end] = assertionBounds(xml);
      const signed = xml.slice(start, end);
      const evil = evilCopy(signed);
      const afterIssuer = evil.indexOf("</saml:Issuer>") + "</saml:Issuer>".length;
      return xml.slice(0, start) + `${evil.slice(0, afterIssuer)}<saml:Advice>${signed}</saml:Advice>${evil.slice(afterIssuer)}` + xml.slice(end);
    },
  },

  // --- Response envelope ----------------------------------------------------------------------
  { id: "response-id-empty", description: "Response ID empty", sst: [8], expect: "RESPONSE_ID", signWith: "assertion-only", mutate: edit((s) => (s.id = "")) },
  { id: "response-version", description: "Response Version 1.0", sst: [10], expect: "RESPONSE_VERSION", mutate: edit((s) => (s.version = "1.0")) },
  {
    id: "response-issue-instant-malformed",
    description: "Response IssueInstant malformed",
    sst: [13],
    expect: "RESPONSE_ISSUE_INSTANT",
    mutate: edit((s) => (s.issueInstant = "2021-13-45 10:00")),
  },
  {
    id: "response-issue-instant-before-request",
    description: "Response IssueInstant before the request",
    sst: [14],
    expect: "RESPONSE_ISSUE_INSTANT_BEFORE_REQUEST",
    mutate: edit((s) => (s.issueInstant = "2018-01-01T00:00:00Z")),
  },
  {
    id: "response-issue-instant-future",
    description: "Response IssueInstant in the future",
    sst: [15],
    expect: "RESPONSE_ISSUE_INSTANT_FUTURE",
    mutate: edit((s) => (s.issueInstant = "2099-01-01T00:00:00Z")),
  },
  {
    id: "response-in-response-to-other",
    description: "InResponseTo names another request",
    sst: [18],
    expect: "RESPONSE_UNSOLICITED",
    mutate: edit((s) => (s.inResponseTo = "_0000000000000000000000000000000000000000")),
  },
  { id: "destination-missing", description: "Destination missing", sst: [20], expect: "RESPONSE_DESTINATION", mutate: edit((s) => (s.destination = null)) },
  {
    id: "destination-other",
    description: "Destination is another ACS",
    sst: [21],
    expect: "RESPONSE_DESTINATION",
    mutate: edit((s) => (s.destination = "https://other.example/acs")),
  },
  { id: "status-missing", description: "Status missing", sst: [23], expect: "STATUS_MISSING", mutate: edit((s) => (s.status = null)) },
  {
    id: "status-requester-with-assertion",
    description: "StatusCode Requester with the Assertion kept",
    sst: [26],
    expect: "STATUS_NOT_SUCCESS",
    mutate: edit((s) => (s.status = { code: STATUS.requester, subCode: null, message: null })),
  },
  {
    id: "issuer-unknown",
    description: "Issuer of an unknown IdP on Response and Assertion, same key",
    sst: [27],
    expect: "RESPONSE_ISSUER",
    mutate: edit((s) => {
      s.issuer!.value = "https://unknown-idp.example";
      s.assertion!.issuer!.value = "https://unknown-idp.example";
    }),
  },
  {
    id: "response-issuer-format-transient",
    description: "Response Issuer Format transient",
    sst: [30],
    expect: "RESPONSE_ISSUER_FORMAT",
    mutate: edit((s) => (s.issuer!.format = NAMEID_FORMAT.transient)),
  },

  // --- IdP error answers ------------------------------------------------------------------------
  { id: "error-nr22", description: "IdP error: consent denied (nr22)", sst: [104, 105, 106, 107, 108], expect: "STATUS_NOT_SUCCESS", errorCode: 22 },
  { id: "error-nr25-unsigned", description: "IdP error nr25, unsigned (reported all the same)", sst: [111], expect: "STATUS_NOT_SUCCESS", errorCode: 25, signWith: "none" },
  {
    id: "error-wrong-destination",
    description: "IdP error sent to another ACS",
    sst: [],
    expect: "RESPONSE_DESTINATION",
    errorCode: 19,
    mutate: edit((s) => (s.destination = "https://other.example/acs")),
  },
  {
    id: "error-unknown-issuer",
    description: "IdP error from an unknown issuer",
    sst: [],
    expect: "RESPONSE_ISSUER",
    errorCode: 19,
    signWith: "none",
    mutate: edit((s) => (s.issuer!.value = "https://unknown-idp.example")),
  },

  // --- Assertion ----------------------------------------------------------------------------------
  { id: "assertion-missing", description: "Success without an Assertion", sst: [32], expect: "ASSERTION_MISSING", mutate: edit((s) => (s.assertion = null)) },
  { id: "assertion-version", description: "Assertion Version 1.0", sst: [35], expect: "ASSERTION_VERSION", mutate: onAssertion((a) => (a.version = "1.0")) },
  {
    id: "assertion-issue-instant-future",
    description: "Assertion IssueInstant in the future",
    sst: [40],
    expect: "ASSERTION_ISSUE_INSTANT",
    mutate: onAssertion((a) => (a.issueInstant = "2099-01-01T00:00:00Z")),
  },
  { id: "nameid-empty", description: "NameID empty", sst: [43], expect: "NAMEID", mutate: onAssertion((a) => (a.subject!.nameId!.value = "")) },
  {
    id: "nameid-persistent",
    description: "NameID Format persistent",
    sst: [47],
    expect: "NAMEID_FORMAT",
    mutate: onAssertion((a) => (a.subject!.nameId!.format = NAMEID_FORMAT.persistent)),
  },
  {
    id: "nameid-qualifier-missing",
    description: "NameID NameQualifier missing",
    sst: [49],
    expect: "NAMEID_QUALIFIER",
    mutate: onAssertion((a) => (a.subject!.nameId!.nameQualifier = null)),
  },
  {
    id: "confirmation-holder-of-key",
    description: "SubjectConfirmation Method holder-of-key",
    sst: [55],
    expect: "SUBJECT_CONFIRMATION",
    mutate: onAssertion((a) => (a.subject!.confirmation!.method = CONFIRMATION_METHOD.holderOfKey)),
  },
  {
    id: "recipient-other",
    description: "SubjectConfirmationData Recipient is another ACS",
    sst: [59],
    expect: "SCD_RECIPIENT",
    mutate: onAssertion((a) => (scd(a).recipient = "https://other.example/acs")),
  },
  {
    id: "scd-in-response-to-other",
    description: "SubjectConfirmationData InResponseTo names another request",
    sst: [62],
    expect: "SCD_IN_RESPONSE_TO",
    mutate: onAssertion((a) => (scd(a).inResponseTo = "_0000000000000000000000000000000000000000")),
  },
  {
    id: "expired",
    description: "SubjectConfirmationData and Conditions NotOnOrAfter one hour ago",
    sst: [66, 82],
    expect: "SCD_NOT_ON_OR_AFTER",
    mutate: onAssertion((a) => {
      scd(a).notOnOrAfter = shiftInstant(a.issueInstant!, -HOUR);
      a.conditions!.notBefore = shiftInstant(a.issueInstant!, -2 * HOUR);
      a.conditions!.notOnOrAfter = shiftInstant(a.issueInstant!, -HOUR);
    }),
  },
  {
    id: "expired-conditions",
    description: "Conditions NotOnOrAfter one hour ago",
    sst: [82],
    expect: "CONDITIONS",
    mutate: onAssertion((a) => {
      a.conditions!.notBefore = shiftInstant(a.issueInstant!, -2 * HOUR);
      a.conditions!.notOnOrAfter = shiftInstant(a.issueInstant!, -HOUR);
    }),
  },
  {
    id: "not-yet-valid",
    description: "Conditions NotBefore one hour ahead",
    sst: [81],
    expect: "CONDITIONS",
    mutate: onAssertion((a) => (a.conditions!.notBefore = shiftInstant(a.issueInstant!, HOUR))),
  },
  {
    id: "assertion-issuer-other",
    description: "Assertion Issuer is another entity",
    sst: [69],
    expect: "ASSERTION_ISSUER",
    mutate: onAssertion((a) => (a.issuer!.value = "https://other.example")),
  },
  {
    id: "assertion-issuer-format-missing",
    description: "SPID: Assertion Issuer without Format",
    sst: [71],
    expect: "ASSERTION_ISSUER_FORMAT",
    mutate: onAssertion((a) => (a.issuer!.format = null)),
  },
  {
    id: "audience-other",
    description: "Audience is another SP",
    sst: [87],
    expect: "AUDIENCE",
    mutate: onAssertion((a) => (a.conditions!.audiences = ["https://evil.example/metadata"])),
  },
  { id: "audience-empty", description: "Audience empty", sst: [85], expect: "AUDIENCE", mutate: onAssertion((a) => (a.conditions!.audiences = [""])) },
  { id: "authn-statement-missing", description: "AuthnStatement missing", sst: [88], expect: "AUTHN_STATEMENT", mutate: onAssertion((a) => (a.authn = null)) },
  {
    id: "level-old-urn",
    description: "old urn:oasis:…:SpidL1 class",
    sst: [97],
    expect: "AUTHN_CONTEXT_UNKNOWN",
    mutate: onAssertion((a) => (a.authn!.classRef = "urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1")),
  },
  {
    id: "level-too-low",
    description: "L1 when L2 was asked",
    sst: [94],
    expect: "AUTHN_LEVEL_TOO_LOW",
    mutate: onAssertion((a) => (a.authn!.classRef = "https://www.spid.gov.it/SpidL1")),
  },
  {
    id: "level-l2-when-l3",
    description: "L2 when L3 was asked",
    sst: [95],
    expect: "AUTHN_LEVEL_TOO_LOW",
    requestLevel: 3,
  },
  { id: "attributes-empty", description: "AttributeStatement empty", sst: [98], expect: "ATTRIBUTES_MISSING", mutate: onAssertion((a) => (a.attributes = [])) },
  {
    id: "attribute-without-name",
    description: "an Attribute without Name",
    sst: [99],
    expect: "ATTRIBUTES_MISSING",
    // With NameFormat: an Attribute with no XML attribute at all makes node-saml 5.1.0 throw a
    // TypeError (`attribute.$` undefined), which is still a refusal but reads as SIGNATURE_INVALID.
    mutate: onAssertion((a) => a.attributes!.push({ name: null, value: "x", type: "string", nameFormat: "urn:oasis:names:tc:SAML:2.0:attrname-format:basic" })),
  },
  {
    id: "attributes-not-requested",
    description: "only spidCode and address, not what was asked",
    sst: [103],
    expect: "ATTRIBUTES_MISSING",
    mutate: onAssertion(
      (a) =>
        (a.attributes = [
          { name: "spidCode", value: "TESTIDP0000001", type: "string", nameFormat: null },
          { name: "address", value: "Via Roma 1 20831 Seregno MB", type: "string", nameFormat: null },
        ]),
    ),
  },
  {
    id: "fiscal-number-without-prefix",
    description: "SPID fiscalNumber without TINIT-",
    sst: [],
    expect: "FISCAL_NUMBER_INVALID",
    mutate: onAssertion((a) => (a.attributes!.find((x) => x.name === "fiscalNumber")!.value = "RSSMRA85T10H501O")),
  },
  {
    id: "fiscal-number-check-character",
    description: "fiscalNumber with a wrong check character",
    sst: [],
    expect: "FISCAL_NUMBER_INVALID",
    mutate: onAssertion((a) => (a.attributes!.find((x) => x.name === "fiscalNumber")!.value = "TINIT-RSSMRA85T10H501A")),
  },
  {
    id: "fiscal-number-short",
    description: "TINIT- and 15 characters",
    sst: [],
    expect: "FISCAL_NUMBER_INVALID",
    mutate: onAssertion((a) => (a.attributes!.find((x) => x.name === "fiscalNumber")!.value = "TINIT-RSSMRA85T10H501")),
  },
  {
    id: "ok-cie-fiscal-number-without-prefix",
    description: "CIE: the bare 16 characters are accepted (whether CieID prefixes TINIT- is unverified)",
    sst: [],
    expect: "ok",
    profile: "cie",
    mutate: onAssertion((a) => (a.attributes!.find((x) => x.name === "fiscalNumber")!.value = "RSSMRA85T10H501O")),
  },

  // --- need the database (the login service's integration test) -----------------------------------
  { id: "db-no-stored-request", description: "answer to a request that was never stored", sst: [16, 18], expect: "RESPONSE_UNSOLICITED", needsDb: true, scenario: "no-stored-request" },
  { id: "db-request-expired", description: "answer after the stored request expired", sst: [], expect: "RESPONSE_UNSOLICITED", needsDb: true, scenario: "request-expired" },
  { id: "db-same-response-twice", description: "the same response posted twice", sst: [], expect: "RESPONSE_UNSOLICITED", needsDb: true, scenario: "same-response-twice" },
  { id: "db-assertion-id-reused", description: "an Assertion ID already used, re-signed into a second response", sst: [], expect: "ASSERTION_REPLAYED", needsDb: true, scenario: "assertion-id-reused" },
];
