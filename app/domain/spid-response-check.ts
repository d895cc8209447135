/**
 * The SPID rules on an IdP's Response that a generic SAML library does not check (AgID technical
 * rules, "Response" and "Assertion"; the numbered cases of AgID's spid-sp-test). Pure: it reads a
 * response already parsed — and whose signatures node-saml has already verified — and returns every
 * failure with a stable code (the table in docs/identity-plan.md §8). An empty list means accepted
 * as far as these rules go; the replay and stored-request checks need the database and live in the
 * login service.
 *
 * Convention of the parsed shapes: `null` = the element or attribute is absent, `""` = present but empty.
 */
import { parseSpidFiscalNumber, validateCodiceFiscale } from "./codice-fiscale";
import { levelOf, satisfies, type SpidLevel } from "./spid-levels";

export interface ParsedIssuer {
  value: string | null;
  format: string | null;
}

export interface ParsedResponse {
  hasDoctype: boolean;
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  inResponseTo: string | null;
  issuer: ParsedIssuer | null;
  status: { code: string | null; message: string | null } | null;
  assertionCount: number;
}

export interface ParsedAssertion {
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  issuer: ParsedIssuer | null;
  subject: null | {
    nameId: null | { value: string | null; format: string | null; nameQualifier: string | null };
    confirmation: null | {
      method: string | null;
      data: null | { recipient: string | null; inResponseTo: string | null; notOnOrAfter: string | null };
    };
  };
  conditions: null | { notBefore: string | null; notOnOrAfter: string | null; audiences: string[] | null };
  authnStatement: null | { classRef: string | null };
  attributes: null | { name: string | null; values: string[] }[];
}

export interface CheckContext {
  now: Date;
  skewMs: number;
  profile: "spid" | "cie";
  spEntityId: string;
  request: {
    id: string;
    issueInstant: string;
    acsUrl: string;
    idpEntityId: string;
    level: SpidLevel;
    requestedAttributes: string[];
  };
}

export const SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
const ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
const TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
/** UTC instants as the rules write them, with optional milliseconds (spid-sp-test case 110 passes). */
const INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;

export type SpidFailureCode =
  | "XML_DOCTYPE" | "RESPONSE_ID" | "RESPONSE_VERSION" | "RESPONSE_ISSUE_INSTANT"
  | "RESPONSE_ISSUE_INSTANT_BEFORE_REQUEST" | "RESPONSE_ISSUE_INSTANT_FUTURE" | "RESPONSE_UNSOLICITED"
  | "RESPONSE_DESTINATION" | "STATUS_MISSING" | "STATUS_NOT_SUCCESS" | "RESPONSE_ISSUER" | "RESPONSE_ISSUER_FORMAT"
  | "SIGNATURE_WRAPPED" | "ASSERTION_MISSING" | "ASSERTION_ID" | "ASSERTION_VERSION" | "ASSERTION_ISSUE_INSTANT"
  | "SUBJECT_MISSING" | "NAMEID" | "NAMEID_FORMAT" | "NAMEID_QUALIFIER" | "SUBJECT_CONFIRMATION" | "SCD_RECIPIENT"
  | "SCD_IN_RESPONSE_TO" | "SCD_NOT_ON_OR_AFTER" | "ASSERTION_ISSUER" | "ASSERTION_ISSUER_FORMAT" | "CONDITIONS"
  | "AUDIENCE" | "AUTHN_STATEMENT" | "AUTHN_CONTEXT_UNKNOWN" | "AUTHN_LEVEL_TOO_LOW" | "ATTRIBUTES_MISSING"
  | "FISCAL_NUMBER_INVALID" | "SIGNATURE_INVALID" | "ASSERTION_REPLAYED" | "XML_MALFORMED";

export interface SpidFailure {
  code: SpidFailureCode;
  path: string;
}

