/**
 * Who is asking, for loaders and actions: reads the database session once per request, re-checks a
 * delegate's "acting for" and a staff member's roles on every request, rotates the session at login,
 * checks the CSRF token of every state-changing form, and refuses what the permission matrix refuses
 * (303 to the right login page for a visitor, a translated 403 for the wrong role, audited).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { data, redirect, type Session } from "@remix-run/node";
import { todayInItaly } from "~/domain/dates";
import { can, type Permission, type Scope } from "~/domain/permissions";
import { actorOf, type ActingFor, type Principal, type SessionSubject, type StaffStage, safeReturnPath } from "~/domain/principal";
import { record } from "~/services/audit.server";
import { serviceLoginLevel } from "~/services/catalogue.server";
import { checkActingFor, stopActingFor } from "~/services/delegations.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { requestMeta } from "./request-meta.server";
import { CSRF_FIELD } from "./csrf";
import type { UserSummary } from "./root-data";
import { sessionStorage } from "./session.server";


interface SessionShape {
  subject?: SessionSubject;
  actingFor?: ActingFor;
  csrf?: string;
}

export interface Auth {
  session: Session;
  principal: Principal;
  csrfToken: string | null;
  /** A translation key to tell the reader what changed (e.g. the delegation they acted under ended). */
  notice: string | null;
}

const perRequest = new WeakMap<Request, Promise<Auth>>();


async function readAuth(request: Request): Promise<Auth> {
  const cookie = request.headers.get("Cookie");
  const storage = sessionStorage();
  const session = await storage.getSession(cookie);
  const shape = session.data as SessionShape;
  const subject = shape.subject;
  let notice: string | null = null;
  let principal: Principal = { kind: "anonymous" };
  if (subject?.kind === "citizen") {
    let actingFor = shape.actingFor ?? null;
    if (actingFor) {
      // A delegation can be revoked or expire at any moment: re-check it on every request.
      const still = await checkActingFor(db(), actingFor.delegationId, subject.fiscalCode, todayInItaly());
      if (!still) {
        await stopActingFor(db(), { grantee: { citizenId: subject.id, fiscalCode: subject.fiscalCode }, delegationId: actingFor.delegationId, reason: "no_longer_valid" }, requestMeta(request));
        actingFor = null;
        session.unset("actingFor");
        // The session lives in the database: committing writes the row, the cookie (its id) stays.
        await storage.commitSession(session);
        notice = "identity.delegations.ended";
      }
    }
    principal = { kind: "citizen", citizen: subject, actingFor };
  } else if (subject?.kind === "staff") {
    const staff = await getStaffPrincipal(db(), subject.id);
    // A deactivated account loses its sessions at once, even before they expire.
    principal = staff ? { kind: "staff", staff, stage: subject.stage } : { kind: "anonymous" };
  }
  return { session, principal, csrfToken: shape.csrf ?? null, notice };
}

/** The session and principal of this request (read once, however many loaders ask). */
export function getAuth(request: Request): Promise<Auth> {
  let found = perRequest.get(request);
  if (!found) {
    found = readAuth(request);
    perRequest.set(request, found);
  }
  return found;
}

export function userSummary(principal: Principal): UserSummary | null {
  switch (principal.kind) {
    case "anonymous":
      return null;
    case "citizen":
      return {
        kind: "citizen",
        name: `${principal.citizen.givenName} ${principal.citizen.familyName}`.trim(),
        actingFor: principal.actingFor ? (principal.actingFor.grantorName ?? principal.actingFor.grantorFiscalCode) : null,
      };
    case "staff":
      return { kind: "staff", name: principal.staff.displayName, full: principal.stage === "full" };
  }
}

export async function getPrincipal(request: Request): Promise<Principal> {
  return (await getAuth(request)).principal;
}

/**
 * Starts the session of a person who just logged in: the old session (if any) is destroyed and a new
 * id issued, so a session id planted before the login is worthless (session fixation).
 */
export async function startSession(request: Request, subject: SessionSubject): Promise<string> {
  const storage = sessionStorage();
  const old = await storage.getSession(request.headers.get("Cookie"));
  // Only the database row matters here: the new cookie below replaces the old one under the same name.
  if (old.id) await storage.destroySession(old);
  const fresh = await storage.getSession();
  fresh.set("subject", subject);
  fresh.set("csrf", randomBytes(32).toString("base64url"));
  return storage.commitSession(fresh);
}

/** Changes what the session remembers (acting for, a flash message) without a new id. */
export async function updateSession(request: Request, change: (session: Session) => void): Promise<string> {
  const { session } = await getAuth(request);
  change(session);
  return sessionStorage().commitSession(session);
}

/** Local logout: always works, whatever the IdP does afterwards. */
export async function endSession(request: Request, flash?: string): Promise<string> {
  const storage = sessionStorage();
  const { session } = await getAuth(request);
  if (session.id) await storage.destroySession(session);
  if (!flash) return storage.destroySession(session);
  const fresh = await storage.getSession();
  fresh.flash("flash", flash);
  return storage.commitSession(fresh);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Every state-changing form of a logged-in person carries the session's token. (The HTTP server
 * also refuses cross-site POSTs by Origin; this is the second, per-session layer.)
 */
