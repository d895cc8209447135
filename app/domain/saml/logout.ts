/**
 * SAML Single Logout messages as SPID wants them (RT-SLO §LogoutRequest, §LogoutResponse): builders
 * for the unsigned XML and parsers that only report what is there (`null` when absent, `""` when
 * present but empty). Pure. Signing and the binding are the caller's (signing.server.ts).
 *
 * Either side may send either message: the SP starts a logout with a LogoutRequest to the IdP, and
 * an IdP-initiated logout arrives at our SLO endpoint as a LogoutRequest we answer.
 */
import { samlInstant, xmlEscape } from "./authn-request";
import { NAMEID_FORMAT, NS, STATUS } from "./constants";
import { attr, child, children, nameIdLike, parseSafeRoot, text, type ParsedNameIdLike } from "./dom";

export type { ParsedNameIdLike } from "./dom";

const ID_PATTERN = /^[_A-Za-z][\w.-]*$/;

export interface LogoutRequestInput {
  /** An xsd:ID, e.g. "_" + 40 hex characters. */
  id: string;
  issueInstant: Date;
  /** The receiver's SingleLogoutService Location for the binding used. */
  destination: string;
  /** The sender's entityID (ours when the SP starts the logout): Issuer value and NameQualifier. */
  spEntityId: string;
  /** The NameID of the login's assertion, as received (transient). */
  nameId: string;
  /** The NameID's NameQualifier: the IdP that issued the assertion (RT-SLO). */
  nameQualifier: string;
  /** The AuthnStatement's SessionIndex of that login. */
  sessionIndex: string;
}

export function buildLogoutRequest(input: LogoutRequestInput): string {
  if (!ID_PATTERN.test(input.id)) throw new Error(`Not a valid xsd:ID: ${input.id}`);
  for (const key of ["destination", "spEntityId", "nameId", "nameQualifier", "sessionIndex"] as const) {
    if (input[key].trim() === "") throw new Error(`LogoutRequest: ${key} is empty`);
  }
  const e = xmlEscape;
  return (
    `<samlp:LogoutRequest xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}"` +
    ` ID="${e(input.id)}" Version="2.0" IssueInstant="${samlInstant(input.issueInstant)}" Destination="${e(input.destination)}">` +
    `<saml:Issuer NameQualifier="${e(input.spEntityId)}" Format="${NAMEID_FORMAT.entity}">${e(input.spEntityId)}</saml:Issuer>` +
    `<saml:NameID NameQualifier="${e(input.nameQualifier)}" Format="${NAMEID_FORMAT.transient}">${e(input.nameId)}</saml:NameID>` +
    `<samlp:SessionIndex>${e(input.sessionIndex)}</samlp:SessionIndex>` +
    `</samlp:LogoutRequest>`
  );
}

export interface LogoutResponseInput {
  id: string;
  issueInstant: Date;
  destination: string;
  /** The sender's entityID: Issuer value and NameQualifier. */
  issuer: string;
  /** The ID of the LogoutRequest answered. */
  inResponseTo: string;
  /**
   * true → Success. false → Requester with PartialLogout, the one failure RT-SLO names: the
   * sender could not close every session it was asked to.
   */
  success: boolean;
}

export const PARTIAL_LOGOUT = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";

export function buildLogoutResponse(input: LogoutResponseInput): string {
  if (!ID_PATTERN.test(input.id)) throw new Error(`Not a valid xsd:ID: ${input.id}`);
  if (!ID_PATTERN.test(input.inResponseTo)) throw new Error(`InResponseTo is not an xsd:ID: ${input.inResponseTo}`);
  const e = xmlEscape;
  const status = input.success
    ? `<samlp:StatusCode Value="${STATUS.success}"/>`
    : `<samlp:StatusCode Value="${STATUS.requester}"><samlp:StatusCode Value="${PARTIAL_LOGOUT}"/></samlp:StatusCode>`;
  return (
    `<samlp:LogoutResponse xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}"` +
    ` ID="${e(input.id)}" Version="2.0" IssueInstant="${samlInstant(input.issueInstant)}"` +
    ` Destination="${e(input.destination)}" InResponseTo="${e(input.inResponseTo)}">` +
    `<saml:Issuer NameQualifier="${e(input.issuer)}" Format="${NAMEID_FORMAT.entity}">${e(input.issuer)}</saml:Issuer>` +
    `<samlp:Status>${status}</samlp:Status>` +
    `</samlp:LogoutResponse>`
  );
}

export interface ParsedLogoutRequest {
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  notOnOrAfter: string | null;
  reason: string | null;
  issuer: ParsedNameIdLike | null;
  nameId: ParsedNameIdLike | null;
  /** The first SessionIndex; `sessionIndexes` has them all (SAML allows several). */
  sessionIndex: string | null;
  sessionIndexes: string[];
  /** A ds:Signature is a direct child (POST binding). Whether it verifies is signing.server.ts's job. */
  signed: boolean;
}

export interface ParsedLogoutResponse {
  id: string | null;
  version: string | null;
  issueInstant: string | null;
  destination: string | null;
  inResponseTo: string | null;
  issuer: ParsedNameIdLike | null;
  statusCode: string | null;
  subStatusCode: string | null;
  statusMessage: string | null;
  /** Top-level StatusCode is Success. */
  success: boolean;
  signed: boolean;
}

function root(xml: string, local: string): Element {
  return parseSafeRoot(xml, NS.protocol, local, `a ${local}`);
}

export function parseLogoutRequest(xml: string): ParsedLogoutRequest {
  const el = root(xml, "LogoutRequest");
  const sessionIndexes = children(el, NS.protocol, "SessionIndex").map((s) => (s.textContent ?? "").trim());
  return {
    id: attr(el, "ID"),
    version: attr(el, "Version"),
    issueInstant: attr(el, "IssueInstant"),
    destination: attr(el, "Destination"),
    notOnOrAfter: attr(el, "NotOnOrAfter"),
    reason: attr(el, "Reason"),
    issuer: nameIdLike(child(el, NS.assertion, "Issuer")),
    nameId: nameIdLike(child(el, NS.assertion, "NameID")),
    sessionIndex: sessionIndexes[0] ?? null,
    sessionIndexes,
    signed: children(el, NS.ds, "Signature").length > 0,
  };
}

export function parseLogoutResponse(xml: string): ParsedLogoutResponse {
  const el = root(xml, "LogoutResponse");
  const status = child(el, NS.protocol, "Status");
  const top = child(status, NS.protocol, "StatusCode");
  const sub = child(top, NS.protocol, "StatusCode");
  const statusCode = attr(top, "Value");
  return {
    id: attr(el, "ID"),
    version: attr(el, "Version"),
    issueInstant: attr(el, "IssueInstant"),
    destination: attr(el, "Destination"),
    inResponseTo: attr(el, "InResponseTo"),
    issuer: nameIdLike(child(el, NS.assertion, "Issuer")),
    statusCode,
    subStatusCode: attr(sub, "Value"),
    statusMessage: text(child(status, NS.protocol, "StatusMessage")),
    success: statusCode === STATUS.success,
    signed: children(el, NS.ds, "Signature").length > 0,
  };
}
