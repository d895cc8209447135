/**
 * Citizen login with SPID and CIE, as a SAML 2 Service Provider (docs/identity-plan.md §7):
 * `startLogin` builds and signs the AuthnRequest and remembers it; `completeLogin` is the assertion
 * consumer: it consumes the stored request (unsolicited and reused responses are refused), lets the
 * verifier check signatures and the SPID rules, refuses replayed assertions, records the citizen
 * and audits the outcome.
 */
import { createHash, randomBytes } from "node:crypto";
import type { CitizenSubject } from "~/domain/principal";
import { buildAuthnRequest, newSamlId } from "~/domain/saml/authn-request";
import { buildLogoutRequest, buildLogoutResponse, parseLogoutRequest, parseLogoutResponse } from "~/domain/saml/logout";
import { parseResponse, SamlParseError } from "~/domain/saml/parse";
import type { SamlProfile } from "~/domain/saml/sp-metadata";
import { spidErrorFrom, type SpidError } from "~/domain/spid-errors";
import type { SpidFailureCode } from "~/domain/spid-response-check";
import type { SpidLevel } from "~/domain/spid-levels";
import { upsertCitizen } from "~/models/citizen.server";
import { consumeSamlRequest, insertSamlRequest } from "~/models/saml-request.server";
import { deleteSessionsByNameId } from "~/models/session.server";
import { rememberAssertion } from "~/models/used-assertion.server";
import type { Db } from "~/utils/db.server";
import { record, type RequestMeta } from "./audit.server";
import { findIdp, type IdentityConfig } from "./identity-config.server";
import { verifySpidResponse } from "./saml/response-verifier.server";
import { peekRedirectQuery, signRedirectQuery, signXml, verifyRedirectQuery } from "./saml/signing.server";

export const BINDING_COOKIE = "spid_login";

export interface LoginTiming {
  now: Date;
  requestTtlMs: number;
  skewMs: number;
}

export type StartLoginResult =
  | { ok: true; kind: "redirect"; url: string; nonce: string; requestId: string }
  | { ok: true; kind: "post"; action: string; fields: Record<string, string>; nonce: string; requestId: string }
  | { ok: false; reason: "disabled" | "unknown_idp" };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/**
 * Starts a login at the IdP the citizen chose. The Redirect binding is used when the IdP offers it
 * (the request travels in the URL, signed over the query string); otherwise the POST binding, with
 * the signature inside the XML. `binding` forces one (tests cover both).
 */
export async function startLogin(
  db: Db,
  config: IdentityConfig,
  input: { profile: SamlProfile; idpEntityId: string; level: SpidLevel; returnTo: string; binding?: "redirect" | "post" },
  timing: Pick<LoginTiming, "now" | "requestTtlMs">,
): Promise<StartLoginResult> {
  const sp = config.sp[input.profile];
  if (!sp.enabled || !sp.key) return { ok: false, reason: "disabled" };
  const idp = findIdp(config, input.profile, input.idpEntityId);
  if (!idp) return { ok: false, reason: "unknown_idp" };
  const binding = input.binding ?? (idp.ssoRedirect ? "redirect" : "post");
  const destination = binding === "redirect" ? idp.ssoRedirect : idp.ssoPost;
  if (!destination) return { ok: false, reason: "unknown_idp" };

  const id = newSamlId();
  const xml = buildAuthnRequest({
    id,
    issueInstant: timing.now,
    destination,
    entityId: sp.entityId,
    level: input.level,
    acsIndex: 0,
    attributeIndex: 0,
  });
  const relayState = randomBytes(18).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await insertSamlRequest(db, {
    id,
    kind: "authn",
    profile: input.profile,
    idp_entity_id: idp.entityId,
    requested_level: input.level,
    acs_url: sp.acsUrl,
    issue_instant: timing.now.toISOString(),
    expires_at: new Date(timing.now.getTime() + timing.requestTtlMs).toISOString(),
    relay_state: relayState,
    return_to: input.returnTo,
    browser_binding_hash: sha256(nonce),
    session_id: null,
  });
  if (binding === "redirect") {
    const query = signRedirectQuery({ param: "SAMLRequest", value: xml, relayState, privateKeyPem: sp.key.privateKeyPem });
    return { ok: true, kind: "redirect", url: `${destination}${destination.includes("?") ? "&" : "?"}${query}`, nonce, requestId: id };
  }
  const signed = signXml(xml, { rootLocalName: "AuthnRequest", privateKeyPem: sp.key.privateKeyPem, certificatePem: sp.key.certificatePem });
  return {
    ok: true,
    kind: "post",
    action: destination,
    fields: { SAMLRequest: Buffer.from(signed, "utf8").toString("base64"), RelayState: relayState },
    nonce,
    requestId: id,
  };
}

