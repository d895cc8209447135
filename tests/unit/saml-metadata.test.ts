/**
 * SP metadata (SPID and CIE) and the test IdP's metadata, validated against the compliance XSDs
 * (tests/fixtures/xsd, see its README) with xmllint-wasm, signed and unsigned, plus the
 * element-level assertions the schemas cannot make. Broken variants must FAIL the schema, so that
 * a schema that silently loads nothing cannot pass the suite.
 */
import { readFileSync } from "node:fs";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { NS } from "~/domain/saml/constants";
import { buildIdpMetadata, parseIdpMetadata } from "~/domain/saml/idp-metadata";
import { buildSpMetadata, certificateBase64, normalizePhone, type SpMetadataInput } from "~/domain/saml/sp-metadata";
import { signXml, verifyEnvelopedSignature } from "~/services/saml/signing.server";
import { CIE_XSD, OASIS_XSD, SPID_XSD, validateAgainst } from "../setup/xsd";

const validate = validateAgainst;

const CERT = readFileSync("tests/fixtures/saml/test-cert.pem", "utf8");
const KEY = readFileSync("tests/fixtures/saml/test-key.pem", "utf8");
const CERT_B64 = certificateBase64(CERT);

const sign = (xml: string) =>
  signXml(xml, { rootLocalName: "EntityDescriptor", privateKeyPem: KEY, certificatePem: CERT, location: { reference: "/*", action: "prepend" } });

const BASE = "https://sportello.example.it";
const spid: SpMetadataInput = {
  profile: "spid",
  entityId: `${BASE}/spid/metadata`,
  acsUrl: `${BASE}/spid/acs`,
  sloUrl: `${BASE}/spid/slo`,
  certificate: CERT,
  serviceName: { it: "Sportello telematico", en: "Online service desk" },
  attributes: ["fiscalNumber", "name", "familyName", "email", "dateOfBirth"],
  organization: {
    name: { it: "Comune di Seregno", en: "Municipality of Seregno" },
    displayName: { it: "Comune di Seregno", en: "Seregno" },
    url: { it: "https://www.comune.seregno.mb.it", en: "https://www.comune.seregno.mb.it/en" },
  },
  contact: { ipaCode: "c_i625", email: "protocollo@comune.seregno.mb.it", phone: "0362 263 1", municipalityCode: "I625", province: "MB", country: "IT" },
};
const cie: SpMetadataInput = {
  ...spid,
  profile: "cie",
  entityId: `${BASE}/cie/metadata`,
  acsUrl: `${BASE}/cie/acs`,
  sloUrl: `${BASE}/cie/slo`,
  serviceName: { it: "Sportello telematico" },
  attributes: ["name", "familyName", "dateOfBirth", "fiscalNumber"],
  organization: { name: "Comune di Seregno", displayName: "Comune di Seregno", url: "https://www.comune.seregno.mb.it" },
  contact: { ...spid.contact, ipaCategory: "L6" },
};

