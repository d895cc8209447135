/**
 * The SPID AuthnRequest rules (docs/identity-plan.md §7.1: RT-SSO §AuthnRequest, Avviso n.5, and
 * the checks of spid-sp-test `authn_request.py`), as one pure function. The test IdP runs it on
 * every request so that a request our builder should never produce is refused, and our own
 * builder is tested against it.
 *
 * The parser keeps raw attribute strings (`null` when absent) so the check can tell "absent" from
 * "present with a bad value", as spid-sp-test does. Signature verification is not done here
 * (signing.server.ts, with the SP's certificate from its metadata).
 */
import { levelOf } from "../spid-levels";
import { BINDING, NAMEID_FORMAT, NS } from "./constants";
import { attr, children, nameIdLike, parseSafeRoot, type ParsedNameIdLike } from "./dom";

export interface ParsedAuthnRequest {
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  forceAuthn: string | null;
  /** AssertionConsumerServiceIndex, raw. */
  acsIndex: string | null;
  /** AssertionConsumerServiceURL. */
  acsUrl: string | null;
  protocolBinding: string | null;
  /** AttributeConsumingServiceIndex, raw. */
  attributeIndex: string | null;
  issuer: ParsedNameIdLike | null;
  nameIdPolicy: { format: string | null; allowCreate: string | null } | null;
  requestedAuthnContext: { comparison: string | null; classRefs: string[] } | null;
  /** Scoping (with or without RequesterID) is a child of the request. */
  hasScoping: boolean;
  /** The IsPassive attribute, raw: forbidden whatever its value. */
  isPassive: string | null;
  /** A ds:Signature is a direct child (POST binding). */
  signed: boolean;
  /** How many Issuer / NameIDPolicy / RequestedAuthnContext elements: each must be exactly one. */
  counts: { issuer: number; nameIdPolicy: number; requestedAuthnContext: number };
}

export function parseAuthnRequest(xml: string): ParsedAuthnRequest {
  const el = parseSafeRoot(xml, NS.protocol, "AuthnRequest", "an AuthnRequest");
  const issuers = children(el, NS.assertion, "Issuer");
  const policies = children(el, NS.protocol, "NameIDPolicy");
  const contexts = children(el, NS.protocol, "RequestedAuthnContext");
  const policy = policies[0];
  const context = contexts[0];
  return {
    id: attr(el, "ID"),
    version: attr(el, "Version"),
    issueInstant: attr(el, "IssueInstant"),
    destination: attr(el, "Destination"),
    forceAuthn: attr(el, "ForceAuthn"),
    acsIndex: attr(el, "AssertionConsumerServiceIndex"),
    acsUrl: attr(el, "AssertionConsumerServiceURL"),
    protocolBinding: attr(el, "ProtocolBinding"),
    attributeIndex: attr(el, "AttributeConsumingServiceIndex"),
    issuer: nameIdLike(issuers[0]),
    nameIdPolicy: policy ? { format: attr(policy, "Format"), allowCreate: attr(policy, "AllowCreate") } : null,
    requestedAuthnContext: context
      ? { comparison: attr(context, "Comparison"), classRefs: children(context, NS.assertion, "AuthnContextClassRef").map((c) => (c.textContent ?? "").trim()) }
      : null,
    hasScoping: children(el, NS.protocol, "Scoping").length > 0,
    isPassive: attr(el, "IsPassive"),
    signed: children(el, NS.ds, "Signature").length > 0,
    counts: { issuer: issuers.length, nameIdPolicy: policies.length, requestedAuthnContext: contexts.length },
  };
}

