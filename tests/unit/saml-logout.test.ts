import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NS, STATUS } from "~/domain/saml/constants";
import { buildLogoutRequest, buildLogoutResponse, PARTIAL_LOGOUT, parseLogoutRequest, parseLogoutResponse } from "~/domain/saml/logout";
import { SamlParseError } from "~/domain/saml/parse";
import { signXml, verifyEnvelopedSignature } from "~/services/saml/signing.server";

const SP = "https://sportello.example.it/spid/metadata";
const IDP = "https://idp.example/metadata";

const request = {
  id: "_0123456789abcdef0123456789abcdef01234567",
  issueInstant: new Date("2026-11-27T10:00:00Z"),
  destination: "https://idp.example/slo",
  spEntityId: SP,
  nameId: "_6c2f0f2fa8b6a3d0c3f1",
  nameQualifier: IDP,
  sessionIndex: "_session-42",
};

const response = {
  id: "_fedcba9876543210fedcba9876543210fedcba98",
  issueInstant: new Date("2026-11-27T10:00:01.250Z"),
  destination: "https://idp.example/slo",
  issuer: SP,
  inResponseTo: "_idp-request-7",
  success: true,
};

describe("LogoutRequest", () => {
  it("carries what RT-SLO asks: Issuer entity + NameQualifier, transient NameID with the IdP's qualifier, SessionIndex", () => {
    const xml = buildLogoutRequest(request);
    expect(xml).toContain(`ID="${request.id}" Version="2.0" IssueInstant="2026-11-27T10:00:00.000Z" Destination="https://idp.example/slo"`);
    expect(xml).toContain(`<saml:Issuer NameQualifier="${SP}" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">${SP}</saml:Issuer>`);
    expect(xml).toContain(`<saml:NameID NameQualifier="${IDP}" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_6c2f0f2fa8b6a3d0c3f1</saml:NameID>`);
    expect(xml).toContain("<samlp:SessionIndex>_session-42</samlp:SessionIndex>");
  });

  it("round-trips through the parser", () => {
    expect(parseLogoutRequest(buildLogoutRequest(request))).toEqual({
      id: request.id,
      version: "2.0",
      issueInstant: "2026-11-27T10:00:00.000Z",
      destination: "https://idp.example/slo",
      notOnOrAfter: null,
      reason: null,
      issuer: { value: SP, format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", nameQualifier: SP },
      nameId: { value: request.nameId, format: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", nameQualifier: IDP },
      sessionIndex: "_session-42",
      sessionIndexes: ["_session-42"],
      signed: false,
    });
  });

  it("signs after the Issuer (POST binding), and the parser sees the signature", () => {
    const key = readFileSync("tests/fixtures/saml/test-key.pem", "utf8");
    const cert = readFileSync("tests/fixtures/saml/test-cert.pem", "utf8");
    const signed = signXml(buildLogoutRequest(request), { rootLocalName: "LogoutRequest", privateKeyPem: key, certificatePem: cert });
    expect(signed.indexOf("</saml:Issuer><ds:Signature")).toBeGreaterThan(0);
    expect(verifyEnvelopedSignature(signed, cert)).toBe(true);
    const parsed = parseLogoutRequest(signed);
    expect(parsed.signed).toBe(true);
    expect(parsed.sessionIndex).toBe("_session-42");
  });

  it("escapes, and refuses a bad ID or an empty field", () => {
    expect(buildLogoutRequest({ ...request, sessionIndex: "a<b&c" })).toContain("a&lt;b&amp;c");
    expect(() => buildLogoutRequest({ ...request, id: "1abc" })).toThrow(/xsd:ID/);
    expect(() => buildLogoutRequest({ ...request, sessionIndex: " " })).toThrow(/sessionIndex/);
    expect(() => buildLogoutRequest({ ...request, nameQualifier: "" })).toThrow(/nameQualifier/);
  });

  it("keeps absent apart from empty, and reads an IdP-initiated request with several SessionIndex", () => {
    const xml =
      `<samlp:LogoutRequest xmlns:samlp="${NS.protocol}" xmlns:saml="${NS.assertion}" ID="_x" Version="2.0" IssueInstant="2026-11-27T10:00:00Z" NotOnOrAfter="2026-11-27T10:05:00Z" Reason="urn:oasis:names:tc:SAML:2.0:logout:user">` +
      `<saml:Issuer>${IDP}</saml:Issuer><saml:NameID Format="">  abc  </saml:NameID>` +
      `<samlp:SessionIndex>s1</samlp:SessionIndex><samlp:SessionIndex>s2</samlp:SessionIndex></samlp:LogoutRequest>`;
    const parsed = parseLogoutRequest(xml);
    expect(parsed.destination).toBeNull();
    expect(parsed.issuer).toEqual({ value: IDP, format: null, nameQualifier: null });
    expect(parsed.nameId).toEqual({ value: "abc", format: "", nameQualifier: null });
    expect(parsed.sessionIndex).toBe("s1");
    expect(parsed.sessionIndexes).toEqual(["s1", "s2"]);
    expect(parsed.notOnOrAfter).toBe("2026-11-27T10:05:00Z");
    expect(parsed.reason).toBe("urn:oasis:names:tc:SAML:2.0:logout:user");

    const bare = parseLogoutRequest(`<samlp:LogoutRequest xmlns:samlp="${NS.protocol}"/>`);
    expect([bare.id, bare.issuer, bare.nameId, bare.sessionIndex]).toEqual([null, null, null, null]);
  });

  it("walks by namespace, not prefix: an Issuer in another namespace is not the Issuer", () => {
    const xml = `<p:LogoutRequest xmlns:p="${NS.protocol}" xmlns:x="urn:evil" ID="_x"><x:Issuer>${SP}</x:Issuer></p:LogoutRequest>`;
    expect(parseLogoutRequest(xml).issuer).toBeNull();
  });
});

describe("LogoutResponse", () => {
  it("carries Issuer entity + NameQualifier, InResponseTo, and Success", () => {
    const xml = buildLogoutResponse(response);
    expect(xml).toContain(`InResponseTo="_idp-request-7"`);
    expect(xml).toContain(`IssueInstant="2026-11-27T10:00:01.250Z"`);
    expect(xml).toContain(`<saml:Issuer NameQualifier="${SP}" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">${SP}</saml:Issuer>`);
    expect(xml).toContain(`<samlp:Status><samlp:StatusCode Value="${STATUS.success}"/></samlp:Status>`);
  });

  it("reports a failure as Requester + PartialLogout (RT-SLO)", () => {
    const parsed = parseLogoutResponse(buildLogoutResponse({ ...response, success: false }));
    expect(parsed.success).toBe(false);
    expect(parsed.statusCode).toBe(STATUS.requester);
    expect(parsed.subStatusCode).toBe(PARTIAL_LOGOUT);
  });

  it("round-trips through the parser", () => {
    expect(parseLogoutResponse(buildLogoutResponse(response))).toEqual({
      id: response.id,
      version: "2.0",
      issueInstant: "2026-11-27T10:00:01.250Z",
      destination: "https://idp.example/slo",
      inResponseTo: "_idp-request-7",
      issuer: { value: SP, format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity", nameQualifier: SP },
      statusCode: STATUS.success,
      subStatusCode: null,
      statusMessage: null,
      success: true,
      signed: false,
    });
  });

  it("reads a StatusMessage, and a response without Status as not successful", () => {
    const withMessage = `<samlp:LogoutResponse xmlns:samlp="${NS.protocol}" ID="_r" InResponseTo="_q"><samlp:Status><samlp:StatusCode Value="${STATUS.responder}"/><samlp:StatusMessage>busy</samlp:StatusMessage></samlp:Status></samlp:LogoutResponse>`;
    const parsed = parseLogoutResponse(withMessage);
    expect([parsed.statusCode, parsed.statusMessage, parsed.success]).toEqual([STATUS.responder, "busy", false]);
    const noStatus = parseLogoutResponse(`<samlp:LogoutResponse xmlns:samlp="${NS.protocol}" ID="_r"/>`);
    expect([noStatus.statusCode, noStatus.success, noStatus.inResponseTo]).toEqual([null, false, null]);
  });

  it("refuses a bad InResponseTo when building", () => {
    expect(() => buildLogoutResponse({ ...response, inResponseTo: "not an id" })).toThrow(/InResponseTo/);
  });
});

describe("parsing safety", () => {
  it("refuses DOCTYPE, ENTITY and processing instructions before parsing", () => {
    const xml = buildLogoutRequest(request);
    expect(() => parseLogoutRequest(`<!DOCTYPE x [<!ENTITY e "boom">]>${xml}`)).toThrow(SamlParseError);
    expect(() => parseLogoutRequest(`<?xml-stylesheet href="x"?>${xml}`)).toThrow(SamlParseError);
    expect(() => parseLogoutResponse(`<!DOCTYPE x SYSTEM "file:///etc/passwd">${buildLogoutResponse(response)}`)).toThrow(/DOCTYPE/);
  });

  it("refuses malformed XML and the wrong message", () => {
    expect(() => parseLogoutRequest("<samlp:LogoutRequest")).toThrow(SamlParseError);
    expect(() => parseLogoutRequest(buildLogoutResponse(response))).toThrow(/Not a LogoutRequest/);
    expect(() => parseLogoutResponse(buildLogoutRequest(request))).toThrow(/Not a LogoutResponse/);
  });
});
