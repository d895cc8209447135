import { describe, expect, it } from "vitest";
import { buildAuthnRequest, xmlEscape } from "~/domain/saml/authn-request";

const input = {
  id: "_0123456789abcdef0123456789abcdef01234567",
  issueInstant: new Date("2026-11-27T10:00:00Z"),
  destination: "https://idp.example/sso",
  entityId: "https://sportello.example/spid/metadata",
  level: 2 as const,
  acsIndex: 0,
  attributeIndex: 0,
};

describe("SPID AuthnRequest", () => {
  it("carries what the rules ask, and nothing they forbid", () => {
    const xml = buildAuthnRequest(input);
    expect(xml).toContain('Version="2.0"');
    expect(xml).toContain('IssueInstant="2026-11-27T10:00:00.000Z"');
    expect(xml).toContain('Destination="https://idp.example/sso"');
    expect(xml).toContain('AssertionConsumerServiceIndex="0"');
    expect(xml).toContain('AttributeConsumingServiceIndex="0"');
    expect(xml).toContain(
      '<saml:Issuer NameQualifier="https://sportello.example/spid/metadata" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">https://sportello.example/spid/metadata</saml:Issuer>',
    );
    expect(xml).toContain('<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>');
    expect(xml).toContain('Comparison="minimum"><saml:AuthnContextClassRef>https://www.spid.gov.it/SpidL2<');
    for (const forbidden of ["AllowCreate", "IsPassive", "Scoping", "AssertionConsumerServiceURL", "ProtocolBinding"]) {
      expect(xml).not.toContain(forbidden);
    }
  });

  it("forces a new authentication only above level 1", () => {
    expect(buildAuthnRequest(input)).toContain('ForceAuthn="true"');
    expect(buildAuthnRequest({ ...input, level: 1 })).not.toContain("ForceAuthn");
  });

  it("escapes what it interpolates and refuses an id that is not an xsd:ID", () => {
    expect(xmlEscape(`a&b<"c'>`)).toBe("a&amp;b&lt;&quot;c&apos;&gt;");
    expect(buildAuthnRequest({ ...input, destination: "https://idp.example/sso?a=1&b=2" })).toContain("a=1&amp;b=2");
    expect(() => buildAuthnRequest({ ...input, id: "1abc" })).toThrow(/xsd:ID/);
    expect(() => buildAuthnRequest({ ...input, id: '_x" evil="1' })).toThrow(/xsd:ID/);
  });
});
