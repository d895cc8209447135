/**
 * Our Service Provider metadata for SPID (RT-MD §Service Provider, Avviso n.29 v3 schema) and for
 * CIE (CIE manual, Federazione), built as unsigned XML (docs/identity-plan.md §7.3). Pure. The
 * EntityDescriptor carries an `ID` so the caller can sign it with `signXml` (signature as first
 * child, `action: "prepend"`); AgID and the Ministry both want the metadata signed, and the CIE
 * schema refuses it unsigned.
 *
 * Element order follows the schemas in tests/fixtures/xsd (the XSD test is what settles it):
 * - SPID ContactPerson: Extensions, Company?, EmailAddress, TelephoneNumber?; inside Extensions
 *   (spid.xsd ContactPersonSPExtensionType) IPACode?, VATNumber?, FiscalCode?, Public|Private.
 * - CIE ContactPerson: Extensions, Company (required), EmailAddress, TelephoneNumber?; inside
 *   Extensions (cie.xsd) Public, IPACode, IPACategory?, Municipality, Province?, Country?.
 */
import { xmlEscape } from "./authn-request";
import { ATTRNAME_FORMAT_BASIC, BINDING, CIE_ATTRIBUTES, NAMEID_FORMAT, NS, SPID_ATTRIBUTE_NAMES } from "./constants";

export type SamlProfile = "spid" | "cie";

export interface Localized {
  it: string;
  en?: string;
}

export interface SpMetadataInput {
  profile: SamlProfile;
  /** xsd:ID of the EntityDescriptor, the signature's Reference URI. Default `_<profile>-sp-metadata`. */
  id?: string;
  /** Absolute URL; by convention the metadata's own URL (spid-sp-test warns otherwise). */
  entityId: string;
  acsUrl: string;
  sloUrl: string;
  /** PEM, or the base64 DER body alone. */
  certificate: string;
  serviceName: Localized;
  attributes: readonly string[];
  organization: { name: string | Localized; displayName: string | Localized; url: string | Localized };
  contact: {
    ipaCode: string;
    /** Institutional address, not a person's (RT-MD). */
    email: string;
    phone?: string;
    /** Codice catastale of the comune, e.g. "I625" (cie:Municipality). */
    municipalityCode: string;
    /** Sigla, e.g. "MB" (cie:Province). */
    province?: string;
    /** cie:IPACategory, e.g. "L6" for comuni. */
    ipaCategory?: string;
    country: "IT";
  };
}

/** The base64 DER of a certificate given as PEM or as bare base64, whitespace removed. */
export function certificateBase64(certificate: string): string {
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(certificate);
  const body = (pem ? pem[1]! : certificate).replace(/\s+/g, "");
  if (body === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) throw new Error("Not a certificate (PEM or base64 DER)");
  return body;
}

function absoluteUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what} is not an absolute URL: ${value}`);
  }
  // Only web URLs: an entityID like "urn:…" parses as a URL but is not what SPID expects (RT-MD).
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${what} must be an http(s) URL: ${value}`);
  return value;
}

function required(value: string | undefined, what: string): string {
  const v = (value ?? "").trim();
  if (v === "") throw new Error(`${what} is empty`);
  return v;
}

const localized = (value: string | Localized): Localized => (typeof value === "string" ? { it: value } : value);

/**
 * +39 and digits only: spid-sp-test refuses spaces in TelephoneNumber and wants the international
 * prefix. A national number ("0362 …") gets +39; "0039…" becomes "+39…".
 */
export function normalizePhone(phone: string): string {
  let p = phone.replace(/[\s.\-()/]/g, "");
  if (p.startsWith("00")) p = `+${p.slice(2)}`;
  if (!p.startsWith("+")) p = `+39${p}`;
  if (!/^\+\d{6,15}$/.test(p)) throw new Error(`Not a telephone number: ${phone}`);
  return p;
}

interface Checked {
  input: SpMetadataInput;
  id: string;
  cert: string;
  org: { name: Localized; displayName: Localized; url: Localized };
  phone: string | null;
}

