/**
 * Identity Provider metadata: reading the IdPs we trust (AgID's `spid-entities-idps.xml` aggregate,
 * CieID's metadata, a single EntityDescriptor) and building the bundled test IdP's own metadata
 * (docs/identity-plan.md §3, §8.1). Pure.
 *
 * The parser only extracts; it does not verify the aggregate's signature (how AgID's detached
 * signature is to be checked is still open, plan §3) — the file is a local copy the operator put
 * there, which is the trust decision.
 */
import { xmlEscape } from "./authn-request";
import { ATTRNAME_FORMAT_BASIC, BINDING, NAMEID_FORMAT, NS, SPID_ATTRIBUTE_NAMES } from "./constants";
import { attr, children, isElement, parseSafeXml, SamlParseError } from "./dom";
import { certificateBase64, type Localized } from "./sp-metadata";

export interface IdpEntity {
  entityId: string;
  /** OrganizationDisplayName, Italian when there is one. */
  displayName?: string;
  ssoRedirect?: string;
  ssoPost?: string;
  sloRedirect?: string;
  sloPost?: string;
  /** Signing certificates (use="signing" or no use), base64 DER without whitespace. */
  certificates: string[];
  wantAuthnRequestsSigned: boolean;
}

/**
 * AgID's aggregate is tens of KB per IdP, well above the 256 KB cap for SAML messages (dom.ts);
 * it is a local file, not attacker input, but the same guarded parse applies (DOCTYPE/ENTITY/PI
 * refusal, strict well-formedness, no unbound prefix). UTF-8 bytes.
 */
export const MAX_METADATA_BYTES = 8 * 1024 * 1024;

function parseMetadataXml(xml: string): Document {
  return parseSafeXml(xml, { maxBytes: MAX_METADATA_BYTES, what: "Metadata" });
}

/** Here absent and empty both mean "not given". */
function given(el: Element, name: string): string | undefined {
  const v = attr(el, name);
  return v === null || v === "" ? undefined : v;
}

function endpoint(descriptor: Element, local: string, binding: string): string | undefined {
  const el = children(descriptor, NS.metadata, local).find((x) => given(x, "Binding") === binding);
  return el ? given(el, "Location") : undefined;
}

function readEntity(entity: Element): IdpEntity | null {
  const entityId = given(entity, "entityID");
  const idp = children(entity, NS.metadata, "IDPSSODescriptor")[0];
  if (!entityId || !idp) return null;

  const certificates: string[] = [];
  for (const kd of children(idp, NS.metadata, "KeyDescriptor")) {
    const use = given(kd, "use");
    if (use !== undefined && use !== "signing") continue;
    for (const ki of children(kd, NS.ds, "KeyInfo")) {
      for (const xd of children(ki, NS.ds, "X509Data")) {
        for (const c of children(xd, NS.ds, "X509Certificate")) {
          const body = (c.textContent ?? "").replace(/\s+/g, "");
          if (body !== "" && !certificates.includes(body)) certificates.push(body);
        }
      }
    }
  }

  const names = children(entity, NS.metadata, "Organization").flatMap((o) => children(o, NS.metadata, "OrganizationDisplayName"));
  const display = names.find((n) => n.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang") === "it") ?? names[0];
  const displayName = display ? (display.textContent ?? "").trim() || undefined : undefined;

  const want = given(idp, "WantAuthnRequestsSigned");
  const out: IdpEntity = { entityId, certificates, wantAuthnRequestsSigned: want === "true" || want === "1" };
  if (displayName !== undefined) out.displayName = displayName;
  const ssoRedirect = endpoint(idp, "SingleSignOnService", BINDING.redirect);
  const ssoPost = endpoint(idp, "SingleSignOnService", BINDING.post);
  const sloRedirect = endpoint(idp, "SingleLogoutService", BINDING.redirect);
  const sloPost = endpoint(idp, "SingleLogoutService", BINDING.post);
  if (ssoRedirect !== undefined) out.ssoRedirect = ssoRedirect;
  if (ssoPost !== undefined) out.ssoPost = ssoPost;
  if (sloRedirect !== undefined) out.sloRedirect = sloRedirect;
  if (sloPost !== undefined) out.sloPost = sloPost;
  return out;
}

function collect(el: Element, out: IdpEntity[]): void {
  if (el.namespaceURI !== NS.metadata) return;
  if (el.localName === "EntityDescriptor") {
    const entity = readEntity(el);
    if (entity) out.push(entity);
    return;
  }
  if (el.localName === "EntitiesDescriptor") {
    for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) collect(n, out);
  }
}