const filled = (v: string | null | undefined): v is string => typeof v === "string" && v.trim().length > 0;
const instantOk = (v: string | null): v is string => filled(v) && INSTANT.test(v.trim()) && !Number.isNaN(Date.parse(v));

/** Checks the Response envelope; `assertion` is the one signed Assertion (null when there is none). */
export function spidResponseCheck(response: ParsedResponse, assertion: ParsedAssertion | null, ctx: CheckContext): SpidFailure[] {
  const failures: SpidFailure[] = [];
  const fail = (code: SpidFailureCode, path: string) => failures.push({ code, path });
  const now = ctx.now.getTime();
  const requestedAt = Date.parse(ctx.request.issueInstant);

  const checkInstant = (value: string | null, path: string, bad: SpidFailureCode, before: SpidFailureCode, future: SpidFailureCode) => {
    if (!instantOk(value)) return fail(bad, path);
    const at = Date.parse(value);
    if (at < requestedAt - ctx.skewMs) fail(before, path);
    if (at > now + ctx.skewMs) fail(future, path);
  };
  const checkIssuer = (issuer: ParsedIssuer | null, path: string, code: SpidFailureCode, formatCode: SpidFailureCode, formatRequired: boolean) => {
    if (!issuer || !filled(issuer.value) || issuer.value.trim() !== ctx.request.idpEntityId) fail(code, path);
    if (!issuer) return;
    if (issuer.format === null) {
      if (formatRequired) fail(formatCode, `${path}/@Format`);
    } else if (issuer.format !== ENTITY) fail(formatCode, `${path}/@Format`);
  };

  // The envelope.
  if (response.hasDoctype) fail("XML_DOCTYPE", "/");
  if (!filled(response.id)) fail("RESPONSE_ID", "Response/@ID");
  if (response.version !== "2.0") fail("RESPONSE_VERSION", "Response/@Version");
  checkInstant(response.issueInstant, "Response/@IssueInstant", "RESPONSE_ISSUE_INSTANT", "RESPONSE_ISSUE_INSTANT_BEFORE_REQUEST", "RESPONSE_ISSUE_INSTANT_FUTURE");
  if (!filled(response.inResponseTo) || response.inResponseTo !== ctx.request.id) fail("RESPONSE_UNSOLICITED", "Response/@InResponseTo");
  if (!filled(response.destination) || response.destination !== ctx.request.acsUrl) fail("RESPONSE_DESTINATION", "Response/@Destination");
  // The Response Issuer's Format may be absent (SPID and CIE alike).
  checkIssuer(response.issuer, "Response/Issuer", "RESPONSE_ISSUER", "RESPONSE_ISSUER_FORMAT", false);
  if (!response.status || !filled(response.status.code)) {
    fail("STATUS_MISSING", "Response/Status/StatusCode");
  } else if (response.status.code !== SUCCESS) {
    fail("STATUS_NOT_SUCCESS", "Response/Status/StatusCode");
    return failures; // An error answer is shown as such; what else it carries does not matter.
  }
  if (response.assertionCount > 1) fail("SIGNATURE_WRAPPED", "Response/Assertion");
  if (!assertion || response.assertionCount === 0) {
    fail("ASSERTION_MISSING", "Response/Assertion");
    return failures;
  }

  // The assertion.
  const a = assertion;
  if (!filled(a.id)) fail("ASSERTION_ID", "Assertion/@ID");
  if (a.version !== "2.0") fail("ASSERTION_VERSION", "Assertion/@Version");
  checkInstant(a.issueInstant, "Assertion/@IssueInstant", "ASSERTION_ISSUE_INSTANT", "ASSERTION_ISSUE_INSTANT", "ASSERTION_ISSUE_INSTANT");
  checkIssuer(a.issuer, "Assertion/Issuer", "ASSERTION_ISSUER", "ASSERTION_ISSUER_FORMAT", ctx.profile === "spid");

  const subject = a.subject;
  if (!subject || (!subject.nameId && !subject.confirmation)) {
    fail("SUBJECT_MISSING", "Assertion/Subject");
  } else {
    const nameId = subject.nameId;
    if (!nameId || !filled(nameId.value)) fail("NAMEID", "Assertion/Subject/NameID");
    if (nameId && nameId.format !== TRANSIENT) fail("NAMEID_FORMAT", "Assertion/Subject/NameID/@Format");
    if (nameId && !filled(nameId.nameQualifier)) fail("NAMEID_QUALIFIER", "Assertion/Subject/NameID/@NameQualifier");
    const confirmation = subject.confirmation;
    if (!confirmation || confirmation.method !== BEARER) fail("SUBJECT_CONFIRMATION", "Assertion/Subject/SubjectConfirmation");
    const data = confirmation?.data ?? null;
    const scd = "Assertion/Subject/SubjectConfirmation/SubjectConfirmationData";
    if (!data || data.recipient !== ctx.request.acsUrl) fail("SCD_RECIPIENT", `${scd}/@Recipient`);
    if (data) {
      if (!filled(data.inResponseTo) || data.inResponseTo !== ctx.request.id) fail("SCD_IN_RESPONSE_TO", `${scd}/@InResponseTo`);
      if (!instantOk(data.notOnOrAfter) || Date.parse(data.notOnOrAfter) <= now - ctx.skewMs) fail("SCD_NOT_ON_OR_AFTER", `${scd}/@NotOnOrAfter`);
    }
  }

  const c = a.conditions;
  if (!c || !instantOk(c.notBefore) || !instantOk(c.notOnOrAfter)) {
    fail("CONDITIONS", "Assertion/Conditions");
  } else if (Date.parse(c.notBefore) > now + ctx.skewMs || Date.parse(c.notOnOrAfter) <= now - ctx.skewMs) {
    fail("CONDITIONS", "Assertion/Conditions");
  }
  // Without Conditions there is no audience either: one failure says it.
  if (c && (!c.audiences || c.audiences.length === 0 || !c.audiences.every(filled) || !c.audiences.includes(ctx.spEntityId))) {
    fail("AUDIENCE", "Assertion/Conditions/AudienceRestriction/Audience");
  }

  if (!a.authnStatement || !filled(a.authnStatement.classRef)) {
    fail("AUTHN_STATEMENT", "Assertion/AuthnStatement/AuthnContext/AuthnContextClassRef");
  } else {
    const level = levelOf(a.authnStatement.classRef.trim());
    if (level === null) fail("AUTHN_CONTEXT_UNKNOWN", "Assertion/AuthnStatement/AuthnContext/AuthnContextClassRef");
    else if (!satisfies(level, ctx.request.level)) fail("AUTHN_LEVEL_TOO_LOW", "Assertion/AuthnStatement/AuthnContext/AuthnContextClassRef");
  }

  const attributes = a.attributes;
  const names = new Set((attributes ?? []).map((x) => x.name).filter(filled));
  const wanted = new Set([...ctx.request.requestedAttributes, "fiscalNumber"]);
  if (!attributes || attributes.length === 0 || attributes.some((x) => !filled(x.name)) || [...wanted].some((n) => !names.has(n))) {
    fail("ATTRIBUTES_MISSING", "Assertion/AttributeStatement");
  }
  const fiscal = attributes?.find((x) => x.name === "fiscalNumber")?.values[0];
  // Whether CieID prefixes TINIT- is unverified (docs/identity-plan.md §13.2): CIE may send the bare code.
  const fiscalOk = (v: string) => parseSpidFiscalNumber(v).ok || (ctx.profile === "cie" && validateCodiceFiscale(v).ok);
  if (fiscal !== undefined && !fiscalOk(fiscal)) fail("FISCAL_NUMBER_INVALID", "Assertion/AttributeStatement/Attribute[@Name='fiscalNumber']");

  return failures;
}
