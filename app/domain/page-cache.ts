/**
 * Which responses the short shared cache of anonymous pages may keep, and under which key.
 * A page is cached only when nobody is logged in, the request is a plain GET of a document, and the
 * response says it is public. The key carries everything that changes the page for an anonymous
 * reader: the path with its query, and the language.
 */
export interface CacheableRequest {
  method: string;
  url: string;
  cookieHeader: string | undefined;
  hasAuthorization: boolean;
}

/** Cookies that mean "this reader has a session": their pages are never shared. */
export const SESSION_COOKIE_PREFIXES = ["__session", "sportello_session"];
/** Cookies that change what an anonymous reader sees, so they are part of the key. */
export const VARYING_COOKIES = ["lang", "prefs"];

export function parseCookies(header: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!header) return map;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    map.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return map;
}

/**
 * Pages that are never shared, even with nobody logged in: login and identity pages (they carry
 * per-visit state such as the shuffled IdP list or a pending request), the personal area and the
 * back-office. They are sent with `Cache-Control: no-store`.
 */
const PRIVATE_PREFIXES = ["/prenota-appuntamento/", "/accedi", "/esci", "/area-personale", "/gestione", "/sessione", "/spid/", "/cie/", "/test-idp"];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(p.endsWith("/") ? p : `${p}/`) || pathname.startsWith(`${p}.`));
}

export function pageCacheKey(req: CacheableRequest): string | null {
  if (req.method !== "GET" || req.hasAuthorization) return null;
  const url = new URL(req.url, "http://local");
  if (isPrivatePath(url.pathname)) return null;
  // Remix data requests (.data) and resource routes decide for themselves.
  if (url.pathname.endsWith(".data") || url.pathname === "/healthz") return null;
  const cookies = parseCookies(req.cookieHeader);
  for (const name of cookies.keys()) {
    if (SESSION_COOKIE_PREFIXES.some((p) => name.startsWith(p))) return null;
  }
  const vary = VARYING_COOKIES.map((name) => `${name}=${cookies.get(name) ?? ""}`).join(";");
  return `${url.pathname}${url.search}|${vary}`;
}

export function isStorableResponse(status: number, headers: Headers): boolean {
  if (status !== 200) return false;
  if (headers.has("set-cookie")) return false;
  const cc = headers.get("cache-control") ?? "";
  if (!/\bpublic\b/.test(cc) || /\b(private|no-store)\b/.test(cc)) return false;
  return (headers.get("content-type") ?? "").startsWith("text/html");
}
