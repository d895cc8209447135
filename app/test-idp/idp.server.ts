/**
 * The bundled test Identity Provider (demo and tests only; off in production). It behaves as a SPID
 * IdP towards our SP: it verifies the signed AuthnRequest with the certificate of OUR metadata (never
 * the KeyInfo the request carries), checks it against the SPID AuthnRequest rules, lets the tester
 * pick a test citizen, a level and an outcome, and answers with a signed SPID Response through the
 * HTTP-POST binding. It only ever answers the SP of this desk.
 */
import { randomBytes } from "node:crypto";
import { newSamlId } from "~/domain/saml/authn-request";
import { checkAuthnRequest, parseAuthnRequest } from "~/domain/saml/authn-request-check";
import { buildLogoutResponse, parseLogoutRequest } from "~/domain/saml/logout";
import { child, text } from "~/domain/saml/dom";
import { parseSafeXml, SamlParseError } from "~/domain/saml/parse";
import { NS } from "~/domain/saml/constants";
import type { SamlProfile } from "~/domain/saml/sp-metadata";
import { levelOf, type SpidLevel } from "~/domain/spid-levels";
import { deleteOldTestIdpRequests, findTestIdpRequest, insertTestIdpRequest, takeTestIdpRequest, type TestIdpRequestRow } from "~/models/test-idp-request.server";
import type { IdentityConfig } from "~/services/identity-config.server";
import { testIdpKey } from "~/services/identity-config.server";
import { peekRedirectQuery, signRedirectQuery, verifyEnvelopedSignature, verifyRedirectQuery } from "~/services/saml/signing.server";
import type { Db } from "~/utils/db.server";
import { findTestCitizen } from "./citizens";
import { buildResponse, errorSpec, successSpec } from "./response-builder";
import { signResponse } from "./sign-response.server";

export const TEST_IDP_ERROR_CODES = [19, 20, 21, 22, 23, 25, 30] as const;

export type ReceiveResult = { ok: true; requestKey: string } | { ok: false; reasons: string[] };

function issuerOf(xml: string): string | null {
  return text(child(parseSafeXml(xml).documentElement, NS.assertion, "Issuer"))?.trim() ?? null;
}

/** The SP (of this desk) that sent the request, by the request's Issuer. */
function senderOf(config: IdentityConfig, issuer: string | null) {
  return (["spid", "cie"] as const).map((p) => config.sp[p]).find((sp) => sp.enabled && sp.key && sp.entityId === issuer);
}

/**
 * An AuthnRequest arriving at /test-idp/sso, by the Redirect binding (`rawQuery`, as received) or
 * the POST binding (`form`). Refused unless signed by our SP and valid by the SPID rules.
 */
export async function receiveAuthnRequest(
  db: Db,
  config: IdentityConfig,
  input: { rawQuery?: string; form?: { SAMLRequest: string | null; RelayState: string | null } },
  now: Date,
  skewMs: number,
): Promise<ReceiveResult> {
  let xml: string;
  let relayState: string | null;
  let sp: ReturnType<typeof senderOf>;
  try {
    if (input.form) {
      if (!input.form.SAMLRequest) return { ok: false, reasons: ["no SAMLRequest"] };
      xml = Buffer.from(input.form.SAMLRequest, "base64").toString("utf8");
      sp = senderOf(config, issuerOf(xml));
      if (!sp?.key) return { ok: false, reasons: ["unknown service provider"] };
      if (!verifyEnvelopedSignature(xml, sp.key.certificatePem)) return { ok: false, reasons: ["bad signature"] };
      relayState = input.form.RelayState;
    } else {
      const raw = input.rawQuery ?? "";
      const peeked = peekRedirectQuery(raw);
      if (peeked?.param !== "SAMLRequest") return { ok: false, reasons: ["no SAMLRequest"] };
      sp = senderOf(config, issuerOf(peeked.xml));
      if (!sp?.key) return { ok: false, reasons: ["unknown service provider"] };
      const verified = verifyRedirectQuery(raw, sp.key.certificatePem);
      if (!verified.ok) return { ok: false, reasons: [verified.reason] };
      xml = verified.xml;
      relayState = verified.relayState;
    }
  } catch (error) {
    return { ok: false, reasons: [error instanceof SamlParseError ? error.message : "unreadable request"] };
  }
  const parsed = parseAuthnRequest(xml);
  const failures = checkAuthnRequest(parsed, { now, skewMs, idpSsoUrls: [config.testIdp.ssoUrl], knownSp: { entityId: sp.entityId } });
  if (failures.length > 0) return { ok: false, reasons: failures.map((f) => `${f.code}: ${f.message}`) };
  const level = levelOf(parsed.requestedAuthnContext?.classRefs[0] ?? null) ?? 2;
  const requestKey = randomBytes(18).toString("base64url");
  await deleteOldTestIdpRequests(db, new Date(now.getTime() - 60 * 60_000).toISOString());
  await insertTestIdpRequest(db, {
    id: requestKey,
    authn_request_id: parsed.id!,
    sp_entity_id: sp.entityId,
    acs_url: sp.acsUrl,
    profile: sp.profile,
    requested_level: level,
    relay_state: relayState,
    created_at: now.toISOString(),
  });
  return { ok: true, requestKey };
}

