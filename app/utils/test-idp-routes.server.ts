/** The test IdP's routes: 404 when it is off; otherwise parse, call the test IdP, answer. */
import { data, redirect } from "@remix-run/node";
import { TEST_CITIZENS } from "~/test-idp/citizens";
import { answerLogout, answerRequest, pendingRequest, receiveAuthnRequest, TEST_IDP_ERROR_CODES, type TestIdpOutcome } from "~/test-idp/idp.server";
import type { SamlProfile } from "~/domain/saml/sp-metadata";
import { testIdpMetadata } from "~/services/saml-metadata.server";
import { autoPostResponse } from "./auto-post.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { formatDate } from "./format";
import { getFixedT } from "./i18next.server";
import { config } from "./saml-routes.server";

async function enabledConfig(request: Request) {
  const cfg = await config(request);
  if (!cfg.testIdp.enabled) throw data(null, { status: 404 });
  return cfg;
}

export async function testIdpMetadataLoader(request: Request, profile: SamlProfile): Promise<Response> {
  const cfg = await enabledConfig(request);
  const xml = await testIdpMetadata(db(), cfg, profile);
  return new Response(xml, { headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8", "Cache-Control": "no-store" } });
}

/** GET (Redirect binding) or POST (POST binding) /test-idp/sso. */
export async function ssoHandler(request: Request) {
  const cfg = await enabledConfig(request);
  const now = new Date();
  const skew = env().SAML_CLOCK_SKEW_MS;
  let result;
  if (request.method === "POST") {
    const form = await request.formData();
    const value = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : null);
    result = await receiveAuthnRequest(db(), cfg, { form: { SAMLRequest: value("SAMLRequest"), RelayState: value("RelayState") } }, now, skew);
  } else {
    result = await receiveAuthnRequest(db(), cfg, { rawQuery: new URL(request.url).search }, now, skew);
  }
  if (result.ok) return redirect(`/test-idp/accedi?richiesta=${result.requestKey}`, 303);
  const { t } = await getFixedT(request);
  return data({ meta: { title: t("identity.testIdp.title") }, reasons: result.reasons }, { status: 400 });
}

/** The test IdP's login page: which test citizen, which level, which outcome. */
export async function testIdpLoginLoader(request: Request) {
  await enabledConfig(request);
  const { t, lang } = await getFixedT(request);
  const key = new URL(request.url).searchParams.get("richiesta") ?? "";
  const pending = key ? await pendingRequest(db(), key) : undefined;
  const base = { meta: { title: t("identity.testIdp.title") } };
  if (!pending) return data({ ...base, pending: null, citizens: [], errors: [] as number[] }, { status: 404 });
  return {
    ...base,
    pending: { key, sp: pending.sp_entity_id, level: pending.requested_level, profile: pending.profile },
    citizens: TEST_CITIZENS.map((c) => ({ key: c.key, name: `${c.givenName} ${c.familyName}`, born: formatDate(c.dateOfBirth, lang), code: c.fiscalCode })),
    errors: [...TEST_IDP_ERROR_CODES] as number[],
  };
}

/** POST /test-idp/risposta: the signed answer, posted to the SP's assertion consumer service. */
export async function testIdpAnswer(request: Request): Promise<Response> {
  const cfg = await enabledConfig(request);
  const form = await request.formData();
  const requestKey = String(form.get("richiesta") ?? "");
  const cancelled = form.get("annulla") !== null;
  const rawOutcome = cancelled ? "25" : String(form.get("esito") ?? "ok");
  const outcome: TestIdpOutcome = rawOutcome === "ok" ? "ok" : ((TEST_IDP_ERROR_CODES as readonly number[]).includes(Number(rawOutcome)) ? (Number(rawOutcome) as TestIdpOutcome) : "ok");
  const level = Number(form.get("livello"));
  const answered = await answerRequest(
    db(),
    cfg,
    { requestKey, citizenKey: String(form.get("cittadino") ?? ""), level: level === 1 || level === 3 ? level : 2, outcome },
    new Date(),
  );
  if (!answered.ok) return redirect(`/test-idp/accedi?richiesta=${encodeURIComponent(requestKey)}`, 303);
  const { t, lang } = await getFixedT(request);
  return autoPostResponse({
    action: answered.action,
    fields: answered.fields,
    lang,
    title: t("identity.redirect.backTitle"),
    text: t("identity.redirect.backText"),
    button: t("identity.redirect.button"),
    skip: t("skip.toContent"),
  });
}

/** GET /test-idp/slo: the SP's logout request, answered at once (the test IdP keeps no sessions). */
export async function testIdpSlo(request: Request): Promise<Response> {
  const cfg = await enabledConfig(request);
  const answered = await answerLogout(db(), cfg, new URL(request.url).search, new Date());
  if (!answered.ok) throw data(answered.reason, { status: 400 });
  return redirect(answered.url, 302);
}