export type AuthnRequestCheckCode =
  | "ID_MISSING"
  | "ID_INVALID"
  | "VERSION_INVALID"
  | "ISSUE_INSTANT_MISSING"
  | "ISSUE_INSTANT_FORMAT"
  | "ISSUE_INSTANT_FUTURE"
  | "ISSUE_INSTANT_TOO_OLD"
  | "DESTINATION_MISSING"
  | "DESTINATION_MISMATCH"
  | "ISSUER_MISSING"
  | "ISSUER_UNKNOWN"
  | "ISSUER_FORMAT"
  | "ISSUER_NAME_QUALIFIER"
  | "FORCE_AUTHN_REQUIRED"
  | "NAMEID_POLICY_MISSING"
  | "NAMEID_POLICY_FORMAT"
  | "ALLOW_CREATE_PRESENT"
  | "SCOPING_PRESENT"
  | "IS_PASSIVE_PRESENT"
  | "ACS_MISSING"
  | "ACS_AMBIGUOUS"
  | "ACS_INCOMPLETE"
  | "ACS_INDEX_INVALID"
  | "ACS_BINDING"
  | "ATTRIBUTE_INDEX_INVALID"
  | "AUTHN_CONTEXT_MISSING"
  | "AUTHN_CONTEXT_COMPARISON"
  | "AUTHN_CONTEXT_CLASS";

export interface AuthnRequestFailure {
  code: AuthnRequestCheckCode;
  message: string;
}

export interface AuthnRequestCheckContext {
  now: Date;
  skewMs: number;
  /** How old a request may be; default 15 minutes, the SP's own pending-request lifetime (plan §3). */
  maxAgeMs?: number;
  /** Our SingleSignOnService Locations (each binding). */
  idpSsoUrls: readonly string[];
  knownSp: { entityId: string };
}

