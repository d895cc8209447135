/**
 * The SPID/CIE AuthnRequest (AgID technical rules, AuthnRequest; AgID notice n.5), built as XML
 * before signing. Pure: ids and instants come from the caller. The signing and the binding
 * (HTTP-Redirect or HTTP-POST) are the login service's job.
 */
import { forceAuthnFor, SPID_LEVELS, type SpidLevel } from "../spid-levels";

export interface AuthnRequestInput {
  /** An xsd:ID: starts with "_" or a letter (e.g. "_" + 40 hex characters). */
  id: string;
  issueInstant: Date;
  /** The IdP's SingleSignOnService Location for the binding used. */
  destination: string;
  /** Our entityID: also the Issuer's NameQualifier. */
  entityId: string;
  level: SpidLevel;
  acsIndex: number;
  attributeIndex: number;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export function xmlEscape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** "_" + 40 hex characters, an xsd:ID for any SAML message. Web Crypto is used because it is a global, not I/O. */
export function newSamlId(): string {
  const bytes = new Uint8Array(20);
  globalThis.crypto.getRandomValues(bytes);
  return `_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** UTC with milliseconds, the form the rules accept (at most three decimals). */
export function samlInstant(date: Date): string {
  return date.toISOString();
}

export function buildAuthnRequest(input: AuthnRequestInput): string {
  if (!/^[_A-Za-z][\w.-]*$/.test(input.id)) throw new Error(`Not a valid xsd:ID: ${input.id}`);
  const e = xmlEscape;
  // No IsPassive, no AllowCreate, no Scoping (notice n.5); ACS by index only, never URL + binding.
  return (
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${e(input.id)}" Version="2.0" IssueInstant="${samlInstant(input.issueInstant)}" Destination="${e(input.destination)}"` +
    (forceAuthnFor(input.level) ? ` ForceAuthn="true"` : "") +
    ` AssertionConsumerServiceIndex="${input.acsIndex}" AttributeConsumingServiceIndex="${input.attributeIndex}">` +
    `<saml:Issuer NameQualifier="${e(input.entityId)}" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">${e(input.entityId)}</saml:Issuer>` +
    `<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>` +
    `<samlp:RequestedAuthnContext Comparison="minimum"><saml:AuthnContextClassRef>${SPID_LEVELS[input.level]}</saml:AuthnContextClassRef></samlp:RequestedAuthnContext>` +
    `</samlp:AuthnRequest>`
  );
}