export type CompleteLoginResult =
  | { ok: true; subject: CitizenSubject; returnTo: string }
  | {
      ok: false;
      /** "idp_error": the IdP said no (the citizen's own page); "expired": no pending request; "refused": the answer failed a check. */
      kind: "idp_error" | "expired" | "refused";
      spidError?: SpidError;
      codes: (SpidFailureCode | "BROWSER_MISMATCH" | "RELAY_STATE")[];
      /** Where the citizen was going: the retry link goes back there. */
      returnTo: string;
    };

/** The InResponseTo of the raw answer, read before anything is trusted; DOCTYPE & co. are refused here already. */
function readInResponseTo(xml: string): { id: string | null } | { refused: "XML_DOCTYPE" | "XML_MALFORMED" } {
  try {
    return { id: parseResponse(xml).response.inResponseTo };
  } catch (error) {
    if (error instanceof SamlParseError) return { refused: error.code === "XML_DOCTYPE" ? "XML_DOCTYPE" : "XML_MALFORMED" };
    throw error;
  }
}

/** The assertion consumer service: every refusal is audited with its codes and answered with 403 by the route. */
export async function completeLogin(
  db: Db,
  config: IdentityConfig,
  input: { profile: SamlProfile; samlResponse: string | null; relayState: string | null; bindingNonce: string | null },
  timing: LoginTiming,
  meta: RequestMeta,
): Promise<CompleteLoginResult> {
  const event = `login.${input.profile}`;
  const fail = async (
    kind: "idp_error" | "expired" | "refused",
    codes: Extract<CompleteLoginResult, { ok: false }>["codes"],
    details: Record<string, unknown> = {},
    extra: { spidError?: SpidError; returnTo?: string } = {},
  ): Promise<CompleteLoginResult> => {
    await record(db, { event: `${event}.failure`, outcome: "failure", actor: { kind: "anonymous" }, details: { kind, codes, ...details }, meta, at: timing.now });
    return { ok: false, kind, codes, spidError: extra.spidError, returnTo: extra.returnTo ?? "/area-personale" };
  };

  if (!input.samlResponse || input.samlResponse.length > 400_000) return fail("refused", ["XML_MALFORMED"]);
  let xml: string;
  try {
    xml = Buffer.from(input.samlResponse, "base64").toString("utf8");
  } catch {
    return fail("refused", ["XML_MALFORMED"]);
  }
  const read = readInResponseTo(xml);
  if ("refused" in read) return fail("refused", [read.refused]);
  const inResponseTo = read.id;
  if (!inResponseTo) return fail("refused", ["RESPONSE_UNSOLICITED"], { reason: "no InResponseTo" });

  // One use only, across every instance: the row is deleted as it is read.
  const request = await consumeSamlRequest(db, inResponseTo, "authn", timing.now.toISOString());
  if (!request || request.profile !== input.profile) return fail("expired", ["RESPONSE_UNSOLICITED"], { inResponseTo });
  const returnTo = request.return_to;
  // The answer must come back to the browser that asked (no login CSRF) with the RelayState we sent.
  if (!input.bindingNonce || sha256(input.bindingNonce) !== request.browser_binding_hash) {
    return fail("refused", ["BROWSER_MISMATCH"], { idp: request.idp_entity_id }, { returnTo });
  }
  if (input.relayState !== request.relay_state) return fail("refused", ["RELAY_STATE"], { idp: request.idp_entity_id }, { returnTo });

  const idp = findIdp(config, input.profile, request.idp_entity_id);
  const sp = config.sp[input.profile];
  if (!idp) return fail("refused", ["RESPONSE_ISSUER"], { idp: request.idp_entity_id, reason: "IdP no longer trusted" }, { returnTo });

  const verified = await verifySpidResponse({
    samlResponseB64: input.samlResponse,
    idpEntityId: idp.entityId,
    idpCertificates: idp.certificatesPem,
    spEntityId: sp.entityId,
    acsUrl: request.acs_url,
    request: { id: request.id, issueInstant: request.issue_instant, level: request.requested_level as SpidLevel, requestedAttributes: [...sp.attributes] },
    profile: input.profile,
    now: timing.now,
    skewMs: timing.skewMs,
  });
  if (!verified.ok) {
    const codes = verified.failures.map((f) => f.code);
    const details = { idp: idp.entityId, paths: verified.failures.map((f) => f.path), detail: verified.detail };
    // The IdP's own "no" (wrong password, cancelled…) is shown as such; anything else is a refusal.
    if (codes.length === 1 && codes[0] === "STATUS_NOT_SUCCESS") {
      const spidError = spidErrorFrom(verified.statusMessage);
      return fail("idp_error", codes, { ...details, statusMessage: verified.statusMessage }, { spidError, returnTo });
    }
    return fail("refused", codes, details, { returnTo });
  }

  const fresh = await rememberAssertion(db, {
    idp_entity_id: idp.entityId,
    assertion_id: verified.assertionId,
    not_on_or_after: verified.notOnOrAfter,
    used_at: timing.now.toISOString(),
  });
  if (!fresh) return fail("refused", ["ASSERTION_REPLAYED"], { idp: idp.entityId, assertionId: verified.assertionId }, { returnTo });

  const a = verified.attributes;
  const givenName = (a.name ?? "").trim();
  const familyName = (a.familyName ?? "").trim();
  const dateOfBirth = /^\d{4}-\d{2}-\d{2}$/.test(a.dateOfBirth ?? "") ? a.dateOfBirth! : null;
  const email = a.email?.trim() || null;
  const citizenId = await upsertCitizen(
    db,
    { fiscal_code: verified.fiscalCode, given_name: givenName, family_name: familyName, date_of_birth: dateOfBirth, email },
    input.profile,
    timing.now.toISOString(),
  );
  await record(db, {
    event: `${event}.success`,
    outcome: "success",
    actor: { kind: "citizen", id: citizenId, fiscalCode: verified.fiscalCode },
    details: { idp: idp.entityId, level: verified.level, test: idp.test },
    meta,
    at: timing.now,
  });
  return {
    ok: true,
    returnTo,
    subject: {
      kind: "citizen",
      id: citizenId,
      fiscalCode: verified.fiscalCode,
      givenName,
      familyName,
      dateOfBirth,
      email,
      method: input.profile,
      level: verified.level,
      idpEntityId: idp.entityId,
      nameId: verified.nameId,
      nameQualifier: verified.nameQualifier,
      sessionIndex: verified.sessionIndex,
    },
  };
}