function check(input: SpMetadataInput): Checked {
  const id = input.id ?? `_${input.profile}-sp-metadata`;
  if (!/^[_A-Za-z][\w.-]*$/.test(id)) throw new Error(`Not a valid xsd:ID: ${id}`);
  absoluteUrl(input.entityId, "entityID");
  if (input.entityId.length > 1024) throw new Error("entityID longer than 1024 characters");
  absoluteUrl(input.acsUrl, "ACS URL");
  absoluteUrl(input.sloUrl, "SLO URL");

  const org = {
    name: localized(input.organization.name),
    displayName: localized(input.organization.displayName),
    url: localized(input.organization.url),
  };
  required(input.serviceName.it, "serviceName.it");
  for (const [key, value] of Object.entries(org)) {
    required(value.it, `organization.${key}.it`);
    if (key === "url") absoluteUrl(value.it, "organization.url.it");
  }
  // RT-MD: the same number of elements per language, so English is all or nothing.
  const withEn = Object.values(org).filter((v) => v.en !== undefined).length;
  if (withEn !== 0 && withEn !== 3) throw new Error("organization: give English for name, displayName and url, or for none");
  if (org.url.en !== undefined) absoluteUrl(org.url.en, "organization.url.en");
  if (withEn === 3) {
    required(org.name.en, "organization.name.en");
    required(org.displayName.en, "organization.displayName.en");
  }

  const allowed: readonly string[] = input.profile === "spid" ? SPID_ATTRIBUTE_NAMES : CIE_ATTRIBUTES;
  if (input.attributes.length === 0) throw new Error("No attributes requested");
  const seen = new Set<string>();
  for (const a of input.attributes) {
    if (!allowed.includes(a)) throw new Error(`Attribute "${a}" is not a ${input.profile.toUpperCase()} attribute`);
    if (seen.has(a)) throw new Error(`Attribute "${a}" requested twice`);
    seen.add(a);
  }

  const c = input.contact;
  if (!/^[A-Za-z0-9_]+$/.test(required(c.ipaCode, "contact.ipaCode"))) throw new Error(`Not an IPA code: ${c.ipaCode}`);
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(required(c.email, "contact.email"))) throw new Error(`Not an email address: ${c.email}`);
  if (c.country !== "IT") throw new Error("contact.country must be IT");
  if (input.profile === "cie") {
    if (!/^[A-Z]\d{3}$/.test(required(c.municipalityCode, "contact.municipalityCode"))) {
      throw new Error(`Not a codice catastale: ${c.municipalityCode}`);
    }
    if (c.province !== undefined && !/^[A-Z]{2}$/.test(c.province)) throw new Error(`Not a province code: ${c.province}`);
  }

  return { input, id, cert: certificateBase64(input.certificate), org, phone: c.phone ? normalizePhone(c.phone) : null };
}

const e = xmlEscape;

function perLanguage(tag: string, value: Localized): string {
  return (
    `<md:${tag} xml:lang="it">${e(value.it)}</md:${tag}>` + (value.en !== undefined ? `<md:${tag} xml:lang="en">${e(value.en)}</md:${tag}>` : "")
  );
}

function contactPerson({ input, org, phone }: Checked): string {
  const c = input.contact;
  const tail =
    `<md:Company>${e(org.name.it)}</md:Company>` +
    `<md:EmailAddress>${e(c.email)}</md:EmailAddress>` +
    (phone ? `<md:TelephoneNumber>${phone}</md:TelephoneNumber>` : "");
  if (input.profile === "spid") {
    // Public administration: IPACode + empty Public; VATNumber/FiscalCode are optional for it
    // (spid-sp-test test_Contacts_VATFC) and left out.
    return (
      `<md:ContactPerson contactType="other">` +
      `<md:Extensions><spid:IPACode>${e(c.ipaCode)}</spid:IPACode><spid:Public/></md:Extensions>` +
      tail +
      `</md:ContactPerson>`
    );
  }
  return (
    `<md:ContactPerson contactType="administrative">` +
    `<md:Extensions>` +
    `<cie:Public/>` +
    `<cie:IPACode>${e(c.ipaCode)}</cie:IPACode>` +
    (c.ipaCategory ? `<cie:IPACategory>${e(c.ipaCategory)}</cie:IPACategory>` : "") +
    `<cie:Municipality>${e(c.municipalityCode)}</cie:Municipality>` +
    (c.province ? `<cie:Province>${e(c.province)}</cie:Province>` : "") +
    `<cie:Country>${c.country}</cie:Country>` +
    `</md:Extensions>` +
    tail +
    `</md:ContactPerson>`
  );
}

export function buildSpMetadata(input: SpMetadataInput): string {
  const checked = check(input);
  const { id, cert, org } = checked;
  const extNs = input.profile === "spid" ? ` xmlns:spid="${NS.spid}"` : ` xmlns:cie="${NS.cie}"`;
  return (
    `<md:EntityDescriptor xmlns:md="${NS.metadata}" xmlns:ds="${NS.ds}"${extNs} entityID="${e(input.entityId)}" ID="${id}">` +
    `<md:SPSSODescriptor protocolSupportEnumeration="${NS.protocol}" AuthnRequestsSigned="true" WantAssertionsSigned="true">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    // Both bindings: IdPs pick one; CIE requires at least Redirect.
    `<md:SingleLogoutService Binding="${BINDING.redirect}" Location="${e(input.sloUrl)}"/>` +
    `<md:SingleLogoutService Binding="${BINDING.post}" Location="${e(input.sloUrl)}"/>` +
    `<md:NameIDFormat>${NAMEID_FORMAT.transient}</md:NameIDFormat>` +
    `<md:AssertionConsumerService index="0" isDefault="true" Binding="${BINDING.post}" Location="${e(input.acsUrl)}"/>` +
    `<md:AttributeConsumingService index="0">` +
    perLanguage("ServiceName", input.serviceName) +
    input.attributes.map((a) => `<md:RequestedAttribute Name="${e(a)}" NameFormat="${ATTRNAME_FORMAT_BASIC}"/>`).join("") +
    `</md:AttributeConsumingService>` +
    `</md:SPSSODescriptor>` +
    `<md:Organization>` +
    perLanguage("OrganizationName", org.name) +
    perLanguage("OrganizationDisplayName", org.displayName) +
    perLanguage("OrganizationURL", org.url) +
    `</md:Organization>` +
    contactPerson(checked) +
    `</md:EntityDescriptor>`
  );
}
