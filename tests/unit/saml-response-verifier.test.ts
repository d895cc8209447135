import { beforeAll, describe, expect, it } from "vitest";
import { validateCodiceFiscale } from "~/domain/codice-fiscale";
import type { SpidLevel } from "~/domain/spid-levels";
import { generateKeyPair, type KeyPair } from "~/services/keys.server";
import { classifyNodeSamlError, verifySpidResponse, type VerifyResult } from "~/services/saml/response-verifier.server";
import { findTestCitizen, TEST_CITIZENS } from "~/test-idp/citizens";
import { MUTATIONS, type MutationRow } from "~/test-idp/mutations";
import { newSamlId } from "~/domain/saml/authn-request";
import { buildFixture } from "~/test-idp/sign-response.server";

const IDP = "https://sportello.example/test-idp/metadata";
const SP = "https://sportello.example/spid/metadata";
const ACS = "https://sportello.example/spid/acs";
const REQUESTED = ["name", "familyName", "fiscalNumber", "dateOfBirth"];

let idpKey: KeyPair;
let otherKey: KeyPair;

beforeAll(async () => {
  // 2048 bits keeps the suite fast; production keys are 3072.
  [idpKey, otherKey] = await Promise.all([
    generateKeyPair({ commonName: "Test IdP" }, { bits: 2048, days: 2 }),
    generateKeyPair({ commonName: "Somebody else" }, { bits: 2048, days: 2 }),
  ]);
}, 60_000);

/**
 * node-saml reads the real clock, so the fixtures are built around it: the request was issued two
 * seconds ago and the IdP answers now.
 */
async function run(row: MutationRow, over: { requestId?: string } = {}): Promise<{ result: VerifyResult; xml: string }> {
  const now = new Date();
  const requestId = over.requestId ?? newSamlId();
  const { xml, samlResponseB64 } = buildFixture(row, { idpKey, otherKey, idpEntityId: IDP, spEntityId: SP, acsUrl: ACS, requestId, now });
  const result = await verifySpidResponse({
    samlResponseB64,
    idpEntityId: IDP,
    idpCertificates: [idpKey.certificatePem],
    spEntityId: SP,
    acsUrl: ACS,
    request: { id: requestId, issueInstant: new Date(now.getTime() - 2000).toISOString(), level: (row.requestLevel ?? 2) as SpidLevel, requestedAttributes: REQUESTED },
    profile: row.profile ?? "spid",
    now,
    skewMs: 30_000,
  });
  return { result, xml };
}

const offline = MUTATIONS.filter((r) => !r.needsDb);