/**
 * After the local logout (always done first, whatever happens next): when the session came from an
 * IdP that offers single logout, a signed LogoutRequest for it (HTTP-Redirect). Null = nothing more to do.
 */
export async function startSingleLogout(
  db: Db,
  config: IdentityConfig,
  subject: CitizenSubject,
  timing: Pick<LoginTiming, "now" | "requestTtlMs">,
  meta: RequestMeta,
): Promise<string | null> {
  await record(db, { event: "logout", outcome: "success", actor: { kind: "citizen", id: subject.id, fiscalCode: subject.fiscalCode }, details: { idp: subject.idpEntityId }, meta, at: timing.now });
  const sp = config.sp[subject.method];
  const idp = findIdp(config, subject.method, subject.idpEntityId);
  if (!sp.key || !idp?.sloRedirect || !subject.sessionIndex) return null;
  const id = newSamlId();
  const xml = buildLogoutRequest({
    id,
    issueInstant: timing.now,
    destination: idp.sloRedirect,
    spEntityId: sp.entityId,
    nameId: subject.nameId,
    nameQualifier: subject.nameQualifier ?? idp.entityId,
    sessionIndex: subject.sessionIndex,
  });
  const relayState = randomBytes(18).toString("base64url");
  await insertSamlRequest(db, {
    id,
    kind: "logout",
    profile: subject.method,
    idp_entity_id: idp.entityId,
    requested_level: subject.level,
    acs_url: sp.sloUrl,
    issue_instant: timing.now.toISOString(),
    expires_at: new Date(timing.now.getTime() + timing.requestTtlMs).toISOString(),
    relay_state: relayState,
    return_to: "/accedi?esito=uscito",
    browser_binding_hash: "",
    session_id: null,
  });
  const query = signRedirectQuery({ param: "SAMLRequest", value: xml, relayState, privateKeyPem: sp.key.privateKeyPem });
  return `${idp.sloRedirect}${idp.sloRedirect.includes("?") ? "&" : "?"}${query}`;
}

