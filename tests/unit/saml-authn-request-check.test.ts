/**
 * The test IdP's AuthnRequest check: our own builder's output must pass (both levels, signed or
 * not), and each mutation must fail with exactly its own code, so that no rule hides behind another.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAuthnRequest } from "~/domain/saml/authn-request";
import { checkAuthnRequest, parseAuthnRequest, type AuthnRequestCheckCode, type AuthnRequestCheckContext } from "~/domain/saml/authn-request-check";
import { SamlParseError } from "~/domain/saml/parse";
import { signXml } from "~/services/saml/signing.server";

const SP = "https://sportello.example.it/spid/metadata";
const SSO = "https://sportello.example.it/test-idp/sso";
const input = {
  id: "_0123456789abcdef0123456789abcdef01234567",
  issueInstant: new Date("2026-11-27T10:00:00.000Z"),
  destination: SSO,
  entityId: SP,
  level: 2 as const,
  acsIndex: 0,
  attributeIndex: 0,
};
const ctx: AuthnRequestCheckContext = {
  now: new Date("2026-11-27T10:00:05.000Z"),
  skewMs: 30_000,
  idpSsoUrls: [SSO, "https://sportello.example.it/test-idp/sso-post"],
  knownSp: { entityId: SP },
};

const good = buildAuthnRequest(input);
const codes = (xml: string, c: AuthnRequestCheckContext = ctx) => checkAuthnRequest(parseAuthnRequest(xml), c).map((f) => f.code);

describe("parseAuthnRequest", () => {
  it("reads our builder's request", () => {
    expect(parseAuthnRequest(good)).toEqual({
      id: input.id,
      version: "2.0",
      issueInstant: "2026-11-27T10:00:00.000Z",
      destination: SSO,
      forceAuthn: "true",
      acsIndex: "0",
      acsUrl: null,
      protocolBinding: null,
      attributeIndex: "0",
      issuer: { value: SP, format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", nameQualifier: SP },
      nameIdPolicy: { format: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", allowCreate: null },
      requestedAuthnContext: { comparison: "minimum", classRefs: ["https://www.spid.gov.it/SpidL2"] },
      hasScoping: false,
      isPassive: null,
      signed: false,
      counts: { issuer: 1, nameIdPolicy: 1, requestedAuthnContext: 1 },
    });
  });

  it("refuses DOCTYPE/ENTITY, malformed XML and other messages", () => {
    expect(() => parseAuthnRequest(`<!DOCTYPE x [<!ENTITY e "x">]>${good}`)).toThrow(SamlParseError);
    expect(() => parseAuthnRequest(good.slice(0, -5))).toThrow(SamlParseError);
    expect(() => parseAuthnRequest(`<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>`)).toThrow(/Not an AuthnRequest/);
  });
});

describe("checkAuthnRequest on our own requests", () => {
  it("accepts the builder's output at every level", () => {
    for (const level of [1, 2, 3] as const) expect(codes(buildAuthnRequest({ ...input, level }))).toEqual([]);
  });

  it("accepts the signed (POST binding) request", () => {
    const key = readFileSync("tests/fixtures/saml/test-key.pem", "utf8");
    const cert = readFileSync("tests/fixtures/saml/test-cert.pem", "utf8");
    const signed = signXml(good, { rootLocalName: "AuthnRequest", privateKeyPem: key, certificatePem: cert });
    expect(parseAuthnRequest(signed).signed).toBe(true);
    expect(codes(signed)).toEqual([]);
  });

  it("accepts ACS by URL + HTTP-POST instead of index, and a small skew into the future", () => {
    const byUrl = good.replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceURL="https://sportello.example.it/spid/acs" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"');
    expect(codes(byUrl)).toEqual([]);
    expect(codes(good, { ...ctx, now: new Date("2026-11-27T09:59:40.000Z") })).toEqual([]);
  });
});

const replace = (from: string | RegExp, to: string) => (xml: string) => {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
};

const MUTATIONS: [string, AuthnRequestCheckCode, (xml: string) => string][] = [
  ["no ID", "ID_MISSING", replace(/ ID="[^"]*"/, "")],
  ["ID not an xsd:ID", "ID_INVALID", replace(/ ID="[^"]*"/, ' ID="123"')],
  ["Version 1.1", "VERSION_INVALID", replace('Version="2.0"', 'Version="1.1"')],
  ["no Version", "VERSION_INVALID", replace(' Version="2.0"', "")],
  ["no IssueInstant", "ISSUE_INSTANT_MISSING", replace(/ IssueInstant="[^"]*"/, "")],
  ["IssueInstant with offset", "ISSUE_INSTANT_FORMAT", replace("2026-11-27T10:00:00.000Z", "2026-11-27T11:00:00.000+01:00")],
  ["IssueInstant with six decimals", "ISSUE_INSTANT_FORMAT", replace("2026-11-27T10:00:00.000Z", "2026-11-27T10:00:00.000000Z")],
  ["IssueInstant not a date", "ISSUE_INSTANT_FORMAT", replace("2026-11-27T10:00:00.000Z", "2026-13-45T10:00:00.000Z")],
  ["IssueInstant in the future", "ISSUE_INSTANT_FUTURE", replace("2026-11-27T10:00:00.000Z", "2026-11-27T10:05:00.000Z")],
  ["IssueInstant too old", "ISSUE_INSTANT_TOO_OLD", replace("2026-11-27T10:00:00.000Z", "2026-11-27T09:30:00.000Z")],
  ["no Destination", "DESTINATION_MISSING", replace(/ Destination="[^"]*"/, "")],
  ["Destination elsewhere", "DESTINATION_MISMATCH", replace(`Destination="${SSO}"`, 'Destination="https://other.example/sso"')],
  ["no Issuer", "ISSUER_MISSING", replace(/<saml:Issuer[^>]*>[^<]*<\/saml:Issuer>/, "")],
  ["two Issuers", "ISSUER_MISSING", replace(/(<saml:Issuer[^>]*>[^<]*<\/saml:Issuer>)/, "$1$1")],
  ["unknown SP", "ISSUER_UNKNOWN", (xml) => xml.split(SP).join("https://evil.example/metadata")],
  ["Issuer without Format", "ISSUER_FORMAT", replace(' Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity"', "")],
  ["Issuer without NameQualifier", "ISSUER_NAME_QUALIFIER", replace(` NameQualifier="${SP}"`, "")],
  ["Issuer NameQualifier elsewhere", "ISSUER_NAME_QUALIFIER", replace(`NameQualifier="${SP}"`, 'NameQualifier="https://other.example"')],
  ["no ForceAuthn at L2", "FORCE_AUTHN_REQUIRED", replace(' ForceAuthn="true"', "")],
  ["ForceAuthn false at L2", "FORCE_AUTHN_REQUIRED", replace('ForceAuthn="true"', 'ForceAuthn="false"')],
  ["no NameIDPolicy", "NAMEID_POLICY_MISSING", replace(/<samlp:NameIDPolicy[^>]*\/>/, "")],
  ["persistent NameIDPolicy", "NAMEID_POLICY_FORMAT", replace("nameid-format:transient", "nameid-format:persistent")],
  ["AllowCreate", "ALLOW_CREATE_PRESENT", replace("<samlp:NameIDPolicy ", '<samlp:NameIDPolicy AllowCreate="true" ')],
  ["Scoping", "SCOPING_PRESENT", replace("</samlp:AuthnRequest>", "<samlp:Scoping><samlp:RequesterID>x</samlp:RequesterID></samlp:Scoping></samlp:AuthnRequest>")],
  ["IsPassive false", "IS_PASSIVE_PRESENT", replace(' Version="2.0"', ' Version="2.0" IsPassive="false"')],
  ["no ACS at all", "ACS_MISSING", replace(' AssertionConsumerServiceIndex="0"', "")],
  ["ACS index and URL", "ACS_AMBIGUOUS", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceIndex="0" AssertionConsumerServiceURL="https://sportello.example.it/spid/acs"')],
  ["ACS index and binding", "ACS_AMBIGUOUS", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceIndex="0" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"')],
  ["ACS URL without binding", "ACS_INCOMPLETE", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceURL="https://sportello.example.it/spid/acs"')],
  ["ACS URL with Redirect binding", "ACS_BINDING", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceURL="https://sportello.example.it/spid/acs" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"')],
  ["ACS index negative", "ACS_INDEX_INVALID", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceIndex="-1"')],
  ["ACS index not a number", "ACS_INDEX_INVALID", replace('AssertionConsumerServiceIndex="0"', 'AssertionConsumerServiceIndex="zero"')],
  ["attribute index not a number", "ATTRIBUTE_INDEX_INVALID", replace('AttributeConsumingServiceIndex="0"', 'AttributeConsumingServiceIndex="x"')],
  ["attribute index too large", "ATTRIBUTE_INDEX_INVALID", replace('AttributeConsumingServiceIndex="0"', 'AttributeConsumingServiceIndex="70000"')],
  ["no RequestedAuthnContext", "AUTHN_CONTEXT_MISSING", replace(/<samlp:RequestedAuthnContext[\s\S]*<\/samlp:RequestedAuthnContext>/, "")],
  ["no Comparison", "AUTHN_CONTEXT_COMPARISON", replace(' Comparison="minimum"', "")],
  ["Comparison unknown", "AUTHN_CONTEXT_COMPARISON", replace('Comparison="minimum"', 'Comparison="atleast"')],
  ["old-style ClassRef", "AUTHN_CONTEXT_CLASS", replace("https://www.spid.gov.it/SpidL2", "urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL2")],
  ["non-SPID ClassRef", "AUTHN_CONTEXT_CLASS", replace("https://www.spid.gov.it/SpidL2", "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport")],
  ["two ClassRefs", "AUTHN_CONTEXT_CLASS", replace(/(<saml:AuthnContextClassRef>[^<]*<\/saml:AuthnContextClassRef>)/, "$1$1")],
  ["Issuer in a foreign namespace", "ISSUER_MISSING", replace(/<saml:Issuer([^>]*)>([^<]*)<\/saml:Issuer>/, '<x:Issuer xmlns:x="urn:evil"$1>$2</x:Issuer>')],
];

describe("checkAuthnRequest mutations", () => {
  it.each(MUTATIONS)("%s → %s", (_name, code, mutate) => {
    expect(codes(mutate(good))).toEqual([code]);
  });

  it("does not ask ForceAuthn at level 1", () => {
    const l1 = buildAuthnRequest({ ...input, level: 1 });
    expect(l1).not.toContain("ForceAuthn");
    expect(codes(l1)).toEqual([]);
  });

  it("accepts ForceAuthn=\"1\" and the other comparisons", () => {
    expect(codes(good.replace('ForceAuthn="true"', 'ForceAuthn="1"'))).toEqual([]);
    for (const c of ["exact", "better", "maximum"]) expect(codes(good.replace('Comparison="minimum"', `Comparison="${c}"`))).toEqual([]);
  });

  it("uses the configured maximum age", () => {
    const fiveMinutesLater = { ...ctx, now: new Date("2026-11-27T10:05:00.000Z") };
    expect(codes(good, fiveMinutesLater)).toEqual([]);
    expect(codes(good, { ...fiveMinutesLater, maxAgeMs: 60_000 })).toEqual(["ISSUE_INSTANT_TOO_OLD"]);
  });

  it("reports every broken rule, each with a message", () => {
    const bad = good.replace('Version="2.0"', 'Version="1.0" IsPassive="true"').replace("<samlp:NameIDPolicy ", '<samlp:NameIDPolicy AllowCreate="1" ');
    const failures = checkAuthnRequest(parseAuthnRequest(bad), ctx);
    expect(failures.map((f) => f.code)).toEqual(["VERSION_INVALID", "ALLOW_CREATE_PRESENT", "IS_PASSIVE_PRESENT"]);
    expect(failures.every((f) => f.message.length > 0)).toBe(true);
  });
});