describe("mutation table", () => {
  it("has unique ids, one row per family at least, and database rows flagged", () => {
    expect(new Set(MUTATIONS.map((r) => r.id)).size).toBe(MUTATIONS.length);
    for (const code of ["XML_DOCTYPE", "SIGNATURE_INVALID", "SIGNATURE_WRAPPED", "AUDIENCE", "SCD_NOT_ON_OR_AFTER", "RESPONSE_ISSUER", "AUTHN_LEVEL_TOO_LOW", "RESPONSE_DESTINATION", "SCD_RECIPIENT", "STATUS_NOT_SUCCESS", "RESPONSE_ISSUE_INSTANT_FUTURE", "RESPONSE_ISSUE_INSTANT_BEFORE_REQUEST", "NAMEID_FORMAT", "ATTRIBUTES_MISSING", "FISCAL_NUMBER_INVALID"]) {
      expect(offline.some((r) => r.expect === code), code).toBe(true);
    }
    expect(MUTATIONS.filter((r) => r.needsDb).map((r) => r.expect).sort()).toEqual(["ASSERTION_REPLAYED", "RESPONSE_UNSOLICITED", "RESPONSE_UNSOLICITED", "RESPONSE_UNSOLICITED"]);
    expect(MUTATIONS.filter((r) => r.needsDb).every((r) => r.scenario)).toBe(true);
  });

  it.each(offline.filter((r) => r.expect !== "ok").map((r) => [r.id, r] as const))("refuses %s", async (_id, row) => {
    const { result } = await run(row);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => f.code), result.detail).toContain(row.expect);
  });

  it.each(offline.filter((r) => r.expect === "ok").map((r) => [r.id, r] as const))("accepts %s", async (_id, row) => {
    const { result } = await run(row);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.failures)} ${result.detail ?? ""}`);
    const citizen = findTestCitizen(row.citizen ?? "mario-rossi")!;
    expect(result.fiscalCode).toBe(citizen.fiscalCode);
    expect(result.fiscalCode).not.toMatch(/^TINIT-/);
    expect(result.attributes.name).toBe(citizen.givenName);
    expect(result.attributes.familyName).toBe(citizen.familyName);
    expect(result.attributes.dateOfBirth).toBe(citizen.dateOfBirth);
    if ((row.profile ?? "spid") === "cie") expect(result.attributes.email).toBeUndefined();
    else expect(result.attributes.email).toBe(citizen.email);
    expect(result.level).toBe(row.id === "ok-l3-when-l2" ? 3 : 2);
    expect(result.nameQualifier).toBe(IDP);
    expect(result.nameId).toMatch(/^_[0-9a-f]{40}$/);
    expect(result.assertionId).toBe(result.assertion.id);
    expect(result.sessionIndex).toMatch(/^_[0-9a-f]{40}$/);
    expect(Date.parse(result.notOnOrAfter)).toBeGreaterThan(Date.now());
  });

  it("hands back the IdP's error message with the refusal", async () => {
    const { result } = await run(MUTATIONS.find((r) => r.id === "error-nr22")!);
    expect(result).toMatchObject({ ok: false, statusMessage: "ErrorCode nr22" });
    if (!result.ok) expect(result.failures.map((f) => f.code)).toEqual(["STATUS_NOT_SUCCESS"]);
  });

  it("refuses a correct response when the IdP's certificate is not among those trusted", async () => {
    const now = new Date();
    const requestId = newSamlId();
    const { samlResponseB64 } = buildFixture(MUTATIONS[0]!, { idpKey, otherKey, idpEntityId: IDP, spEntityId: SP, acsUrl: ACS, requestId, now });
    const result = await verifySpidResponse({
      samlResponseB64, idpEntityId: IDP, idpCertificates: [otherKey.certificatePem], spEntityId: SP, acsUrl: ACS,
      request: { id: requestId, issueInstant: now.toISOString(), level: 2, requestedAttributes: REQUESTED }, profile: "spid", now, skewMs: 30_000,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failures.map((f) => f.code)).toEqual(["SIGNATURE_INVALID"]);
  });

  it("refuses what is not base64 or not a Response", async () => {
    const base = { idpEntityId: IDP, idpCertificates: [idpKey.certificatePem], spEntityId: SP, acsUrl: ACS, request: { id: "_r", issueInstant: new Date().toISOString(), level: 2 as const, requestedAttributes: REQUESTED }, profile: "spid" as const, now: new Date(), skewMs: 30_000 };
    for (const samlResponseB64 of ["%%%", Buffer.from("<a/>").toString("base64"), Buffer.from("<samlp:Response").toString("base64")]) {
      const result = await verifySpidResponse({ ...base, samlResponseB64 });
      expect(result.ok ? [] : result.failures.map((f) => f.code)).toEqual(["XML_MALFORMED"]);
    }
  });

  it("maps node-saml's messages, falling back to SIGNATURE_INVALID", () => {
    expect(classifyNodeSamlError("SAML assertion expired: clocks skewed too much")).toBe("CONDITIONS");
    expect(classifyNodeSamlError("Invalid signature: multiple assertions")).toBe("SIGNATURE_WRAPPED");
    expect(classifyNodeSamlError("Invalid signature")).toBe("SIGNATURE_INVALID");
    expect(classifyNodeSamlError("something new")).toBe("SIGNATURE_INVALID");
  });
});

describe("test citizens", () => {
  it.each(TEST_CITIZENS.map((c) => [c.key, c] as const))("%s has a valid codice fiscale", (_k, c) => {
    expect(validateCodiceFiscale(c.fiscalCode)).toEqual({ ok: true, value: c.fiscalCode });
  });
});