const dom = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const byName = (root: Document | Element, ns: string, local: string) => Array.from(root.getElementsByTagNameNS(ns, local));
const childNames = (el: Element) =>
  Array.from(el.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((n) => `${n.prefix}:${n.localName}`);
/** Removes the first element with that namespace + local name, and returns the serialised document. */
function without(xml: string, ns: string, local: string): string {
  const doc = dom(xml);
  const el = byName(doc, ns, local)[0]!;
  el.parentNode!.removeChild(el);
  return new XMLSerializer().serializeToString(doc);
}

describe("SPID SP metadata", () => {
  const xml = buildSpMetadata(spid);
  const doc = dom(xml);
  const root = doc.documentElement;

  it("validates against the Avviso 29 v3 schema and the OASIS metadata schema", async () => {
    const av29 = await validate(xml, SPID_XSD);
    expect(av29.errors).toBe("");
    expect(av29.valid).toBe(true);
    expect((await validate(xml, OASIS_XSD)).valid).toBe(true);
  });

  it("signed with signXml (signature first child) still validates and verifies", async () => {
    const signed = sign(xml);
    const first = dom(signed).documentElement.firstChild as Element;
    expect(first.namespaceURI).toBe(NS.ds);
    expect(first.localName).toBe("Signature");
    expect(signed).toContain(`URI="#_spid-sp-metadata"`);
    expect(verifyEnvelopedSignature(signed, CERT)).toBe(true);
    expect((await validate(signed, SPID_XSD)).valid).toBe(true);
  });

  it("has the entityID, an ID to sign, and signed requests and assertions", () => {
    expect(root.getAttribute("entityID")).toBe(`${BASE}/spid/metadata`);
    expect(root.getAttribute("ID")).toBe("_spid-sp-metadata");
    const sp = byName(doc, NS.metadata, "SPSSODescriptor")[0]!;
    expect(sp.getAttribute("AuthnRequestsSigned")).toBe("true");
    expect(sp.getAttribute("WantAssertionsSigned")).toBe("true");
    const kd = byName(sp, NS.metadata, "KeyDescriptor");
    expect(kd.map((k) => k.getAttribute("use"))).toEqual(["signing"]);
    expect(byName(sp, NS.ds, "X509Certificate")[0]!.textContent).toBe(CERT_B64);
  });

  it("has SLO for Redirect and POST, transient NameIDFormat, one default POST ACS at index 0", () => {
    const slo = byName(doc, NS.metadata, "SingleLogoutService");
    expect(slo.map((s) => s.getAttribute("Binding"))).toEqual([
      "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect",
      "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    ]);
    expect(slo.every((s) => s.getAttribute("Location") === `${BASE}/spid/slo`)).toBe(true);
    expect(byName(doc, NS.metadata, "NameIDFormat")[0]!.textContent).toBe("urn:oasis:names:tc:SAML:2.0:nameid-format:transient");
    const acs = byName(doc, NS.metadata, "AssertionConsumerService");
    expect(acs).toHaveLength(1);
    expect([acs[0]!.getAttribute("index"), acs[0]!.getAttribute("isDefault"), acs[0]!.getAttribute("Binding"), acs[0]!.getAttribute("Location")]).toEqual([
      "0",
      "true",
      "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
      `${BASE}/spid/acs`,
    ]);
  });

  it("requests exactly the attributes given, under an AttributeConsumingService index 0 with ServiceName", () => {
    const acs = byName(doc, NS.metadata, "AttributeConsumingService");
    expect(acs.map((a) => a.getAttribute("index"))).toEqual(["0"]);
    expect(byName(acs[0]!, NS.metadata, "RequestedAttribute").map((r) => r.getAttribute("Name"))).toEqual(spid.attributes);
    expect(byName(acs[0]!, NS.metadata, "ServiceName").map((s) => [s.getAttribute("xml:lang"), s.textContent])).toEqual([
      ["it", "Sportello telematico"],
      ["en", "Online service desk"],
    ]);
  });

  it("has Organization in it and en, the same count per language", () => {
    const org = byName(doc, NS.metadata, "Organization")[0]!;
    expect(childNames(org)).toEqual([
      "md:OrganizationName",
      "md:OrganizationName",
      "md:OrganizationDisplayName",
      "md:OrganizationDisplayName",
      "md:OrganizationURL",
      "md:OrganizationURL",
    ]);
    const langs = Array.from(org.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .map((n) => n.getAttribute("xml:lang"));
    expect(langs).toEqual(["it", "en", "it", "en", "it", "en"]);
  });

  it("has one ContactPerson other with IPACode and an empty Public, then Company, EmailAddress, TelephoneNumber", () => {
    const contacts = byName(doc, NS.metadata, "ContactPerson");
    expect(contacts).toHaveLength(1);
    const c = contacts[0]!;
    expect(c.getAttribute("contactType")).toBe("other");
    expect(childNames(c)).toEqual(["md:Extensions", "md:Company", "md:EmailAddress", "md:TelephoneNumber"]);
    const ext = byName(c, NS.metadata, "Extensions")[0]!;
    expect(childNames(ext)).toEqual(["spid:IPACode", "spid:Public"]);
    expect(byName(ext, NS.spid, "IPACode")[0]!.textContent).toBe("c_i625");
    expect(byName(ext, NS.spid, "Public")[0]!.childNodes.length).toBe(0);
    expect(byName(ext, NS.spid, "Private")).toHaveLength(0);
    expect(byName(c, NS.metadata, "Company")[0]!.textContent).toBe("Comune di Seregno");
    expect(byName(c, NS.metadata, "TelephoneNumber")[0]!.textContent).toBe("+3903622631");
  });

  it("is refused by the schema when broken (so the schema test can fail)", async () => {
    const noExtensions = without(xml, NS.metadata, "Extensions");
    expect((await validate(noExtensions, SPID_XSD)).valid).toBe(false);
    const noAcs = without(xml, NS.metadata, "AssertionConsumerService");
    expect((await validate(noAcs, SPID_XSD)).valid).toBe(false);
    const noPublic = without(xml, NS.spid, "Public");
    expect((await validate(noPublic, SPID_XSD)).valid).toBe(false);
    const swapped = xml.replace("<spid:IPACode>c_i625</spid:IPACode><spid:Public/>", "<spid:Public/><spid:IPACode>c_i625</spid:IPACode>");
    expect(swapped).not.toBe(xml);
    expect((await validate(swapped, SPID_XSD)).valid).toBe(false);
    const technical = xml.replace('contactType="other"', 'contactType="technical"');
    expect((await validate(technical, SPID_XSD)).valid).toBe(false);
  });

  it("omits TelephoneNumber when no phone is given, and English when none is given", async () => {
    const plain = buildSpMetadata({
      ...spid,
      serviceName: { it: "Sportello" },
      organization: { name: "Comune di Seregno", displayName: "Comune di Seregno", url: "https://www.comune.seregno.mb.it" },
      contact: { ipaCode: "c_i625", email: "protocollo@comune.seregno.mb.it", municipalityCode: "I625", country: "IT" },
    });
    expect(plain).not.toContain("TelephoneNumber");
    expect(plain).not.toContain('xml:lang="en"');
    expect((await validate(plain, SPID_XSD)).valid).toBe(true);
  });
});

describe("CIE SP metadata", () => {
  const xml = buildSpMetadata(cie);
  const doc = dom(xml);

  it("signed, validates against the CIE schema; unsigned it is refused for the missing Signature only", async () => {
    const signed = sign(xml);
    const result = await validate(signed, CIE_XSD);
    expect(result.errors).toBe("");
    expect(result.valid).toBe(true);
    expect(verifyEnvelopedSignature(signed, CERT)).toBe(true);
    const unsigned = await validate(xml, CIE_XSD);
    expect(unsigned.valid).toBe(false);
    expect(unsigned.errors).toMatch(/Signature/);
  });

  it("uses the cie namespace, an administrative ContactPerson with the Extensions in the schema's order", () => {
    expect(doc.documentElement.getAttribute("entityID")).toBe(`${BASE}/cie/metadata`);
    expect(doc.documentElement.getAttribute("xmlns:cie")).toBe(NS.cie);
    expect(xml).not.toContain(NS.spid);
    const c = byName(doc, NS.metadata, "ContactPerson")[0]!;
    expect(c.getAttribute("contactType")).toBe("administrative");
    expect(childNames(c)).toEqual(["md:Extensions", "md:Company", "md:EmailAddress", "md:TelephoneNumber"]);
    const ext = byName(c, NS.metadata, "Extensions")[0]!;
    expect(childNames(ext)).toEqual(["cie:Public", "cie:IPACode", "cie:IPACategory", "cie:Municipality", "cie:Province", "cie:Country"]);
    expect(byName(ext, NS.cie, "Municipality")[0]!.textContent).toBe("I625");
    expect(byName(c, NS.metadata, "Company")[0]!.textContent).toBe("Comune di Seregno");
  });

  it("requests only the eIDAS minimum dataset, and refuses email", () => {
    expect(byName(doc, NS.metadata, "RequestedAttribute").map((r) => r.getAttribute("Name"))).toEqual(["name", "familyName", "dateOfBirth", "fiscalNumber"]);
    expect(() => buildSpMetadata({ ...cie, attributes: ["fiscalNumber", "email"] })).toThrow(/not a CIE attribute/);
  });

  it("is refused by the schema without Municipality or with the Extensions out of order", async () => {
    const noMunicipality = sign(without(xml, NS.cie, "Municipality"));
    expect((await validate(noMunicipality, CIE_XSD)).valid).toBe(false);
    const swapped = xml.replace("<cie:Public/><cie:IPACode>c_i625</cie:IPACode>", "<cie:IPACode>c_i625</cie:IPACode><cie:Public/>");
    expect(swapped).not.toBe(xml);
    expect((await validate(sign(swapped), CIE_XSD)).valid).toBe(false);
  });
});

describe("SP metadata input checks", () => {
  it("refuses an entityID that is not an absolute http(s) URL", () => {
    expect(() => buildSpMetadata({ ...spid, entityId: "/spid/metadata" })).toThrow(/entityID/);
    expect(() => buildSpMetadata({ ...spid, entityId: "urn:example:sp" })).toThrow(/entityID/);
    expect(() => buildSpMetadata({ ...spid, acsUrl: "acs" })).toThrow(/ACS/);
  });

  it("refuses an empty or malformed IPA code, a bad email, a foreign country", () => {
    expect(() => buildSpMetadata({ ...spid, contact: { ...spid.contact, ipaCode: "  " } })).toThrow(/ipaCode/);
    expect(() => buildSpMetadata({ ...spid, contact: { ...spid.contact, ipaCode: "c i625" } })).toThrow(/IPA/);
    expect(() => buildSpMetadata({ ...spid, contact: { ...spid.contact, email: "nobody" } })).toThrow(/email/);
    expect(() => buildSpMetadata({ ...spid, contact: { ...spid.contact, country: "FR" as "IT" } })).toThrow(/IT/);
  });

  it("refuses unknown, duplicated or no attributes", () => {
    expect(() => buildSpMetadata({ ...spid, attributes: ["fiscalNumber", "shoeSize"] })).toThrow(/not a SPID attribute/);
    expect(() => buildSpMetadata({ ...spid, attributes: ["name", "name"] })).toThrow(/twice/);
    expect(() => buildSpMetadata({ ...spid, attributes: [] })).toThrow(/No attributes/);
  });

  it("wants English for all three Organization elements or for none", () => {
    expect(() => buildSpMetadata({ ...spid, organization: { ...spid.organization, url: "https://www.comune.seregno.mb.it" } })).toThrow(/English/);
  });

  it("wants a codice catastale for CIE", () => {
    expect(() => buildSpMetadata({ ...cie, contact: { ...cie.contact, municipalityCode: "Seregno" } })).toThrow(/catastale/);
    expect(() => buildSpMetadata({ ...cie, contact: { ...cie.contact, province: "Monza" } })).toThrow(/province/);
  });

  it("normalises telephone numbers to +39 and digits, and refuses what is not one", () => {
    expect(normalizePhone("0362 263.1")).toBe("+3903622631");
    expect(normalizePhone("0039 0362 2631")).toBe("+3903622631");
    expect(normalizePhone("+39 333 1234567")).toBe("+393331234567");
    expect(() => normalizePhone("call us")).toThrow();
  });

  it("accepts the certificate as PEM or bare base64, and refuses anything else", () => {
    expect(buildSpMetadata({ ...spid, certificate: CERT_B64 })).toBe(buildSpMetadata(spid));
    expect(() => buildSpMetadata({ ...spid, certificate: "not a cert!" })).toThrow(/certificate/);
  });

  it("escapes what it interpolates", () => {
    const xml = buildSpMetadata({ ...spid, serviceName: { it: 'Servizi <"A&B">' } });
    expect(xml).toContain("Servizi &lt;&quot;A&amp;B&quot;&gt;");
  });
});

describe("test IdP metadata", () => {
  const input = {
    entityId: `${BASE}/test-idp/metadata`,
    ssoUrl: `${BASE}/test-idp/sso`,
    sloUrl: `${BASE}/test-idp/slo`,
    certificatePem: CERT,
    organization: { name: "IdP di prova", displayName: "IdP di prova", url: BASE },
    attributes: ["spidCode", "name", "familyName", "fiscalNumber", "email", "dateOfBirth"],
  };
  const xml = buildIdpMetadata(input);

  it("validates against the OASIS metadata schema, unsigned and signed", async () => {
    const plain = await validate(xml, OASIS_XSD);
    expect(plain.errors).toBe("");
    expect(plain.valid).toBe(true);
    const signed = sign(xml);
    expect((dom(signed).documentElement.firstChild as Element).localName).toBe("Signature");
    expect(verifyEnvelopedSignature(signed, CERT)).toBe(true);
    expect((await validate(signed, OASIS_XSD)).valid).toBe(true);
  });

  it("is refused by the schema without SingleSignOnService", async () => {
    let broken = without(xml, NS.metadata, "SingleSignOnService");
    broken = without(broken, NS.metadata, "SingleSignOnService");
    expect((await validate(broken, OASIS_XSD)).valid).toBe(false);
  });

  it("reads back through parseIdpMetadata", () => {
    expect(parseIdpMetadata(sign(xml))).toEqual([
      {
        entityId: input.entityId,
        displayName: "IdP di prova",
        ssoRedirect: input.ssoUrl,
        ssoPost: input.ssoUrl,
        sloRedirect: input.sloUrl,
        sloPost: input.sloUrl,
        certificates: [CERT_B64],
        wantAuthnRequestsSigned: true,
      },
    ]);
  });

  it("refuses attributes that are not SPID's", () => {
    expect(() => buildIdpMetadata({ ...input, attributes: ["shoeSize"] })).toThrow(/SPID attribute/);
  });
});

describe("parseIdpMetadata on an aggregate", () => {
  const wrapped = (cert: string) => cert.replace(/(.{64})/g, "$1\n        ");
  const idp = (id: string, extra = "") => `
  <md:EntityDescriptor entityID="https://${id}.example/idp" ID="_${id}">
    <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">
      <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
        ${wrapped(CERT_B64)}
      </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>QUJD</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      ${extra}
      <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${id}.example/slo"/>
      <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://${id}.example/sso-post"/>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://${id}.example/sso"/>
    </md:IDPSSODescriptor>
    <md:Organization>
      <md:OrganizationName xml:lang="en">${id} S.p.A.</md:OrganizationName>
      <md:OrganizationDisplayName xml:lang="en">${id} ID</md:OrganizationDisplayName>
      <md:OrganizationDisplayName xml:lang="it">${id} Identità</md:OrganizationDisplayName>
      <md:OrganizationURL xml:lang="it">https://${id}.example</md:OrganizationURL>
    </md:Organization>
  </md:EntityDescriptor>`;
  const aggregate = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Name="https://registry.spid.gov.it">
  ${idp("alpha")}
  <md:EntitiesDescriptor>${idp("beta", '<md:KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>REVG</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>')}</md:EntitiesDescriptor>
  <md:EntityDescriptor entityID="https://sp.example/metadata">
    <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:AssertionConsumerService index="0" Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example/acs"/>
    </md:SPSSODescriptor>
  </md:EntityDescriptor>
</md:EntitiesDescriptor>`;

  it("is itself valid OASIS metadata (so the fixture is realistic)", async () => {
    expect((await validate(aggregate, OASIS_XSD)).valid).toBe(true);
  });

  it("lists every IdP, nested ones included, skips SPs, keeps only signing certificates without whitespace", () => {
    const entities = parseIdpMetadata(aggregate);
    expect(entities.map((e) => e.entityId)).toEqual(["https://alpha.example/idp", "https://beta.example/idp"]);
    const [alpha, beta] = entities;
    expect(alpha).toEqual({
      entityId: "https://alpha.example/idp",
      displayName: "alpha Identità",
      ssoRedirect: "https://alpha.example/sso",
      ssoPost: "https://alpha.example/sso-post",
      sloRedirect: "https://alpha.example/slo",
      certificates: [CERT_B64],
      wantAuthnRequestsSigned: true,
    });
    expect(alpha!.sloPost).toBeUndefined();
    // A KeyDescriptor without "use" is for signing too (SAML metadata §2.4.1.1).
    expect(beta!.certificates).toEqual([CERT_B64, "REVG"]);
  });

  it("refuses DOCTYPE and ENTITY, non-metadata documents, and a duplicated entityID", () => {
    expect(() => parseIdpMetadata(`<!DOCTYPE x [<!ENTITY a "b">]>${aggregate.replace(/^<\?xml[^>]*>/, "")}`)).toThrow(/DOCTYPE/);
    expect(() => parseIdpMetadata('<md:Foo xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>')).toThrow(/Not SAML metadata/);
    expect(() => parseIdpMetadata("<md:EntityDescriptor")).toThrow();
    const twice = aggregate.replace("https://beta.example/idp", "https://alpha.example/idp");
    expect(() => parseIdpMetadata(twice)).toThrow(/twice/);
  });

  it("reads a single EntityDescriptor", () => {
    const single = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://one.example/idp">${idp("one").replace(/^[\s\S]*?<md:IDPSSODescriptor/, "<md:IDPSSODescriptor").replace(/<\/md:EntityDescriptor>\s*$/, "")}</md:EntityDescriptor>`;
    expect(parseIdpMetadata(single).map((e) => e.entityId)).toEqual(["https://one.example/idp"]);
  });
});