export async function requireCsrf(request: Request, form: FormData): Promise<void> {
  const { csrfToken } = await getAuth(request);
  const sent = form.get(CSRF_FIELD);
  if (!csrfToken || typeof sent !== "string" || !sameToken(sent, csrfToken)) {
    throw data({ reason: "csrf" }, { status: 403 });
  }
}

/**
 * A form open to visitors (no login): a visitor has no session to forge (the HTTP server checks
 * Origin); anyone logged in sends the session's token.
 */
export async function requireCsrfIfSignedIn(request: Request, form: FormData): Promise<void> {
  const { principal } = await getAuth(request);
  if (principal.kind !== "anonymous") await requireCsrf(request, form);
}

function loginPathFor(request: Request, staff: boolean, level?: number): string {
  const url = new URL(request.url);
  const back = safeReturnPath(`${url.pathname}${url.search}`, "/");
  return `${staff ? "/gestione/accedi" : "/accedi"}?ritorno=${encodeURIComponent(back)}${level ? `&livello=${level}` : ""}`;
}

async function deny(request: Request, principal: Principal, permission: string): Promise<never> {
  const actor =
    principal.kind === "citizen"
      ? { kind: "citizen" as const, id: principal.citizen.id, fiscalCode: principal.citizen.fiscalCode, onBehalfOf: principal.actingFor?.grantorFiscalCode }
      : principal.kind === "staff"
        ? { kind: "staff" as const, id: principal.staff.id }
        : { kind: "anonymous" as const };
  const url = new URL(request.url);
  await record(db(), {
    event: "permission.denied",
    outcome: "denied",
    actor,
    target: { kind: "route", id: url.pathname },
    details: { permission, method: request.method },
    meta: requestMeta(request),
  });
  throw data({ reason: "forbidden" }, { status: 403 });
}

/**
 * A citizen's own pages (the personal area). A visitor is sent to log in with SPID/CIE first; a
 * citizen logged in at a lower SPID level than the page needs is sent to log in again at that level.
 */
export async function requireCitizen(request: Request, permission: Permission = "application.view_own", options: { minLevel?: number } = {}) {
  const principal = await getPrincipal(request);
  if (principal.kind === "anonymous") throw redirect(loginPathFor(request, false, options.minLevel), 303);
  if (principal.kind !== "citizen" || !can(actorOf(principal), permission)) return deny(request, principal, permission);
  // Never below the desk's default level, whatever the page asks.
  const minLevel = Math.max(options.minLevel ?? 0, env().SPID_DEFAULT_LEVEL);
  if (principal.citizen.level < minLevel) throw redirect(loginPathFor(request, false, minLevel), 303);
  return principal;
}

/** The citizen acting for themselves only (managing their own delegations). */
export async function requireCitizenSelf(request: Request) {
  return requireCitizen(request, "delegation.manage_own");
}

/** Back-office pages: a staff member who passed every login stage and holds the permission. */
export async function requireStaff(request: Request, permission: Permission, scope?: Scope) {
  const principal = await getPrincipal(request);
  if (principal.kind === "anonymous") throw redirect(loginPathFor(request, true), 303);
  if (principal.kind === "staff" && principal.stage !== "full") throw redirect(stagePath(principal.stage), 303);
  if (principal.kind !== "staff" || !can(actorOf(principal), permission, scope)) return deny(request, principal, permission);
  return principal;
}

/** Any fully logged-in staff member (the back-office home shows what their roles allow). */
export async function requireAnyStaff(request: Request) {
  const principal = await getPrincipal(request);
  if (principal.kind === "anonymous") throw redirect(loginPathFor(request, true), 303);
  if (principal.kind === "staff" && principal.stage !== "full") throw redirect(stagePath(principal.stage), 303);
  if (principal.kind !== "staff") return deny(request, principal, "backoffice");
  return principal;
}

export function stagePath(stage: StaffStage): string {
  switch (stage) {
    case "totp":
      return "/gestione/verifica";
    case "enrol_totp":
      return "/gestione/attiva-otp";
    case "change_password":
      return "/gestione/cambia-password";
    case "full":
      return "/gestione";
  }
}

/**
 * A form with errors, kept in the session for the page that shows it again (post/redirect/get): the
 * page is then a normal GET that answers 400 with "Errore: " in its title, the errors and what was
 * typed — and reloading it does not send the form twice. For logged-in people only.
 */
export async function stashForm(request: Request, form: { path: string; values: unknown; errors: Record<string, string> }): Promise<string> {
  return updateSession(request, (s) => s.set("form", form));
}

export async function takeStashedForm<V>(request: Request): Promise<{ values: V; errors: Record<string, string> } | null> {
  const { session } = await getAuth(request);
  const stashed = session.get("form") as { path: string; values: V; errors: Record<string, string> } | undefined;
  if (!stashed) return null;
  await updateSession(request, (s) => s.unset("form"));
  return stashed.path === new URL(request.url).pathname ? { values: stashed.values, errors: stashed.errors } : null;
}

/** The SPID level a personal-area path needs: a new application asks the level of its service. */
export async function levelNeeded(path: string): Promise<number | undefined> {
  const slug = /^domande\/nuova\/([a-z0-9-]+)$/.exec(path)?.[1];
  return slug ? serviceLoginLevel(db(), slug, env().SPID_DEFAULT_LEVEL) : undefined;
}
