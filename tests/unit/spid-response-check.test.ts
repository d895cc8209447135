import { describe, expect, it } from "vitest";
import {
  type CheckContext,
  type ParsedAssertion,
  type ParsedResponse,
  type SpidFailureCode,
  SUCCESS,
  spidResponseCheck,
} from "~/domain/spid-response-check";

const IDP = "https://test-idp.example/metadata";
const ACS = "https://sportello.example/spid/acs";
const SP = "https://sportello.example/spid/metadata";
const ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";

const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  now: new Date("2026-11-27T10:00:05Z"),
  skewMs: 30_000,
  profile: "spid",
  spEntityId: SP,
  request: { id: "_req1", issueInstant: "2026-11-27T10:00:00Z", acsUrl: ACS, idpEntityId: IDP, level: 2, requestedAttributes: ["fiscalNumber", "name", "familyName"] },
  ...over,
});

const response = (): ParsedResponse => ({
  hasDoctype: false,
  id: "_resp1",
  version: "2.0",
  issueInstant: "2026-11-27T10:00:04Z",
  destination: ACS,
  inResponseTo: "_req1",
  issuer: { value: IDP, format: ENTITY },
  status: { code: SUCCESS, message: null },
  assertionCount: 1,
});

const assertion = (): ParsedAssertion => ({
  id: "_assert1",
  version: "2.0",
  issueInstant: "2026-11-27T10:00:04.123Z",
  issuer: { value: IDP, format: ENTITY },
  subject: {
    nameId: { value: "  _abc  ", format: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", nameQualifier: IDP },
    confirmation: {
      method: "urn:oasis:names:tc:SAML:2.0:cm:bearer",
      data: { recipient: ACS, inResponseTo: "_req1", notOnOrAfter: "2026-11-27T10:05:00Z" },
    },
  },
  conditions: { notBefore: "2026-11-27T10:00:00Z", notOnOrAfter: "2026-11-27T10:05:00Z", audiences: [SP] },
  authnStatement: { classRef: "https://www.spid.gov.it/SpidL2" },
  attributes: [
    { name: "fiscalNumber", values: ["TINIT-RSSMRA85T10H501O"] },
    { name: "name", values: ["Mario"] },
    { name: "familyName", values: ["Rossi"] },
  ],
});

type Mutation = [string, (r: ParsedResponse, a: ParsedAssertion) => void, SpidFailureCode];

// One row per family of checks of docs/identity-plan.md §8 (spid-sp-test case numbers in the names).
const MUTATIONS: Mutation[] = [
  ["DOCTYPE present", (r) => (r.hasDoctype = true), "XML_DOCTYPE"],
  ["Response ID empty (8)", (r) => (r.id = ""), "RESPONSE_ID"],
  ["Response ID missing (9)", (r) => (r.id = null), "RESPONSE_ID"],
  ["Version 1.0 (10)", (r) => (r.version = "1.0"), "RESPONSE_VERSION"],
  ["IssueInstant empty (11)", (r) => (r.issueInstant = ""), "RESPONSE_ISSUE_INSTANT"],
  ["IssueInstant malformed (13)", (r) => (r.issueInstant = "2021-13-45 10:00"), "RESPONSE_ISSUE_INSTANT"],
  ["IssueInstant before the request (14)", (r) => (r.issueInstant = "2018-01-01T00:00:00Z"), "RESPONSE_ISSUE_INSTANT_BEFORE_REQUEST"],
  ["IssueInstant in the future (15)", (r) => (r.issueInstant = "2099-01-01T00:00:00Z"), "RESPONSE_ISSUE_INSTANT_FUTURE"],
  ["InResponseTo missing (17)", (r) => (r.inResponseTo = null), "RESPONSE_UNSOLICITED"],
  ["InResponseTo another request (18)", (r) => (r.inResponseTo = "_other"), "RESPONSE_UNSOLICITED"],
  ["Destination missing (20)", (r) => (r.destination = null), "RESPONSE_DESTINATION"],
  ["Destination elsewhere (21)", (r) => (r.destination = "https://other.example/acs"), "RESPONSE_DESTINATION"],
  ["Status missing (23)", (r) => (r.status = null), "STATUS_MISSING"],
  ["StatusCode without value (24)", (r) => (r.status = { code: "", message: null }), "STATUS_MISSING"],
  ["Requester with an assertion (26)", (r) => (r.status = { code: "urn:oasis:names:tc:SAML:2.0:status:Requester", message: null }), "STATUS_NOT_SUCCESS"],
  ["Issuer missing (28)", (r) => (r.issuer = null), "RESPONSE_ISSUER"],
  ["Issuer another IdP (same key)", (r) => (r.issuer = { value: "https://unknown-idp.example", format: ENTITY }), "RESPONSE_ISSUER"],
  ["Issuer Format transient (30)", (r) => (r.issuer = { value: IDP, format: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" }), "RESPONSE_ISSUER_FORMAT"],
  ["two assertions", (r) => (r.assertionCount = 2), "SIGNATURE_WRAPPED"],
  ["assertion missing (32)", (r) => (r.assertionCount = 0), "ASSERTION_MISSING"],
  ["Assertion ID empty (33)", (_r, a) => (a.id = ""), "ASSERTION_ID"],
  ["Assertion Version 1.0 (35)", (_r, a) => (a.version = "1.0"), "ASSERTION_VERSION"],
  ["Assertion IssueInstant malformed (38)", (_r, a) => (a.issueInstant = "yesterday"), "ASSERTION_ISSUE_INSTANT"],
  ["Assertion IssueInstant future (40)", (_r, a) => (a.issueInstant = "2099-01-01T00:00:00Z"), "ASSERTION_ISSUE_INSTANT"],
  ["Subject missing (42)", (_r, a) => (a.subject = null), "SUBJECT_MISSING"],
  ["NameID empty (43)", (_r, a) => (a.subject!.nameId!.value = "  "), "NAMEID"],
  ["NameID persistent (47)", (_r, a) => (a.subject!.nameId!.format = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"), "NAMEID_FORMAT"],
  ["NameQualifier missing (49)", (_r, a) => (a.subject!.nameId!.nameQualifier = null), "NAMEID_QUALIFIER"],
  ["holder-of-key (55)", (_r, a) => (a.subject!.confirmation!.method = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"), "SUBJECT_CONFIRMATION"],
  ["Recipient elsewhere (59)", (_r, a) => (a.subject!.confirmation!.data!.recipient = "https://other.example/acs"), "SCD_RECIPIENT"],
  ["SubjectConfirmationData missing (56)", (_r, a) => (a.subject!.confirmation!.data = null), "SCD_RECIPIENT"],
  ["SCD InResponseTo another (62)", (_r, a) => (a.subject!.confirmation!.data!.inResponseTo = "_other"), "SCD_IN_RESPONSE_TO"],
  ["SCD NotOnOrAfter past (66)", (_r, a) => (a.subject!.confirmation!.data!.notOnOrAfter = "2026-11-27T09:00:00Z"), "SCD_NOT_ON_OR_AFTER"],
  ["Assertion Issuer another (69)", (_r, a) => (a.issuer = { value: "https://other.example", format: ENTITY }), "ASSERTION_ISSUER"],
  ["Assertion Issuer Format missing (71)", (_r, a) => (a.issuer = { value: IDP, format: null }), "ASSERTION_ISSUER_FORMAT"],
  ["Conditions missing (74)", (_r, a) => (a.conditions = null), "CONDITIONS"],
  ["NotBefore one hour ahead (81)", (_r, a) => (a.conditions!.notBefore = "2026-11-27T11:00:00Z"), "CONDITIONS"],
  ["NotOnOrAfter one hour ago (82)", (_r, a) => (a.conditions!.notOnOrAfter = "2026-11-27T09:00:00Z"), "CONDITIONS"],
  ["Audience elsewhere (87)", (_r, a) => (a.conditions!.audiences = ["https://evil.example"]), "AUDIENCE"],
  ["AudienceRestriction empty (83)", (_r, a) => (a.conditions!.audiences = []), "AUDIENCE"],
  ["AuthnStatement missing (88)", (_r, a) => (a.authnStatement = null), "AUTHN_STATEMENT"],
  ["old SpidL1 URN (97)", (_r, a) => (a.authnStatement = { classRef: "urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1" }), "AUTHN_CONTEXT_UNKNOWN"],
  ["L1 when L2 asked (94)", (_r, a) => (a.authnStatement = { classRef: "https://www.spid.gov.it/SpidL1" }), "AUTHN_LEVEL_TOO_LOW"],
  ["AttributeStatement empty (98)", (_r, a) => (a.attributes = []), "ATTRIBUTES_MISSING"],
  ["attribute without Name (99)", (_r, a) => a.attributes!.push({ name: null, values: ["x"] }), "ATTRIBUTES_MISSING"],
  ["requested attribute missing (103)", (_r, a) => (a.attributes = a.attributes!.filter((x) => x.name !== "familyName")), "ATTRIBUTES_MISSING"],
  ["fiscalNumber without TINIT-", (_r, a) => (a.attributes![0]!.values = ["RSSMRA85T10H501O"]), "FISCAL_NUMBER_INVALID"],
  ["fiscalNumber wrong check character", (_r, a) => (a.attributes![0]!.values = ["TINIT-RSSMRA85T10H501A"]), "FISCAL_NUMBER_INVALID"],
];

describe("SPID response check", () => {
  it("accepts a correct response", () => {
    expect(spidResponseCheck(response(), assertion(), ctx())).toEqual([]);
  });

  it.each(MUTATIONS)("refuses: %s", (_name, mutate, code) => {
    const r = response();
    const a = assertion();
    mutate(r, a);
    const codes = spidResponseCheck(r, a, ctx()).map((f) => f.code);
    // Exactly the rule that was broken: a check that also fires elsewhere would hide which one failed.
    expect([...new Set(codes)]).toEqual([code]);
  });

  it("accepts what the rules allow", () => {
    const r = response();
    r.issuer = { value: IDP, format: null }; // Response Issuer without Format (31)
    r.issueInstant = "2026-11-27T10:00:00Z"; // the request's own instant (spid-sp-test copies it)
    const a = assertion();
    a.authnStatement = { classRef: "https://www.spid.gov.it/SpidL3" }; // stronger than asked (96)
    a.attributes![0]!.values = ["TINIT-RSSMRAU5T10H501L"]; // omocodia
    expect(spidResponseCheck(r, a, ctx())).toEqual([]);
  });

  it("lets CIE leave out the Assertion Issuer's Format, and SPID not", () => {
    const a = assertion();
    a.issuer = { value: IDP, format: null };
    expect(spidResponseCheck(response(), a, ctx({ profile: "cie" }))).toEqual([]);
    expect(spidResponseCheck(response(), a, ctx()).map((f) => f.code)).toEqual(["ASSERTION_ISSUER_FORMAT"]);
  });

  it("reports an IdP error status on its own, without judging the rest", () => {
    const r = response();
    r.status = { code: "urn:oasis:names:tc:SAML:2.0:status:Responder", message: "ErrorCode nr22" };
    r.assertionCount = 0;
    expect(spidResponseCheck(r, null, ctx()).map((f) => f.code)).toEqual(["STATUS_NOT_SUCCESS"]);
  });
});
