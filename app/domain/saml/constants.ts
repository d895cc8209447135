/**
 * The URIs of SAML 2.0, XML Signature and the Italian extensions, in one place so that the builders,
 * the parser and the checks cannot drift apart on a typo.
 */
export { SPID_LEVELS } from "../spid-levels";

export const NS = {
  protocol: "urn:oasis:names:tc:SAML:2.0:protocol",
  assertion: "urn:oasis:names:tc:SAML:2.0:assertion",
  metadata: "urn:oasis:names:tc:SAML:2.0:metadata",
  ds: "http://www.w3.org/2000/09/xmldsig#",
  xs: "http://www.w3.org/2001/XMLSchema",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  spid: "https://spid.gov.it/saml-extensions",
  cie: "https://www.cartaidentita.interno.gov.it/saml-extensions",
} as const;

export const BINDING = {
  redirect: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
  post: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
  soap: "urn:oasis:names:tc:SAML:2.0:bindings:SOAP",
} as const;

export const NAMEID_FORMAT = {
  transient: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
  persistent: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  entity: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity",
} as const;

export const STATUS = {
  success: "urn:oasis:names:tc:SAML:2.0:status:Success",
  requester: "urn:oasis:names:tc:SAML:2.0:status:Requester",
  responder: "urn:oasis:names:tc:SAML:2.0:status:Responder",
  versionMismatch: "urn:oasis:names:tc:SAML:2.0:status:VersionMismatch",
  authnFailed: "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed",
  requestDenied: "urn:oasis:names:tc:SAML:2.0:status:RequestDenied",
  noPassive: "urn:oasis:names:tc:SAML:2.0:status:NoPassive",
} as const;

export const CONFIRMATION_METHOD = {
  bearer: "urn:oasis:names:tc:SAML:2.0:cm:bearer",
  holderOfKey: "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key",
} as const;

export const ATTRNAME_FORMAT_BASIC = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";

export const ALGORITHM = {
  rsaSha256: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
  sha256: "http://www.w3.org/2001/04/xmlenc#sha256",
  excC14n: "http://www.w3.org/2001/10/xml-exc-c14n#",
  envelopedSignature: "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
} as const;

/**
 * Every attribute name spid-sp-test accepts in a RequestedAttribute (its SPID_ATTRIBUTES, from the
 * RT-ATTR table): what our SP metadata may request and what the test IdP's metadata may list.
 * RT-ATTR has since added the domicile* attributes; they are left out because the compliance test
 * would refuse a metadata that requests them.
 */
export const SPID_ATTRIBUTE_NAMES = [
  "spidCode",
  "name",
  "familyName",
  "placeOfBirth",
  "countyOfBirth",
  "dateOfBirth",
  "gender",
  "companyName",
  "registeredOffice",
  "fiscalNumber",
  "ivaCode",
  "idCard",
  "mobilePhone",
  "email",
  "address",
  "expirationDate",
  "digitalAddress",
] as const;

/**
 * CIE sends the eIDAS minimum dataset only, whatever the metadata asks (CIE-MO, CIE manual
 * "Interoperabilità con SPID"): no email. Both what a CIE SP may request and what the test IdP
 * sends when it answers as CieID.
 */
export const CIE_ATTRIBUTES = ["name", "familyName", "dateOfBirth", "fiscalNumber"] as const;

/** What the bundled test IdP sends of a SPID citizen, by attribute name (RT-ATTR), when not told otherwise. */
export const TEST_IDP_SPID_ATTRIBUTES = ["spidCode", "name", "familyName", "fiscalNumber", "email", "dateOfBirth"] as const;
