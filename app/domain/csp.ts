/**
 * The Content-Security-Policy of every page. Scripts run only from our origin or with the page's
 * nonce; forms may post only to us and to the Identity Providers we trust (Chromium applies
 * form-action to the redirect that follows a form, as in /spid/login → IdP), and no other site may
 * frame the desk.
 */
export interface CspInput {
  nonce?: string;
  /** Origins a form may be submitted (or redirected after submission) to, besides our own. */
  formTargets?: readonly string[];
}

export function contentSecurityPolicy({ nonce, formTargets = [] }: CspInput): string {
  const forms = ["'self'", ...new Set(formTargets.filter((o) => /^https?:\/\/[^/\s;,']+$/.test(o)))];
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    // bootstrap-italia and React set a few style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `form-action ${forms.join(" ")}`,
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Paths that receive cross-site POSTs by design: protected by SAML signatures and InResponseTo, not by Origin. */
export const CROSS_SITE_POST_PATHS = ["/spid/acs", "/cie/acs", "/spid/slo", "/cie/slo", "/test-idp/sso", "/test-idp/slo"] as const;

/**
 * The public API (tax calculators): other sites' pages may call it. It reads no session and no cookie,
 * so a cross-site request carries no authority to abuse.
 */
export const PUBLIC_API_PREFIX = "/api/v1/";

/**
 * Whether a state-changing request comes from one of our own pages. Browsers send Origin on every
 * POST; when it is missing (old browsers), Sec-Fetch-Site decides; when both are missing the request
 * is not from a browser form and has no cookie-borne authority to abuse.
 */
export function isSameOriginPost(input: { method: string; path: string; origin: string | null; secFetchSite: string | null; ownOrigin: string }): boolean {
  if (input.method === "GET" || input.method === "HEAD" || input.method === "OPTIONS") return true;
  if ((CROSS_SITE_POST_PATHS as readonly string[]).includes(input.path)) return true;
  if (input.path.startsWith(PUBLIC_API_PREFIX)) return true;
  if (input.origin && input.origin !== "null") return input.origin === input.ownOrigin;
  if (input.origin === "null") return false;
  if (input.secFetchSite) return input.secFetchSite === "same-origin" || input.secFetchSite === "none";
  return true;
}