export type SingleLogoutResult =
  | { kind: "logged_out"; confirmed: boolean }
  | { kind: "answer"; url: string }
  | { kind: "refused"; reason: string };

/**
 * /spid/slo, HTTP-Redirect binding: the IdP's LogoutResponse to our request, or an IdP-initiated
 * LogoutRequest (the citizen logged out elsewhere): then every session of that login ends here too,
 * and we answer with a signed LogoutResponse.
 */
export async function handleSingleLogout(
  db: Db,
  config: IdentityConfig,
  profile: SamlProfile,
  rawQuery: string,
  timing: Pick<LoginTiming, "now" | "skewMs">,
  meta: RequestMeta,
): Promise<SingleLogoutResult> {
  const sp = config.sp[profile];
  const peeked = peekRedirectQuery(rawQuery);
  if (!peeked || !sp.key) return { kind: "refused", reason: "no readable SAML message" };
  if (peeked.param === "SAMLResponse") {
    let parsed: ReturnType<typeof parseLogoutResponse>;
    try {
      parsed = parseLogoutResponse(peeked.xml);
    } catch {
      return { kind: "refused", reason: "unreadable LogoutResponse" };
    }
    const request = parsed.inResponseTo ? await consumeSamlRequest(db, parsed.inResponseTo, "logout", timing.now.toISOString()) : undefined;
    if (!request) return { kind: "refused", reason: "unsolicited LogoutResponse" };
    const idp = findIdp(config, profile, request.idp_entity_id);
    const verified = idp?.certificatesPem.some((cert) => verifyRedirectQuery(rawQuery, cert).ok) ?? false;
    if (!verified || parsed.issuer?.value !== request.idp_entity_id || parsed.destination !== sp.sloUrl) {
      return { kind: "refused", reason: "LogoutResponse not verified" };
    }
    return { kind: "logged_out", confirmed: parsed.success };
  }
  let parsed: ReturnType<typeof parseLogoutRequest>;
  try {
    parsed = parseLogoutRequest(peeked.xml);
  } catch {
    return { kind: "refused", reason: "unreadable LogoutRequest" };
  }
  const idp = parsed.issuer ? findIdp(config, profile, parsed.issuer.value) : undefined;
  if (!idp || !idp.certificatesPem.some((cert) => verifyRedirectQuery(rawQuery, cert).ok)) return { kind: "refused", reason: "LogoutRequest not verified" };
  if (parsed.destination !== sp.sloUrl || !parsed.id || !parsed.nameId?.value) return { kind: "refused", reason: "LogoutRequest not for us" };
  const ended = await deleteSessionsByNameId(db, parsed.nameId.value);
  await record(db, { event: "logout.idp_initiated", outcome: "success", actor: { kind: "system" }, details: { idp: idp.entityId, sessions: ended }, meta, at: timing.now });
  if (!idp.sloRedirect) return { kind: "logged_out", confirmed: true };
  const xml = buildLogoutResponse({ id: newSamlId(), issueInstant: timing.now, destination: idp.sloRedirect, issuer: sp.entityId, inResponseTo: parsed.id, success: true });
  const query = signRedirectQuery({ param: "SAMLResponse", value: xml, relayState: peeked.relayState ?? undefined, privateKeyPem: sp.key.privateKeyPem });
  return { kind: "answer", url: `${idp.sloRedirect}${idp.sloRedirect.includes("?") ? "&" : "?"}${query}` };
}
