/**
 * What the SPID and CIE routes share (/spid/* and /cie/* differ only by the profile): parse the
 * request, call the auth service, turn its result into a response.
 */
import { createCookie, data, redirect } from "@remix-run/node";
import { safeReturnPath } from "~/domain/principal";
import type { SamlProfile } from "~/domain/saml/sp-metadata";
import type { SpidLevel } from "~/domain/spid-levels";
import { record } from "~/services/audit.server";
import { BINDING_COOKIE, completeLogin, handleSingleLogout, startLogin, startSingleLogout } from "~/services/auth.server";
import { cieIdp, identityConfig, publicBase } from "~/services/identity-config.server";
import { spMetadata } from "~/services/saml-metadata.server";
import { endSession, getAuth, startSession } from "./auth.server";
import { autoPostResponse } from "./auto-post.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { getFixedT } from "./i18next.server";
import { loginPreferencesCookie } from "./reading-preferences.server";
import { requestMeta } from "./request-meta.server";

/**
 * Ties the IdP's answer to the browser that started the login. The IdP posts the answer from its
 * own site, so over HTTPS the cookie must be SameSite=None to come back; on plain-HTTP development
 * (test IdP on the same site) Lax is enough and None would be refused without Secure.
 */
function bindingCookie(base: string) {
  const https = base.startsWith("https:");
  // "__Host-" (https only): no sibling subdomain of the comune can plant this cookie for the desk.
  return createCookie(https ? `__Host-${BINDING_COOKIE}` : BINDING_COOKIE, {
    httpOnly: true,
    path: "/",
    sameSite: https ? "none" : "lax",
    secure: https,
    maxAge: Math.floor(env().SAML_REQUEST_TTL_MS / 1000),
  });
}

export async function config(request: Request) {
  return identityConfig(db(), publicBase(request));
}

/** The level asked: what a service needs, never below the desk's default (a form field cannot lower it). */
const levelFrom = (value: FormDataEntryValue | null): SpidLevel => {
  const n = Number(value);
  return Math.max(n === 1 || n === 2 || n === 3 ? n : 0, env().SPID_DEFAULT_LEVEL) as SpidLevel;
};

/** POST /spid/login and /cie/login: off to the IdP, by redirect or by an auto-posting form. */
export async function loginAction(request: Request, profile: SamlProfile): Promise<Response> {
  const form = await request.formData();
  const cfg = await config(request);
  const returnTo = safeReturnPath(String(form.get("ritorno") ?? ""));
  const idpEntityId = profile === "cie" ? (cieIdp(cfg)?.entityId ?? "") : String(form.get("idp") ?? "");
  const e = env();
  const started = await startLogin(
    db(),
    cfg,
    { profile, idpEntityId, level: levelFrom(form.get("livello")), returnTo },
    { now: new Date(), requestTtlMs: e.SAML_REQUEST_TTL_MS },
  );
  if (!started.ok) return redirect(`/accedi?errore=${started.reason}&ritorno=${encodeURIComponent(returnTo)}`, 303);
  const setCookie = await bindingCookie(cfg.base).serialize(started.nonce);
  if (started.kind === "redirect") return redirect(started.url, { status: 302, headers: { "Set-Cookie": setCookie, "Cache-Control": "no-store" } });
  const { t, lang } = await getFixedT(request);
  const page = autoPostResponse({
    action: started.action,
    fields: started.fields,
    lang,
    title: t("identity.redirect.title"),
    text: t("identity.redirect.text"),
    button: t("identity.redirect.button"),
    skip: t("skip.toContent"),
  });
  page.headers.append("Set-Cookie", setCookie);
  return page;
}

