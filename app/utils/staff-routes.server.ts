/**
 * The back office's route handlers (/gestione/…): each parses the request, checks who is asking,
 * calls one use case of app/services/staff-auth.server.ts (which audits) and maps the result to a
 * response, so that the route modules stay a few lines long.
 *
 * Login stages: every change of stage gets a new session id (`startSession`), and the page asked for
 * before the login travels along as `?ritorno=` (only back-office paths are accepted).
 *
 * Pages with form errors answer 400 with `meta.hasErrors`, so the title starts with "Errore: ". A
 * loader cannot see what the action returned, so on a script-less submission the action leaves a
 * mark in Remix's per-request load context (a fresh object for every request, shared by the action
 * and the loaders of the page it renders); with JavaScript the page component adds the prefix itself.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET, demoStaff } from "#db/seed/staff";
import { parseId } from "~/domain/ids";
import { parseDayInput } from "~/domain/dates";
import { can, type Permission } from "~/domain/permissions";
import { type Principal, safeReturnPath, type StaffStage } from "~/domain/principal";
import type { StaffRoleInput } from "~/domain/staff-auth";
import { findAudit, type AuditFilter, type AuditRow } from "~/models/audit.server";
import { listOffices } from "~/models/office.server";
import { getSiteContext } from "~/services/catalogue.server";
import {
  beginTotpEnrolment,
  changePassword,
  confirmTotpEnrolment,
  createStaffUser,
  listStaff,
  passwordStep,
  resetPassword,
  setActive,
  setRoles,
  type StaffListItem,
  totpStep,
  unlock,
} from "~/services/staff-auth.server";
import { loginPreferencesCookie } from "./reading-preferences.server";
import { getAuth, requireAnyStaff, requireCsrf, requireStaff, startSession, stagePath, endSession } from "./auth.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { intlLocale, type Language } from "./i18n";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

const HOME = "/gestione";
const LOGIN = "/gestione/accedi";
/** Pages a login must never "return" to: they would loop or show a stage already passed. */
const STAGE_PAGES = ["/gestione/accedi", "/gestione/verifica", "/gestione/attiva-otp", "/gestione/cambia-password"];

export type FieldErrors = Record<string, string>;

/** The id of the first role checkbox, where the error summary sends role problems. */
export const ROLES_ANCHOR = "roles";

