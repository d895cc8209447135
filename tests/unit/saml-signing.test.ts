import { createSign, X509Certificate } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { SignedXml } from "xml-crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "#db/migrator";
import { openDatabase } from "#db/connection";
import { buildAuthnRequest } from "~/domain/saml/authn-request";
import { parseSafeXml } from "~/domain/saml/parse";
import { ensureKeyPair, generateKeyPair, opensslConfig, type KeyPair } from "~/services/keys.server";
import {
  certificateBody, decodeRedirect, encodeRedirect, pemFromBase64, signRedirectQuery, signXml, verifyEnvelopedSignature, verifyRedirectQuery,
} from "~/services/saml/signing.server";

const DS = "http://www.w3.org/2000/09/xmldsig#";
let sp: KeyPair;
let other: KeyPair;

beforeAll(async () => {
  [sp, other] = await Promise.all([
    generateKeyPair({ commonName: "SP" }, { bits: 2048, days: 2 }),
    generateKeyPair({ commonName: "Other" }, { bits: 2048, days: 2 }),
  ]);
}, 60_000);

const request = () =>
  buildAuthnRequest({
    id: "_0123456789abcdef0123456789abcdef01234567", issueInstant: new Date("2026-11-27T10:00:00.000Z"), destination: "https://idp.example/sso",
    entityId: "https://sp.example/spid/metadata", level: 2, acsIndex: 0, attributeIndex: 0,
  });