/** POST /spid/acs and /cie/acs: the IdP's answer. Success → a new session; anything else → 403 with a page that says what to do. */
export async function acsAction(request: Request, profile: SamlProfile) {
  const cfg = await config(request);
  const form = await request.formData();
  const cookie = bindingCookie(cfg.base);
  const nonce = (await cookie.parse(request.headers.get("Cookie"))) as string | null;
  const e = env();
  const result = await completeLogin(
    db(),
    cfg,
    {
      profile,
      samlResponse: typeof form.get("SAMLResponse") === "string" ? (form.get("SAMLResponse") as string) : null,
      relayState: typeof form.get("RelayState") === "string" ? (form.get("RelayState") as string) : null,
      bindingNonce: typeof nonce === "string" ? nonce : null,
    },
    { now: new Date(), requestTtlMs: e.SAML_REQUEST_TTL_MS, skewMs: e.SAML_CLOCK_SKEW_MS },
    requestMeta(request),
  );
  const clear = await cookie.serialize("", { maxAge: 0 });
  if (result.ok) {
    const session = await startSession(request, result.subject);
    const headers = new Headers({ "Cache-Control": "no-store" });
    headers.append("Set-Cookie", session);
    headers.append("Set-Cookie", clear);
    // The reading preferences saved on the profile follow the citizen to this browser.
    const preferences = await loginPreferencesCookie(request, { kind: "citizen", id: result.subject.id });
    if (preferences) headers.append("Set-Cookie", preferences);
    return redirect(result.returnTo, { status: 303, headers });
  }
  const { t } = await getFixedT(request);
  const message =
    result.kind === "idp_error" && result.spidError
      ? t(result.spidError.i18nKey)
      : result.kind === "expired"
        ? t("identity.failure.expired")
        : result.codes.includes("AUTHN_LEVEL_TOO_LOW")
          ? t("identity.failure.levelTooLow")
          : t("identity.failure.refused");
  return data(
    {
      meta: { title: t("identity.failure.title") },
      failure: { message, retry: `/accedi?ritorno=${encodeURIComponent(result.returnTo)}`, reference: result.codes.join(" ") },
    },
    { status: 403, headers: { "Set-Cookie": clear, "Cache-Control": "no-store" } },
  );
}

/** GET /spid/metadata and /cie/metadata: our signed SP metadata. */
export async function metadataLoader(request: Request, profile: SamlProfile): Promise<Response> {
  const cfg = await config(request);
  const xml = await spMetadata(db(), cfg, profile);
  if (!xml) throw data(null, { status: 404 });
  return new Response(xml, {
    headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

/**
 * POST /esci: the local logout always happens first; then, for a SPID login, the IdP's single logout.
 * It must always work, even from a page whose token is stale (another tab logged in again): so no
 * token is asked — the server's Origin check still refuses a logout pushed by another site.
 */
export async function logoutAction(request: Request): Promise<Response> {
  const auth = await getAuth(request);
  const done = "/accedi?esito=uscito";
  if (auth.principal.kind === "anonymous") return redirect(done, 303);
  const principal = auth.principal;
  const cookie = await endSession(request);
  const headers = new Headers({ "Set-Cookie": cookie, "Cache-Control": "no-store" });
  if (principal.kind !== "citizen") {
    await logStaffOut(principal.staff.id, request);
    return redirect("/gestione/accedi?esito=uscito", { status: 303, headers });
  }
  const e = env();
  const slo = await startSingleLogout(db(), await config(request), principal.citizen, { now: new Date(), requestTtlMs: e.SAML_REQUEST_TTL_MS }, requestMeta(request));
  return redirect(slo ?? done, { status: slo ? 302 : 303, headers });
}

async function logStaffOut(staffId: number, request: Request) {
  await record(db(), { event: "logout", outcome: "success", actor: { kind: "staff", id: staffId }, meta: requestMeta(request) });
}

/** GET /spid/slo (and /cie/slo): the IdP's answer to our logout, or its own logout request. */
export async function sloLoader(request: Request, profile: SamlProfile): Promise<Response> {
  const e = env();
  const result = await handleSingleLogout(db(), await config(request), profile, new URL(request.url).search, { now: new Date(), skewMs: e.SAML_CLOCK_SKEW_MS }, requestMeta(request));
  switch (result.kind) {
    case "answer":
      return redirect(result.url, 302);
    case "logged_out":
      return redirect(result.confirmed ? "/accedi?esito=uscito" : "/accedi?esito=uscito-parziale", 303);
    case "refused":
      throw data({ reason: result.reason }, { status: 400 });
  }
}

/**
 * The ACS page's loader. It runs after the action too (to render a refusal), and then must not
 * redirect; a plain visit has nothing to show and goes to the login page. Remix hands the loader a
 * GET copy of the POST with the same headers, so the form's Content-Type tells the two apart.
 */
export async function acsLoader(request: Request) {
  if (!request.headers.get("content-type")) throw redirect("/accedi", 303);
  const { t } = await getFixedT(request);
  return { meta: { title: t("identity.failure.title") } };
}