/**
 * Every IdP (EntityDescriptor with an IDPSSODescriptor) of a single EntityDescriptor or of an
 * EntitiesDescriptor aggregate (nested ones included), in document order. SP entities are skipped.
 * Throws on a document that is neither, and on a duplicated entityID (two sets of certificates for
 * one IdP would make "which one do we trust" ambiguous).
 */
export function parseIdpMetadata(xml: string): IdpEntity[] {
  const root = parseMetadataXml(xml).documentElement;
  if (root.namespaceURI !== NS.metadata || (root.localName !== "EntityDescriptor" && root.localName !== "EntitiesDescriptor")) {
    throw new SamlParseError("XML_MALFORMED", "Not SAML metadata (EntityDescriptor or EntitiesDescriptor)");
  }
  const out: IdpEntity[] = [];
  collect(root, out);
  const ids = new Set<string>();
  for (const e of out) {
    if (ids.has(e.entityId)) throw new SamlParseError("XML_MALFORMED", `entityID ${e.entityId} appears twice`);
    ids.add(e.entityId);
  }
  return out;
}

export interface IdpMetadataInput {
  /** xsd:ID for the signature's Reference. Default `_test-idp-metadata`. */
  id?: string;
  entityId: string;
  ssoUrl: string;
  sloUrl: string;
  /** PEM, or the base64 DER body alone. */
  certificatePem: string;
  organization?: { name: string | Localized; displayName: string | Localized; url: string | Localized };
  /** SPID attribute names the IdP can release, listed as saml:Attribute. */
  attributes?: readonly string[];
}

function url(value: string, what: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === "https:" || u.protocol === "http:") return value;
  } catch {
    // fall through
  }
  throw new Error(`${what} is not an absolute http(s) URL: ${value}`);
}

const e = xmlEscape;
const loc = (v: string | Localized): Localized => (typeof v === "string" ? { it: v } : v);
const perLanguage = (tag: string, v: Localized) =>
  `<md:${tag} xml:lang="it">${e(v.it)}</md:${tag}>` + (v.en !== undefined ? `<md:${tag} xml:lang="en">${e(v.en)}</md:${tag}>` : "");

/** The test IdP's metadata (plan §8.1), unsigned; sign it like ours, signature as first child. */
export function buildIdpMetadata(input: IdpMetadataInput): string {
  const id = input.id ?? "_test-idp-metadata";
  if (!/^[_A-Za-z][\w.-]*$/.test(id)) throw new Error(`Not a valid xsd:ID: ${id}`);
  url(input.entityId, "entityID");
  url(input.ssoUrl, "SSO URL");
  url(input.sloUrl, "SLO URL");
  const cert = certificateBase64(input.certificatePem);
  for (const a of input.attributes ?? []) {
    if (!(SPID_ATTRIBUTE_NAMES as readonly string[]).includes(a)) throw new Error(`Attribute "${a}" is not a SPID attribute`);
  }
  const org = input.organization;
  return (
    `<md:EntityDescriptor xmlns:md="${NS.metadata}" xmlns:ds="${NS.ds}" xmlns:saml="${NS.assertion}" entityID="${e(input.entityId)}" ID="${id}">` +
    `<md:IDPSSODescriptor protocolSupportEnumeration="${NS.protocol}" WantAuthnRequestsSigned="true">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:SingleLogoutService Binding="${BINDING.redirect}" Location="${e(input.sloUrl)}"/>` +
    `<md:SingleLogoutService Binding="${BINDING.post}" Location="${e(input.sloUrl)}"/>` +
    `<md:NameIDFormat>${NAMEID_FORMAT.transient}</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="${BINDING.redirect}" Location="${e(input.ssoUrl)}"/>` +
    `<md:SingleSignOnService Binding="${BINDING.post}" Location="${e(input.ssoUrl)}"/>` +
    (input.attributes ?? []).map((a) => `<saml:Attribute Name="${e(a)}" NameFormat="${ATTRNAME_FORMAT_BASIC}"/>`).join("") +
    `</md:IDPSSODescriptor>` +
    (org
      ? `<md:Organization>` +
        perLanguage("OrganizationName", loc(org.name)) +
        perLanguage("OrganizationDisplayName", loc(org.displayName)) +
        perLanguage("OrganizationURL", loc(org.url)) +
        `</md:Organization>`
      : "") +
    `</md:EntityDescriptor>`
  );
}