/** Where to go once logged in: a back-office path only (no open redirect, no detour elsewhere). */
export function staffReturnPath(value: string | null | undefined): string {
  const path = safeReturnPath(value, HOME);
  const bare = path.split(/[?#]/)[0] ?? "";
  if (bare !== HOME && !bare.startsWith(`${HOME}/`)) return HOME;
  if (STAGE_PAGES.some((p) => bare === p || bare.startsWith(`${p}/`))) return HOME;
  return path;
}

function withReturn(path: string, returnTo: string): string {
  return returnTo === HOME ? path : `${path}?ritorno=${encodeURIComponent(returnTo)}`;
}

/** The page of a login stage, or the page asked for once the login is complete. */
function stageTarget(stage: StaffStage, returnTo: string): string {
  return stage === "full" ? returnTo : withReturn(stagePath(stage), returnTo);
}

function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

function returnOf(request: Request, form?: FormData): string {
  const fromForm = form ? form.get("ritorno") : null;
  return staffReturnPath(typeof fromForm === "string" ? fromForm : new URL(request.url).searchParams.get("ritorno"));
}

const ERRORS_MARK = "stpStaffFormErrors";

export function markErrors(context: AppLoadContext | undefined): void {
  if (context) (context as Record<string, unknown>)[ERRORS_MARK] = true;
}

export function hadErrors(context: AppLoadContext | undefined): boolean {
  return Boolean(context && (context as Record<string, unknown>)[ERRORS_MARK]);
}

/** A form answered with errors: status 400 and the title prefix (see the note at the top). */
function invalid<T extends object>(context: AppLoadContext | undefined, title: string, payload: T) {
  markErrors(context);
  return data({ ...payload, meta: { title, hasErrors: true } }, { status: 400 });
}

/** Keeps the first error of each field (the summary links one message to one field). */
function byField(entries: [string, string][]): FieldErrors {
  const out: FieldErrors = {};
  for (const [f, key] of entries) if (!(f in out)) out[f] = key;
  return out;
}

function sessionRedirect(url: string, cookie: string) {
  return redirect(url, { status: 303, headers: { "Set-Cookie": cookie } });
}

type StaffPrincipal = Extract<Principal, { kind: "staff" }>;

/**
 * The pages of the login stages: only a staff member at one of `stages` may be here; anyone else is
 * sent to the page their own stage calls for.
 */
async function requireStage(request: Request, stages: StaffStage[], form?: FormData): Promise<{ principal: StaffPrincipal; returnTo: string; sessionId: string }> {
  const { principal, session } = await getAuth(request);
  const returnTo = returnOf(request, form);
  if (principal.kind !== "staff") throw redirect(withReturn(LOGIN, returnTo), 303);
  if (!stages.includes(principal.stage)) throw redirect(stageTarget(principal.stage, returnTo), 303);
  return { principal, returnTo, sessionId: session.id };
}

function dateTime(iso: string, lang: Language, seconds = false): string {
  return new Intl.DateTimeFormat(intlLocale[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
    timeZone: "Europe/Rome",
  }).format(new Date(iso));
}

// ---------------------------------------------------------------------------------------------
// Login: password
// ---------------------------------------------------------------------------------------------

export interface LoginData {
  returnTo: string;
  loggedOut: boolean;
  demo: { usernames: string; password: string; secret: string } | null;
  errors: FieldErrors | null;
  values: { username: string };
}

export async function loginLoader(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const url = new URL(request.url);
  const returnTo = staffReturnPath(url.searchParams.get("ritorno"));
  const { principal } = await getAuth(request);
  // Already past the password: go on from the stage reached (a citizen may log in as staff, replacing their session).
  if (principal.kind === "staff") throw redirect(stageTarget(principal.stage, returnTo), 303);
  const body: LoginData = {
    returnTo,
    loggedOut: url.searchParams.get("esito") === "uscito",
    demo: env().DEMO_MODE
      ? { usernames: demoStaff.map((s) => s.username).join(", "), password: DEMO_STAFF_PASSWORD, secret: DEMO_TOTP_SECRET }
      : null,
    errors: null,
    values: { username: "" },
  };
  return { ...body, meta: { title: t("staff.login.title"), hasErrors: hadErrors(context) } };
}

export async function loginAction(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  // No session yet, so no CSRF token: the HTTP server refuses cross-site POSTs by their Origin.
  const form = await request.formData();
  const username = field(form, "username");
  const password = field(form, "password");
  const returnTo = returnOf(request, form);
  const fail = (errors: FieldErrors) => invalid(context, t("staff.login.title"), { errors, values: { username } });
  const missing = byField([
    ...(username.trim() ? [] : ([["username", "staff.login.usernameRequired"]] as [string, string][])),
    ...(password ? [] : ([["password", "staff.login.passwordRequired"]] as [string, string][])),
  ]);
  if (Object.keys(missing).length > 0) return fail(missing);
  const result = await passwordStep(db(), { username, password }, requestMeta(request));
  // One message for every refusal, linked to the first field: nothing says which part was wrong.
  if (!result.ok) return fail({ username: result.message });
  const cookie = await startSession(request, { kind: "staff", id: result.staffId, stage: result.next });
  const response = sessionRedirect(stageTarget(result.next, returnTo), cookie);
  // The reading preferences saved on the profile follow the staff member to this browser.
  const preferences = await loginPreferencesCookie(request, { kind: "staff", id: result.staffId });
  if (preferences) response.headers.append("Set-Cookie", preferences);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Login: TOTP code
// ---------------------------------------------------------------------------------------------

export interface VerifyData {
  returnTo: string;
  errors: FieldErrors | null;
}

export async function verifyLoader(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const { returnTo } = await requireStage(request, ["totp"]);
  const body: VerifyData = { returnTo, errors: null };
  return { ...body, meta: { title: t("staff.verify.title"), hasErrors: hadErrors(context) } };
}

export async function verifyAction(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const form = await request.formData();
  const { principal, returnTo } = await requireStage(request, ["totp"], form);
  await requireCsrf(request, form);
  const code = field(form, "code");
  if (!code.trim()) return invalid(context, t("staff.verify.title"), { errors: { code: "staff.verify.codeRequired" } });
  const result = await totpStep(db(), { staffId: principal.staff.id, code }, requestMeta(request));
  if (!result.ok) return invalid(context, t("staff.verify.title"), { errors: { code: result.message } });
  const cookie = await startSession(request, { kind: "staff", id: principal.staff.id, stage: result.next });
  return sessionRedirect(stageTarget(result.next, returnTo), cookie);
}

// ---------------------------------------------------------------------------------------------
// TOTP enrolment
// ---------------------------------------------------------------------------------------------

export interface EnrolData {
  returnTo: string;
  qrDataUri: string;
  readable: string;
  otpauthUri: string;
  errors: FieldErrors | null;
}

export async function enrolLoader(request: Request, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const { principal, returnTo } = await requireStage(request, ["enrol_totp"]);
  const comune = await getSiteContext(db(), lang);
  // Reloading shows the same pending key, so an app that already scanned it keeps working.
  // Another session may have finished the enrolment meanwhile: this one then starts again from the login.
  const enrolment = await beginTotpEnrolment(db(), { staffId: principal.staff.id, issuer: comune.name }).catch(async () => {
    throw redirect("/gestione/accedi", { status: 303, headers: { "Set-Cookie": await endSession(request) } });
  });
  const body: EnrolData = {
    returnTo,
    qrDataUri: `data:image/svg+xml;base64,${Buffer.from(enrolment.qrSvg).toString("base64")}`,
    readable: enrolment.readable,
    otpauthUri: enrolment.otpauthUri,
    errors: null,
  };
  return { ...body, meta: { title: t("staff.enrol.title"), hasErrors: hadErrors(context) } };
}

export async function enrolAction(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const form = await request.formData();
  const { principal, returnTo } = await requireStage(request, ["enrol_totp"], form);
  await requireCsrf(request, form);
  const code = field(form, "code");
  if (!code.trim()) return invalid(context, t("staff.enrol.title"), { errors: { code: "staff.verify.codeRequired" } });
  const result = await confirmTotpEnrolment(db(), { staffId: principal.staff.id, code }, requestMeta(request));
  if (!result.ok) return invalid(context, t("staff.enrol.title"), { errors: { code: result.message } });
  const cookie = await startSession(request, { kind: "staff", id: principal.staff.id, stage: result.next });
  return sessionRedirect(stageTarget(result.next, returnTo), cookie);
}

// ---------------------------------------------------------------------------------------------
// Own password change (forced after a reset, or voluntary)
// ---------------------------------------------------------------------------------------------

export interface ChangePasswordData {
  returnTo: string;
  forced: boolean;
  username: string;
  errors: FieldErrors | null;
}

export async function changePasswordLoader(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const { principal, returnTo } = await requireStage(request, ["change_password", "full"]);
  const body: ChangePasswordData = { returnTo, forced: principal.stage === "change_password", username: principal.staff.username, errors: null };
  return { ...body, meta: { title: t("staff.changePassword.title"), hasErrors: hadErrors(context) } };
}

export async function changePasswordAction(request: Request, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const form = await request.formData();
  const { principal, returnTo, sessionId } = await requireStage(request, ["change_password", "full"], form);
  await requireCsrf(request, form);
  const forced = principal.stage === "change_password";
  const current = field(form, "currentPassword");
  const next = field(form, "newPassword");
  const repeat = field(form, "repeatPassword");
  const fail = (entries: [string, string][]) => invalid(context, t("staff.changePassword.title"), { errors: byField(entries) });

  const missing: [string, string][] = [];
  if (!forced && !current) missing.push(["currentPassword", "staff.changePassword.currentRequired"]);
  if (!next) missing.push(["newPassword", "staff.changePassword.newRequired"]);
  else if (next !== repeat) missing.push(["repeatPassword", "staff.changePassword.mismatch"]);
  if (missing.length > 0) return fail(missing);

  const result = await changePassword(
    db(),
    { staffId: principal.staff.id, currentPassword: forced ? undefined : current, newPassword: next, keepSessionId: sessionId || undefined },
    requestMeta(request),
  );
  if (!result.ok) {
    return fail(
      result.errors.map((code): [string, string] =>
        code.startsWith("staff.password.current") || (code === "staff.password.locked" && !forced) ? ["currentPassword", code] : ["newPassword", code],
      ),
    );
  }
  // A new session id for the new password; the other sessions of the account were ended by the service.
  const cookie = await startSession(request, { kind: "staff", id: principal.staff.id, stage: result.next });
  if (result.next === "full" && returnTo === HOME) return sessionRedirect(`${HOME}?esito=password-cambiata`, cookie);
  return sessionRedirect(stageTarget(result.next, returnTo), cookie);
}

// ---------------------------------------------------------------------------------------------
// Back-office home
// ---------------------------------------------------------------------------------------------

export interface HomeData {
  name: string;
  roles: string[];
  offices: string[];
  can: { users: boolean; audit: boolean; applications: boolean; catalogue: boolean; outbox: boolean; tax: boolean; rates: boolean; plan: boolean; counter: boolean };
  passwordChanged: boolean;
}

export async function homeLoader(request: Request) {
  const principal = await requireAnyStaff(request);
  const { t, lang } = await getFixedT(request);
  const actor = { roles: principal.staff.roles, offices: principal.staff.offices };
  const has = (p: Permission) => can(actor, p);
  const offices = await listOffices(db(), lang);
  const body: HomeData = {
    name: principal.staff.displayName,
    roles: principal.staff.roles.map((r) => t(`staff.roles.${r}`)),
    offices: principal.staff.offices.map((slug) => offices.find((o) => o.slug === slug)?.name ?? slug),
    can: {
      users: has("staff.manage"),
      audit: has("audit.view"),
      applications: has("application.view_office"),
      catalogue: has("catalogue.edit"),
      outbox: has("settings.edit"),
      tax: has("tax.load_rolls"),
      rates: has("tax.edit_rates"),
      counter: has("application.record_counter"),
      plan: has("plan.record_progress"),
    },
    passwordChanged: new URL(request.url).searchParams.get("esito") === "password-cambiata",
  };
  return { ...body, meta: { title: t("staff.home.title") } };
}

// ---------------------------------------------------------------------------------------------
// Staff administration
// ---------------------------------------------------------------------------------------------

export interface OfficeOption {
  id: number;
  name: string;
}

export interface RoleValues {
  roles: string[];
  taxOffice: string;
  operatorOffices: string[];
}

export interface StaffRow {
  id: number;
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  status: "active" | "locked" | "inactive";
  lockedUntil: string | null;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
  roleValues: RoleValues;
}

export interface UsersData {
  staff: StaffRow[];
  offices: OfficeOption[];
}

export interface CreateValues extends RoleValues {
  username: string;
  displayName: string;
  email: string;
}

/** What the create action answers: the errors, or the temporary password (shown once, never stored in clear). */
export type CreateResult =
  | { ok: false; errors: FieldErrors; values: CreateValues }
  | { ok: true; username: string; staffId: number; temporaryPassword: string };

async function officeOptions(lang: Language): Promise<OfficeOption[]> {
  return (await listOffices(db(), lang)).map((o) => ({ id: o.id, name: o.name }));
}

function roleLabel(t: (k: string, o?: Record<string, string>) => string, role: string, officeName: string | null): string {
  const name = t(`staff.roles.${role}`);
  return officeName ? t("staff.roles.inOffice", { role: name, office: officeName }) : name;
}

function staffRow(item: StaffListItem, offices: OfficeOption[], t: (k: string, o?: Record<string, string>) => string, lang: Language): StaffRow {
  const officeName = (id: number | null) => (id === null ? null : (offices.find((o) => o.id === id)?.name ?? String(id)));
  return {
    id: item.id,
    username: item.username,
    displayName: item.displayName,
    email: item.email,
    roles: item.roles.map((r) => roleLabel(t, r.role, officeName(r.officeId))),
    status: !item.active ? "inactive" : item.lockedUntil ? "locked" : "active",
    lockedUntil: item.lockedUntil ? dateTime(item.lockedUntil, lang) : null,
    totpEnrolled: item.totpEnrolled,
    mustChangePassword: item.mustChangePassword,
    roleValues: {
      roles: [...new Set(item.roles.map((r) => r.role))],
      taxOffice: String(item.roles.find((r) => r.role === "tax_office")?.officeId ?? ""),
      operatorOffices: item.roles.filter((r) => r.role === "operator" && r.officeId !== null).map((r) => String(r.officeId)),
    },
  };
}

function roleValuesOf(form: FormData): RoleValues {
  return {
    roles: form.getAll("role").filter((v): v is string => typeof v === "string"),
    taxOffice: field(form, "taxOffice"),
    operatorOffices: form.getAll("operatorOffice").filter((v): v is string => typeof v === "string"),
  };
}

/** Checkboxes → roles: an office ticked under "operator" grants the operator role in that office. */
function rolesFromValues(values: RoleValues): StaffRoleInput[] {
  // An unreadable office id becomes -1, which the service refuses as an unknown office.
  const officeId = (v: string) => parseId(v) ?? -1;
  const roles: StaffRoleInput[] = values.roles
    .filter((r) => r !== "operator")
    .map((role) => (role === "tax_office" ? { role, officeId: values.taxOffice ? officeId(values.taxOffice) : null } : { role }));
  for (const o of new Set(values.operatorOffices)) roles.push({ role: "operator", officeId: officeId(o) });
  return roles;
}

/** The field each administration problem is shown next to. */
function adminField(code: string): string {
  if (code === "staff.user.usernameInvalid" || code === "staff.user.usernameTaken") return "username";
  if (code === "staff.user.displayNameRequired") return "displayName";
  if (code === "staff.user.emailInvalid") return "email";
  return ROLES_ANCHOR;
}

export async function usersLoader(request: Request, context?: AppLoadContext) {
  await requireStaff(request, "staff.manage");
  const { t, lang } = await getFixedT(request);
  const offices = await officeOptions(lang);
  const staff = (await listStaff(db())).map((s) => staffRow(s, offices, t, lang));
  const body: UsersData = { staff, offices };
  return { ...body, meta: { title: t("staff.users.title"), hasErrors: hadErrors(context) } };
}

export async function usersAction(request: Request, context?: AppLoadContext) {
  const principal = await requireStaff(request, "staff.manage");
  const form = await request.formData();
  await requireCsrf(request, form);
  const values: CreateValues = {
    username: field(form, "username").trim(),
    displayName: field(form, "displayName").trim(),
    email: field(form, "email").trim(),
    ...roleValuesOf(form),
  };
  const result = await createStaffUser(
    db(),
    { username: values.username, displayName: values.displayName, email: values.email, roles: rolesFromValues(values) },
    { staffId: principal.staff.id },
    requestMeta(request),
  );
  if (!result.ok) {
    const body: CreateResult = { ok: false, errors: byField(result.errors.map((c) => [adminField(c), c])), values };
    markErrors(context);
    return data(body, { status: 400 });
  }
  const body: CreateResult = { ok: true, username: values.username.toLowerCase(), staffId: result.staffId, temporaryPassword: result.temporaryPassword };
  return body;
}

// ---------------------------------------------------------------------------------------------
// One account
// ---------------------------------------------------------------------------------------------

export interface AccountData {
  account: StaffRow;
  offices: OfficeOption[];
  self: boolean;
}

export type AccountIntent = "roles" | "reset" | "unlock" | "activate" | "deactivate";

export type AccountResult =
  | { ok: false; intent: AccountIntent; errors: FieldErrors; values?: RoleValues }
  | { ok: true; intent: AccountIntent; done: string; temporaryPassword?: string; sessionsEnded?: number };

function accountId(params: { id?: string }): number {
  const id = parseId(params.id);
  if (id === null) throw data({ reason: "not_found" }, { status: 404 });
  return id;
}

export async function accountLoader(request: Request, params: { id?: string }, context?: AppLoadContext) {
  const principal = await requireStaff(request, "staff.manage");
  const { t, lang } = await getFixedT(request);
  const id = accountId(params);
  const item = (await listStaff(db())).find((s) => s.id === id);
  if (!item) throw data({ reason: "not_found" }, { status: 404 });
  const offices = await officeOptions(lang);
  const body: AccountData = { account: staffRow(item, offices, t, lang), offices, self: item.id === principal.staff.id };
  return { ...body, meta: { title: t("staff.account.title", { name: item.displayName }), hasErrors: hadErrors(context) } };
}

const INTENTS: readonly AccountIntent[] = ["roles", "reset", "unlock", "activate", "deactivate"];

export async function accountAction(request: Request, params: { id?: string }, context?: AppLoadContext) {
  const principal = await requireStaff(request, "staff.manage");
  const form = await request.formData();
  await requireCsrf(request, form);
  const staffId = accountId(params);
  const intent = field(form, "intent") as AccountIntent;
  if (!INTENTS.includes(intent)) throw data({ reason: "bad_request" }, { status: 400 });
  const actor = { staffId: principal.staff.id };
  const meta = requestMeta(request);
  const failed = (errors: string[], anchor: string, values?: RoleValues) => {
    const body: AccountResult = { ok: false, intent, errors: byField(errors.map((c) => [anchor, c])), values };
    markErrors(context);
    return data(body, { status: 400 });
  };
  const done = (key: string, extra: Partial<Extract<AccountResult, { ok: true }>> = {}): AccountResult => ({ ok: true, intent, done: key, ...extra });

  switch (intent) {
    case "roles": {
      const values = roleValuesOf(form);
      const result = await setRoles(db(), { staffId, roles: rolesFromValues(values) }, actor, meta);
      return result.ok ? done("staff.account.rolesSaved") : failed(result.errors, ROLES_ANCHOR, values);
    }
    case "reset": {
      const result = await resetPassword(db(), { staffId, clearTotp: form.get("clearTotp") === "1" }, actor, meta);
      return result.ok
        ? done("staff.account.resetDone", { temporaryPassword: result.temporaryPassword, sessionsEnded: result.sessionsEnded })
        : failed(result.errors, "reset-submit");
    }
    case "unlock": {
      const result = await unlock(db(), { staffId }, actor, meta);
      return result.ok ? done("staff.account.unlocked") : failed(result.errors, "unlock-submit");
    }
    case "activate":
    case "deactivate": {
      const result = await setActive(db(), { staffId, active: intent === "activate" }, actor, meta);
      return result.ok ? done(intent === "activate" ? "staff.account.activated" : "staff.account.deactivated") : failed(result.errors, "active-submit");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Audit log
// ---------------------------------------------------------------------------------------------

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilterValues {
  evento: string;
  cf: string;
  dal: string;
  al: string;
}

export interface AuditLine {
  id: number;
  when: string;
  /** ISO instant, for <time dateTime>. */
  at: string;
  event: string;
  outcome: string;
  actor: string;
  target: string;
  ip: string;
  details: string;
}

export interface AuditData {
  values: AuditFilterValues;
  filtered: boolean;
  errors: FieldErrors | null;
  lines: AuditLine[];
  page: number;
  previous: string | null;
  next: string | null;
}

/** The instant a day starts in Italy (the comune's days, not UTC's). */
export function romeDayStart(day: string): Date {
  const noon = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Rome", timeZoneName: "longOffset" })
    .formatToParts(noon)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = name && name !== "GMT" ? name.replace("GMT", "") : "+00:00";
  return new Date(`${day}T00:00:00${offset}`);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function detailsText(details: string | null): string {
  if (!details) return "";
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    return Object.entries(parsed)
      .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join("; ");
  } catch {
    return details;
  }
}

export async function auditLoader(request: Request) {
  await requireStaff(request, "audit.view");
  const { t, lang } = await getFixedT(request);
  const query = new URL(request.url).searchParams;
  const values: AuditFilterValues = {
    evento: (query.get("evento") ?? "").trim().slice(0, 100),
    cf: (query.get("cf") ?? "").trim().toUpperCase().slice(0, 32),
    dal: (query.get("dal") ?? "").trim().slice(0, 20),
    al: (query.get("al") ?? "").trim().slice(0, 20),
  };
  const page = Math.min(Math.max(Number.parseInt(query.get("pagina") ?? "1", 10) || 1, 1), 100_000);

  const errors: [string, string][] = [];
  const from = values.dal ? parseDayInput(values.dal) : null;
  const to = values.al ? parseDayInput(values.al) : null;
  if (values.cf && !/^[A-Z0-9]{11,16}$/.test(values.cf)) errors.push(["cf", "staff.audit.badFiscalCode"]);
  if (values.dal && !from) errors.push(["dal", "staff.audit.badDate"]);
  if (values.al && !to) errors.push(["al", "staff.audit.badDate"]);
  if (from && to && from > to) errors.push(["dal", "staff.audit.badRange"]);

  const filter: AuditFilter = {
    // The event is a prefix: LIKE's own wildcard is not the reader's to use.
    event: values.evento.replace(/[%\\]/g, "") || undefined,
    fiscalCode: values.cf || undefined,
    from: from ? romeDayStart(from).toISOString() : undefined,
    to: to ? new Date(romeDayStart(nextDay(to)).getTime() - 1).toISOString() : undefined,
  };
  const filtered = Boolean(values.evento || values.cf || values.dal || values.al);
  const title = t("staff.audit.title");
  if (errors.length > 0) {
    const body: AuditData = { values, filtered, errors: byField(errors), lines: [], page: 1, previous: null, next: null };
    return data({ ...body, meta: { title, hasErrors: true } }, { status: 400 });
  }

  const rows = await findAudit(db(), filter, AUDIT_PAGE_SIZE + 1, (page - 1) * AUDIT_PAGE_SIZE);
  const staff = await listStaff(db());
  const username = (id: number | null) => staff.find((s) => s.id === id)?.username ?? `#${id ?? "?"}`;
  const actorText = (r: AuditRow) => {
    const who =
      r.actor_kind === "staff"
        ? t("staff.audit.actors.staff", { name: username(r.actor_id) })
        : r.actor_kind === "citizen"
          ? t("staff.audit.actors.citizen", { code: r.actor_fiscal_code ?? `#${r.actor_id ?? "?"}` })
          : t(`staff.audit.actors.${r.actor_kind}`);
    return r.on_behalf_of_fiscal_code ? `${who}, ${t("staff.audit.actors.onBehalfOf", { code: r.on_behalf_of_fiscal_code })}` : who;
  };
  const targetText = (r: AuditRow) => {
    if (!r.target_kind) return "";
    if (r.target_kind === "staff_user") return `staff_user: ${username(Number(r.target_id))}`;
    return `${r.target_kind}: ${r.target_id ?? ""}`;
  };
  const lines: AuditLine[] = rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
    id: r.id,
    when: dateTime(r.occurred_at, lang, true),
    at: r.occurred_at,
    event: r.event,
    outcome: t(`staff.audit.outcomes.${r.outcome}`),
    actor: actorText(r),
    target: targetText(r),
    ip: r.ip ?? "",
    details: detailsText(r.details),
  }));
  const pageLink = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
    if (n > 1) q.set("pagina", String(n));
    const s = q.toString();
    return s ? `/gestione/registro?${s}` : "/gestione/registro";
  };
  const body: AuditData = {
    values,
    filtered,
    errors: null,
    lines,
    page,
    previous: page > 1 ? pageLink(page - 1) : null,
    next: rows.length > AUDIT_PAGE_SIZE ? pageLink(page + 1) : null,
  };
  return { ...body, meta: { title } };
}