/** spid-sp-test's UTC_STRING: UTC with "Z", and either no decimals or exactly three. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const XSD_ID = /^[_A-Za-z][\w.-]*$/;
const UNSIGNED_SHORT = /^\d{1,5}$/;
const COMPARISONS = ["exact", "minimum", "better", "maximum"];
const TRUE_VALUES = ["true", "1"];

export const DEFAULT_MAX_REQUEST_AGE_MS = 15 * 60 * 1000;

/** Every rule the request breaks (empty = acceptable), in a fixed order. */
export function checkAuthnRequest(req: ParsedAuthnRequest, ctx: AuthnRequestCheckContext): AuthnRequestFailure[] {
  const out: AuthnRequestFailure[] = [];
  const fail = (code: AuthnRequestCheckCode, message: string) => out.push({ code, message });

  if (req.id === null || req.id === "") fail("ID_MISSING", "AuthnRequest without ID");
  else if (!XSD_ID.test(req.id)) fail("ID_INVALID", "ID is not an xsd:ID");

  if (req.version !== "2.0") fail("VERSION_INVALID", `Version must be 2.0, got ${String(req.version)}`);

  if (req.issueInstant === null || req.issueInstant === "") fail("ISSUE_INSTANT_MISSING", "AuthnRequest without IssueInstant");
  else if (!UTC_INSTANT.test(req.issueInstant) || Number.isNaN(Date.parse(req.issueInstant.replace(" ", "T")))) {
    fail("ISSUE_INSTANT_FORMAT", "IssueInstant is not a UTC instant with at most three decimals");
  } else {
    const at = Date.parse(req.issueInstant.replace(" ", "T"));
    const now = ctx.now.getTime();
    if (at > now + ctx.skewMs) fail("ISSUE_INSTANT_FUTURE", "IssueInstant is in the future");
    else if (at < now - (ctx.maxAgeMs ?? DEFAULT_MAX_REQUEST_AGE_MS) - ctx.skewMs) fail("ISSUE_INSTANT_TOO_OLD", "IssueInstant is too old");
  }

  if (req.destination === null || req.destination === "") fail("DESTINATION_MISSING", "AuthnRequest without Destination");
  else if (!ctx.idpSsoUrls.includes(req.destination)) fail("DESTINATION_MISMATCH", "Destination is not this IdP's SingleSignOnService");

  if (!req.issuer || req.counts.issuer !== 1 || req.issuer.value === "") fail("ISSUER_MISSING", "Exactly one non-empty Issuer is required");
  else {
    if (req.issuer.value !== ctx.knownSp.entityId) fail("ISSUER_UNKNOWN", "Issuer is not the known Service Provider's entityID");
    if (req.issuer.format !== NAMEID_FORMAT.entity) fail("ISSUER_FORMAT", "Issuer Format must be …nameid-format:entity");
    // The NameQualifier is where spid-sp-test reads the SP's identity back (plan §7.1): it must be the entityID.
    if (req.issuer.nameQualifier !== req.issuer.value) fail("ISSUER_NAME_QUALIFIER", "Issuer NameQualifier must be the SP's entityID");
  }

  if (!req.nameIdPolicy || req.counts.nameIdPolicy !== 1) fail("NAMEID_POLICY_MISSING", "Exactly one NameIDPolicy is required");
  else {
    if (req.nameIdPolicy.format !== NAMEID_FORMAT.transient) fail("NAMEID_POLICY_FORMAT", "NameIDPolicy Format must be transient");
    if (req.nameIdPolicy.allowCreate !== null) fail("ALLOW_CREATE_PRESENT", "AllowCreate must not be present (Avviso n.5)");
  }

  if (req.hasScoping) fail("SCOPING_PRESENT", "Scoping/RequesterID must not be present (Avviso n.5)");
  if (req.isPassive !== null) fail("IS_PASSIVE_PRESENT", "IsPassive must not be present");

  // ACS: by index, or by URL + binding, never both (RT-ERR nr16 lists the mix as an error).
  const byIndex = req.acsIndex !== null;
  const byUrl = req.acsUrl !== null || req.protocolBinding !== null;
  if (byIndex && byUrl) fail("ACS_AMBIGUOUS", "AssertionConsumerServiceIndex together with AssertionConsumerServiceURL/ProtocolBinding");
  else if (!byIndex && !byUrl) fail("ACS_MISSING", "Neither AssertionConsumerServiceIndex nor AssertionConsumerServiceURL");
  else if (byIndex) {
    if (!UNSIGNED_SHORT.test(req.acsIndex ?? "") || Number(req.acsIndex) > 65535) fail("ACS_INDEX_INVALID", "AssertionConsumerServiceIndex is not an index");
  } else {
    if (!req.acsUrl || !req.protocolBinding) fail("ACS_INCOMPLETE", "AssertionConsumerServiceURL and ProtocolBinding go together");
    if (req.protocolBinding !== null && req.protocolBinding !== BINDING.post) fail("ACS_BINDING", "ProtocolBinding must be HTTP-POST");
  }

  if (req.attributeIndex !== null && (!UNSIGNED_SHORT.test(req.attributeIndex) || Number(req.attributeIndex) > 65535)) {
    fail("ATTRIBUTE_INDEX_INVALID", "AttributeConsumingServiceIndex is not an index");
  }

  const ctxEl = req.requestedAuthnContext;
  if (!ctxEl || req.counts.requestedAuthnContext !== 1) fail("AUTHN_CONTEXT_MISSING", "Exactly one RequestedAuthnContext is required");
  else {
    if (ctxEl.comparison === null || !COMPARISONS.includes(ctxEl.comparison)) {
      fail("AUTHN_CONTEXT_COMPARISON", "Comparison must be present and one of exact, minimum, better, maximum");
    }
    const level = ctxEl.classRefs.length === 1 ? levelOf(ctxEl.classRefs[0]) : null;
    if (level === null) fail("AUTHN_CONTEXT_CLASS", "Exactly one AuthnContextClassRef, a SPID level URI");
    // RT-SSO: above level 1 the IdP must authenticate again, so the SP must ask for it.
    else if (level > 1 && !TRUE_VALUES.includes((req.forceAuthn ?? "").toLowerCase())) {
      fail("FORCE_AUTHN_REQUIRED", "ForceAuthn must be true for SpidL2 and SpidL3");
    }
  }

  return out;
}
