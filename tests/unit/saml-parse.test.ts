import { describe, expect, it } from "vitest";
import { attributeMap, MAX_SAML_BYTES, nestedStatusCode, parseAssertion, parseResponse, SamlParseError } from "~/domain/saml/parse";
import { findTestCitizen } from "~/test-idp/citizens";
import { buildResponse, errorSpec, successSpec } from "~/test-idp/response-builder";

const P = "urn:oasis:names:tc:SAML:2.0:protocol";
const A = "urn:oasis:names:tc:SAML:2.0:assertion";
const now = new Date("2026-11-27T10:00:00.000Z");
const spec = () =>
  successSpec({
    profile: "spid", idpEntityId: "https://idp.example", spEntityId: "https://sp.example/spid/metadata", acsUrl: "https://sp.example/spid/acs",
    requestId: "_req", now, level: 2, citizen: findTestCitizen("mario-rossi")!, responseId: "_resp", assertionId: "_ass", nameId: "_nid", sessionIndex: "_sess",
  });

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof SamlParseError ? e.code : `other: ${String(e)}`;
  }
};

describe("parseResponse", () => {
  it("reads every field of a built response", () => {
    const { response, assertions, misplacedAssertions } = parseResponse(buildResponse(spec()));
    expect(response).toEqual({
      hasDoctype: false, id: "_resp", version: "2.0", issueInstant: "2026-11-27T10:00:00.000Z", destination: "https://sp.example/spid/acs", inResponseTo: "_req",
      issuer: { value: "https://idp.example", format: "urn:oasis:names:tc:SAML:2.0:nameid-format:entity" },
      status: { code: "urn:oasis:names:tc:SAML:2.0:status:Success", message: null }, assertionCount: 1,
    });
    expect(misplacedAssertions).toBe(0);
    const a = assertions[0]!;
    expect(a.id).toBe("_ass");
    expect(a.subject?.nameId).toEqual({ value: "_nid", format: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient", nameQualifier: "https://idp.example" });
    expect(a.subject?.confirmation).toEqual({
      method: "urn:oasis:names:tc:SAML:2.0:cm:bearer",
      data: { recipient: "https://sp.example/spid/acs", inResponseTo: "_req", notOnOrAfter: "2026-11-27T10:05:00.000Z" },
    });
    expect(a.conditions).toEqual({ notBefore: "2026-11-27T10:00:00.000Z", notOnOrAfter: "2026-11-27T10:05:00.000Z", audiences: ["https://sp.example/spid/metadata"] });
    expect(a.authnStatement).toEqual({ classRef: "https://www.spid.gov.it/SpidL2" });
    expect(a.sessionIndex).toBe("_sess");
    expect(attributeMap(a)).toEqual({
      spidCode: "TESTIDP0000001", name: "Mario", familyName: "Rossi", fiscalNumber: "TINIT-RSSMRA85T10H501O", email: "mario.rossi@example.org", dateOfBirth: "1985-12-10",
    });
  });

  it("keeps absent (null) and empty ('') apart, and trims only the NameID", () => {
    const s = spec();
    s.destination = null;
    s.inResponseTo = "";
    s.issuer!.format = null;
    s.assertion!.subject!.nameId!.value = "\n   _nid  \n";
    s.assertion!.subject!.nameId!.nameQualifier = "";
    s.assertion!.conditions!.audiences = null;
    s.assertion!.attributes = [];
    const { response, assertions } = parseResponse(buildResponse(s));
    expect(response.destination).toBeNull();
    expect(response.inResponseTo).toBe("");
    expect(response.issuer).toEqual({ value: "https://idp.example", format: null });
    expect(assertions[0]!.subject!.nameId).toMatchObject({ value: "_nid", nameQualifier: "" });
    expect(assertions[0]!.conditions!.audiences).toBeNull();
    expect(assertions[0]!.attributes).toEqual([]);

    const t = spec();
    t.assertion!.subject = null;
    t.assertion!.conditions = null;
    t.assertion!.authn = null;
    t.assertion!.attributes = null;
    t.status = null;
    const parsed = parseResponse(buildResponse(t));
    expect(parsed.response.status).toBeNull();
    expect(parsed.assertions[0]).toMatchObject({ subject: null, conditions: null, authnStatement: null, attributes: null, sessionIndex: null });
  });

  it("walks by namespace, not by prefix", () => {
    const xml =
      `<Response xmlns="${P}" ID="_r" Version="2.0"><x:Issuer xmlns:x="urn:evil">https://evil.example</x:Issuer>` +
      `<a:Issuer xmlns:a="${A}" Format="f">https://idp.example</a:Issuer>` +
      `<Status><StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></Status>` +
      `<zz:Assertion xmlns:zz="${A}" ID="_a"/><Assertion ID="_not-saml"/></Response>`;
    const { response, assertions } = parseResponse(xml);
    expect(response.issuer).toEqual({ value: "https://idp.example", format: "f" });
    expect(response.status?.code).toBe("urn:oasis:names:tc:SAML:2.0:status:Success");
    // The second "Assertion" is in the protocol namespace (default), so it is not an assertion.
    expect(response.assertionCount).toBe(1);
    expect(assertions.map((a) => a.id)).toEqual(["_a"]);
  });

  it("counts assertions anywhere in the document as wrapping evidence", () => {
    const xml = buildResponse(spec()).replace(
      "</saml:Issuer>",
      `</saml:Issuer><samlp:Extensions><saml:Assertion ID="_hidden" Version="2.0"/></samlp:Extensions>`,
    );
    const parsed = parseResponse(xml);
    expect(parsed.response.assertionCount).toBe(2);
    expect(parsed.misplacedAssertions).toBe(1);
    expect(parsed.assertions.map((a) => a.id)).toEqual(["_hidden", "_ass"]);
  });

  it("reads an IdP error answer", () => {
    const xml = buildResponse(errorSpec({ profile: "spid", idpEntityId: "https://idp.example", acsUrl: "https://sp.example/acs", requestId: "_r", now, errorCode: 25 }));
    const { response, assertions } = parseResponse(xml);
    expect(response.status).toEqual({ code: "urn:oasis:names:tc:SAML:2.0:status:Responder", message: "ErrorCode nr25" });
    expect(response.assertionCount).toBe(0);
    expect(assertions).toEqual([]);
    expect(nestedStatusCode(xml)).toBe("urn:oasis:names:tc:SAML:2.0:status:AuthnFailed");
  });

  it("refuses DOCTYPE, ENTITY, processing instructions, oversize and broken XML before trusting anything", () => {
    const ok = buildResponse(spec());
    expect(codeOf(() => parseResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${ok}`))).toBeNull();
    expect(codeOf(() => parseResponse(`<!DOCTYPE r [<!ENTITY x "y">]>${ok}`))).toBe("XML_DOCTYPE");
    expect(codeOf(() => parseResponse(`<!doctype r>${ok}`))).toBe("XML_DOCTYPE");
    expect(codeOf(() => parseResponse(ok.replace("</samlp:Response>", `<!ENTITY x "y"></samlp:Response>`)))).toBe("XML_DOCTYPE");
    expect(codeOf(() => parseResponse(`<?xml-stylesheet href="x"?>${ok}`))).toBe("XML_DOCTYPE");
    expect(codeOf(() => parseResponse(`<?xml version="1.0"?>${ok.replace("</samlp:Response>", "<?evil?></samlp:Response>")}`))).toBe("XML_DOCTYPE");
    expect(codeOf(() => parseResponse(ok.replace("</samlp:Response>", `<!--${"x".repeat(MAX_SAML_BYTES)}--></samlp:Response>`)))).toBe("XML_TOO_LARGE");
    expect(codeOf(() => parseResponse(ok.replace("</samlp:Response>", "")))).toBe("XML_MALFORMED");
    expect(codeOf(() => parseResponse(ok.replace("<saml:Subject>", "<saml:Subject><unbound:x/>")))).toBe("XML_MALFORMED");
    expect(codeOf(() => parseResponse(`<x xmlns="${P}"/>`))).toBe("XML_MALFORMED");
    expect(codeOf(() => parseResponse(""))).toBe("XML_MALFORMED");
  });
});

describe("parseAssertion", () => {
  it("parses a standalone Assertion and refuses other roots", () => {
    const xml = buildResponse(spec());
    const assertionXml = xml.slice(xml.indexOf("<saml:Assertion"), xml.indexOf("</saml:Assertion>") + "</saml:Assertion>".length).replace("<saml:Assertion ", `<saml:Assertion xmlns:saml="${A}" `);
    expect(parseAssertion(assertionXml)).toEqual(parseResponse(xml).assertions[0]);
    expect(codeOf(() => parseAssertion(xml))).toBe("XML_MALFORMED");
  });
});

describe("attributeMap", () => {
  it("takes the first value trimmed, the first attribute of a name, and skips nameless ones", () => {
    const map = attributeMap({
      ...parseResponse(buildResponse(spec())).assertions[0]!,
      attributes: [
        { name: "name", values: ["  Mario  ", "Other"] },
        { name: "name", values: ["Second"] },
        { name: null, values: ["x"] },
        { name: "empty", values: [] },
        { name: "__proto__", values: ["polluted"] },
      ],
    });
    expect(map.name).toBe("Mario");
    expect(Object.keys(map).sort()).toEqual(["__proto__", "name"]);
    expect(map.__proto__).toBe("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
