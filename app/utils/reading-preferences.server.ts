/**
 * The reading preferences' cookie: first-party, functional (no consent needed), SameSite=Lax,
 * HttpOnly (only the server reads it, to put the classes on <html>), one year. Its value is the
 * domain's short form (e.g. "t150cs"): nothing else, nothing that identifies anyone.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { safeReturnPath } from "~/domain/principal";
import { isDefaultPreferences, parsePreferences, type ReadingPreferences, serializePreferences } from "~/domain/reading-preferences";
import type { ProfileRef } from "~/models/reading-preferences.server";
import { choosePreferences, preferencesAtLogin } from "~/services/reading-preferences.server";
import { getAuth, requireCsrf } from "./auth.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { getFixedT } from "./i18next.server";
import { hadErrors, markErrors } from "./staff-routes.server";

/** The name the page cache already varies on (app/domain/page-cache.ts, VARYING_COOKIES): cached pages differ by it. */
export const PREFERENCES_COOKIE = "prefs";
const ONE_YEAR = 60 * 60 * 24 * 365;

/** The cookie's raw value, or null when the browser has none. */
export function preferencesCookieValue(request: Request): string | null {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === PREFERENCES_COOKIE) return rest.join("=");
  }
  return null;
}

export function readPreferences(request: Request): ReadingPreferences {
  return parsePreferences(preferencesCookieValue(request));
}

/** Set-Cookie for these preferences; the normal ones delete the cookie (no cookie for who changes nothing). */
export function preferencesSetCookie(p: ReadingPreferences): string {
  const secure = env().PUBLIC_BASE_URL?.startsWith("https:") ? "; Secure" : "";
  const base = `; Path=/; SameSite=Lax; HttpOnly${secure}`;
  return isDefaultPreferences(p)
    ? `${PREFERENCES_COOKIE}=${base}; Max-Age=0`
    : `${PREFERENCES_COOKIE}=${serializePreferences(p)}${base}; Max-Age=${ONE_YEAR}`;
}

/** At login: the Set-Cookie that brings the profile's preferences to this browser, or null (nothing to change). */
export async function loginPreferencesCookie(request: Request, profile: ProfileRef): Promise<string | null> {
  const saved = await preferencesAtLogin(db(), profile, preferencesCookieValue(request));
  return saved ? preferencesSetCookie(saved) : null;
}

// --- the page /preferenze-di-lettura ---------------------------------------------------------

const PAGE = "/preferenze-di-lettura";
const OUTCOMES = ["salvate", "salvate-profilo", "ripristinate"] as const;
type Outcome = (typeof OUTCOMES)[number];

/** Where to go back: a path of this site other than the page itself (safeReturnPath refuses the rest). */
function returnPathOf(value: FormDataEntryValue | string | null): string | null {
  const path = safeReturnPath(typeof value === "string" ? value : null, "");
  return path && path.split(/[?#]/)[0] !== PAGE ? path : null;
}

export async function preferencesLoader(request: Request, context?: AppLoadContext) {
  const url = new URL(request.url);
  const { t } = await getFixedT(request);
  const outcome = url.searchParams.get("esito");
  return {
    // After a refused form the loader runs too: the title must still say "Errore: ".
    meta: { title: t("title", { ns: "preferences" }), hasErrors: hadErrors(context) },
    preferences: readPreferences(request),
    returnTo: returnPathOf(url.searchParams.get("ritorno")),
    outcome: OUTCOMES.includes(outcome as Outcome) ? (outcome as Outcome) : null,
    errors: null as Record<string, string> | null,
  };
}

/**
 * POST: the preferences are checked, kept in the cookie (and on the profile of whoever is logged
 * in), then the reader goes back to the page they came from, or sees the page again with a message.
 */
export async function preferencesAction(request: Request, context?: AppLoadContext) {
  const form = await request.formData();
  const auth = await getAuth(request);
  // Logged in: the session's token, as every form that changes a profile. Anonymous: only this
  // browser's cookie changes, and the server's Origin check refuses cross-site posts (as /lingua).
  if (auth.principal.kind !== "anonymous") await requireCsrf(request, form);
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : null;
  };
  const result = await choosePreferences(db(), auth.principal, get);
  const returnTo = returnPathOf(form.get("ritorno"));
  if (!result.ok) {
    markErrors(context);
    const { t } = await getFixedT(request);
    return data(
      {
        meta: { title: t("title", { ns: "preferences" }), hasErrors: true },
        preferences: result.values,
        returnTo,
        outcome: null,
        errors: result.errors,
      },
      { status: 400 },
    );
  }
  const outcome: Outcome = get("intent") === "reset" ? "ripristinate" : auth.principal.kind === "anonymous" ? "salvate" : "salvate-profilo";
  const target = returnTo ?? `${PAGE}?esito=${outcome}`;
  return redirect(target, { status: 303, headers: { "Set-Cookie": preferencesSetCookie(result.preferences) } });
}