const childNames = (xml: string) => {
  const out: string[] = [];
  for (let n = parseSafeXml(xml).documentElement.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push((n as Element).localName);
  return out;
};

describe("signXml / verifyEnvelopedSignature", () => {
  it("signs an AuthnRequest right after its Issuer, RSA-SHA256 + exc-c14n + SHA-256, with the certificate in KeyInfo", () => {
    const signed = signXml(request(), { rootLocalName: "AuthnRequest", privateKeyPem: sp.privateKeyPem, certificatePem: sp.certificatePem });
    expect(childNames(signed)).toEqual(["Issuer", "Signature", "NameIDPolicy", "RequestedAuthnContext"]);
    expect(signed).toContain('<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>');
    expect(signed).toContain('<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>');
    expect(signed).toContain('<ds:Reference URI="#_0123456789abcdef0123456789abcdef01234567">');
    expect(signed).toContain(`<ds:X509Certificate>${certificateBody(sp.certificatePem)}</ds:X509Certificate>`);
    expect(verifyEnvelopedSignature(signed, sp.certificatePem)).toBe(true);
    expect(verifyEnvelopedSignature(signed, other.certificatePem)).toBe(false);
    expect(verifyEnvelopedSignature(signed.replace("SpidL2", "SpidL1"), sp.certificatePem)).toBe(false);
    expect(verifyEnvelopedSignature(request(), sp.certificatePem)).toBe(false);
  });

  it("puts the metadata signature first when asked", () => {
    const md = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example/spid/metadata" ID="_md1"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>`;
    const signed = signXml(md, {
      rootLocalName: "EntityDescriptor", privateKeyPem: sp.privateKeyPem, certificatePem: sp.certificatePem,
      location: { reference: "/*[local-name(.)='EntityDescriptor']", action: "prepend" },
    });
    expect(childNames(signed)).toEqual(["Signature", "SPSSODescriptor"]);
    expect(verifyEnvelopedSignature(signed, sp.certificatePem)).toBe(true);
  });

  it("refuses a wrapped document whose signature covers a hidden copy, which plain xml-crypto accepts", () => {
    const signed = signXml(request(), { rootLocalName: "AuthnRequest", privateKeyPem: sp.privateKeyPem, certificatePem: sp.certificatePem });
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
    const original = signed.replace(signature, "");
    const evilRoot = original.replace(/ ID="[^"]+"/, ' ID="_evil"').replace("SpidL2", "SpidL1");
    const issuerEnd = evilRoot.indexOf("</saml:Issuer>") + "</saml:Issuer>".length;
    const wrapped = `${evilRoot.slice(0, issuerEnd)}${signature}<samlp:Extensions>${original}</samlp:Extensions>${evilRoot.slice(issuerEnd)}`;

    // The attack is real: the signature itself still verifies, over the hidden original.
    const naive = new SignedXml({ publicCert: sp.certificatePem });
    naive.loadSignature(parseSafeXml(wrapped).getElementsByTagNameNS(DS, "Signature").item(0)!);
    expect(naive.checkSignature(wrapped)).toBe(true);

    expect(verifyEnvelopedSignature(wrapped, sp.certificatePem)).toBe(false);
  });

  it("refuses a document with two elements carrying the signed ID", () => {
    const signed = signXml(request(), { rootLocalName: "AuthnRequest", privateKeyPem: sp.privateKeyPem, certificatePem: sp.certificatePem });
    const dup = signed.replace("<samlp:NameIDPolicy", '<samlp:Extensions><x ID="_0123456789abcdef0123456789abcdef01234567"/></samlp:Extensions><samlp:NameIDPolicy');
    expect(verifyEnvelopedSignature(dup, sp.certificatePem)).toBe(false);
  });
});

describe("HTTP-Redirect binding", () => {
  it("round-trips deflate + base64, UTF-8 included", () => {
    const xml = `<a>Città di Seregno €</a>`;
    expect(decodeRedirect(encodeRedirect(xml))).toBe(xml);
  });

  it("refuses to inflate a deflate bomb", () => {
    const bomb = deflateRawSync(Buffer.alloc(10 * 1024 * 1024)).toString("base64");
    expect(() => decodeRedirect(bomb)).toThrow();
  });

  it("signs and verifies SAMLRequest + RelayState + SigAlg, and refuses any tampering", () => {
    const query = signRedirectQuery({ param: "SAMLRequest", value: request(), relayState: "abc 123/+=", privateKeyPem: sp.privateKeyPem });
    expect(query).toMatch(/^SAMLRequest=[^&]+&RelayState=abc%20123%2F%2B%3D&SigAlg=http%3A%2F%2Fwww\.w3\.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature=[^&]+$/);
    expect(verifyRedirectQuery(`?${query}`, sp.certificatePem)).toEqual({ ok: true, param: "SAMLRequest", xml: request(), relayState: "abc 123/+=" });

    expect(verifyRedirectQuery(query, other.certificatePem).ok).toBe(false);
    expect(verifyRedirectQuery(query.replace("RelayState=abc", "RelayState=abd"), sp.certificatePem).ok).toBe(false);
    expect(verifyRedirectQuery(query.replace(/&RelayState=[^&]+/, ""), sp.certificatePem).ok).toBe(false);
    const forged = encodeURIComponent(encodeRedirect(request().replace("SpidL2", "SpidL1")));
    expect(verifyRedirectQuery(query.replace(/^SAMLRequest=[^&]+/, `SAMLRequest=${forged}`), sp.certificatePem).ok).toBe(false);
    expect(verifyRedirectQuery(`${query}&RelayState=second`, sp.certificatePem)).toMatchObject({ ok: false, reason: "duplicate RelayState" });
    expect(verifyRedirectQuery(query.replace(/&Signature=[^&]+/, ""), sp.certificatePem)).toMatchObject({ ok: false, reason: "unsigned" });
    expect(verifyRedirectQuery(query.replace("rsa-sha256", "rsa-sha1"), sp.certificatePem).ok).toBe(false);
  });

  it("accepts an already encoded value and a message without RelayState", () => {
    const query = signRedirectQuery({ param: "SAMLResponse", value: encodeRedirect("<r/>"), privateKeyPem: sp.privateKeyPem });
    expect(query).not.toContain("RelayState");
    expect(verifyRedirectQuery(query, sp.certificatePem)).toEqual({ ok: true, param: "SAMLResponse", xml: "<r/>", relayState: null });
  });

  it("verifies over the raw query as the signer encoded it, not over a re-encoding", () => {
    // Another encoder: lower-case %xx escapes, which a decode + re-encode would turn upper-case.
    const lower = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    const signedPart = `SAMLRequest=${lower(encodeRedirect(request()))}&RelayState=${lower("a/b")}&SigAlg=${lower("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")}`;
    const signature = createSign("RSA-SHA256").update(signedPart).sign(sp.privateKeyPem, "base64");
    const result = verifyRedirectQuery(`${signedPart}&Signature=${encodeURIComponent(signature)}`, sp.certificatePem);
    expect(result).toEqual({ ok: true, param: "SAMLRequest", xml: request(), relayState: "a/b" });
  });
});

describe("PEM helpers", () => {
  it("convert between PEM and one-line base64 DER", () => {
    const body = certificateBody(sp.certificatePem);
    expect(body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(new X509Certificate(pemFromBase64(body)).fingerprint256).toBe(new X509Certificate(sp.certificatePem).fingerprint256);
    expect(() => certificateBody("nope")).toThrow();
  });
});

describe("keys", () => {
  it("writes the AgID SP profile into the openssl config", () => {
    const cnf = opensslConfig({ commonName: "Comune di Seregno", organizationName: "Comune di Seregno", organizationIdentifier: "PA:IT-c_i625", uri: "https://x.example/spid/metadata", locality: "Seregno", spidPolicies: true }, 3072);
    expect(cnf).toContain("organizationIdentifier = PA:IT-c_i625");
    expect(cnf).toContain("uri = https://x.example/spid/metadata");
    expect(cnf).toContain("certificatePolicies = @agid_policies,@spid_policies");
    expect(cnf).toContain("spid-publicsector-SP = 1.3.76.16.4.2.1");
    expect(opensslConfig({ commonName: "a $HOME # b" }, 2048)).toContain("commonName = a \\$HOME \\# b");
    expect(() => opensslConfig({ commonName: "a\n[ x ]" }, 2048)).toThrow();
  });

  it("ensureKeyPair: workers racing on an empty table all end with the same stored key", async () => {
    const db = openDatabase("file::memory:");
    try {
      await migrateToLatest(db);
      const subject = { commonName: "Test IdP" };
      const pairs = await Promise.all([1, 2, 3].map(() => ensureKeyPair(db, "test-idp", subject, { bits: 2048, days: 2 })));
      expect(new Set(pairs.map((p) => p.certificatePem)).size).toBe(1);
      const again = await ensureKeyPair(db, "test-idp", subject, { bits: 2048 });
      expect(again).toEqual(pairs[0]);
      expect(new X509Certificate(again.certificatePem).subject).toContain("CN=Test IdP");
    } finally {
      await db.destroy();
    }
  }, 30_000);
});