export async function pendingRequest(db: Db, requestKey: string): Promise<TestIdpRequestRow | undefined> {
  return findTestIdpRequest(db, requestKey);
}

export type TestIdpOutcome = "ok" | (typeof TEST_IDP_ERROR_CODES)[number];

/** The answer chosen on the test IdP's page: a signed Response for the SP's ACS (HTTP-POST binding). */
export async function answerRequest(
  db: Db,
  config: IdentityConfig,
  input: { requestKey: string; citizenKey: string; level: SpidLevel; outcome: TestIdpOutcome },
  now: Date,
): Promise<{ ok: true; action: string; fields: Record<string, string> } | { ok: false; reason: "unknown_request" | "unknown_citizen" }> {
  const citizen = findTestCitizen(input.citizenKey);
  if (!citizen) return { ok: false, reason: "unknown_citizen" };
  const request = await takeTestIdpRequest(db, input.requestKey);
  if (!request) return { ok: false, reason: "unknown_request" };
  const profile = request.profile as SamlProfile;
  const idpEntityId = config.testIdp.entityId[profile];
  const spec =
    input.outcome === "ok"
      ? successSpec({ profile, idpEntityId, spEntityId: request.sp_entity_id, acsUrl: request.acs_url, requestId: request.authn_request_id, now, level: input.level, citizen })
      : errorSpec({ profile, idpEntityId, acsUrl: request.acs_url, requestId: request.authn_request_id, now, errorCode: input.outcome });
  const key = await testIdpKey(db);
  const xml = signResponse(buildResponse(spec), key, input.outcome === "ok" ? "both" : "response-only");
  const fields: Record<string, string> = { SAMLResponse: Buffer.from(xml, "utf8").toString("base64") };
  if (request.relay_state !== null) fields.RelayState = request.relay_state;
  return { ok: true, action: request.acs_url, fields };
}

/** /test-idp/slo: our SP's signed LogoutRequest → the test IdP's signed LogoutResponse, back to the SP (HTTP-Redirect). */
export async function answerLogout(db: Db, config: IdentityConfig, rawQuery: string, now: Date): Promise<{ ok: true; url: string } | { ok: false; reason: string }> {
  const peeked = peekRedirectQuery(rawQuery);
  if (peeked?.param !== "SAMLRequest") return { ok: false, reason: "no SAMLRequest" };
  let parsed: ReturnType<typeof parseLogoutRequest>;
  try {
    parsed = parseLogoutRequest(peeked.xml);
  } catch {
    return { ok: false, reason: "unreadable request" };
  }
  const sp = senderOf(config, parsed.issuer?.value ?? null);
  if (!sp?.key) return { ok: false, reason: "unknown service provider" };
  const verified = verifyRedirectQuery(rawQuery, sp.key.certificatePem);
  if (!verified.ok) return { ok: false, reason: verified.reason };
  if (!parsed.id || parsed.destination !== config.testIdp.sloUrl) return { ok: false, reason: "not for this IdP" };
  const key = await testIdpKey(db);
  const xml = buildLogoutResponse({
    id: newSamlId(),
    issueInstant: now,
    destination: sp.sloUrl,
    issuer: config.testIdp.entityId[sp.profile],
    inResponseTo: parsed.id,
    success: true,
  });
  const query = signRedirectQuery({ param: "SAMLResponse", value: xml, relayState: verified.relayState ?? undefined, privateKeyPem: key.privateKeyPem });
  return { ok: true, url: `${sp.sloUrl}?${query}` };
}
