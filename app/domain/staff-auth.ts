/**
 * The rules of staff sign-in, free of I/O so they can be tested row by row: the password policy,
 * the lockout schedule, the login throttle's window arithmetic, the TOTP step checks, and the shape
 * of administrator-issued temporary passwords. The use cases that apply them live in
 * app/services/staff-auth.server.ts.
 */
import type { StaffStage } from "./principal";

// ---------------------------------------------------------------------------------------------
// Password policy (NIST SP 800-63B §5.1.1.2; WCAG 2.2 SC 3.3.8 Accessible Authentication)
// ---------------------------------------------------------------------------------------------

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** i18n keys, in the order a form should list them. */
export type PasswordProblem =
  | "staff.password.tooShort"
  | "staff.password.tooLong"
  | "staff.password.containsUsername"
  | "staff.password.sameAsName"
  | "staff.password.tooCommon";

/**
 * Common passwords that pass the length rule. Kept small on purpose: the length rule does most of
 * the work, and a long list would mostly reject passphrases people can remember. Compared after
 * lower-casing, so "Password1234" is refused as well.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789abc",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "administrator",
  "amministratore",
  "benvenuto123",
  "benvenuto1234",
  "changeme1234",
  "comune123456",
  "iloveyou1234",
  "letmein12345",
  "password1234",
  "password12345",
  "password123456",
  "passwordpassword",
  "passw0rd1234",
  "p@ssw0rd1234",
  "qwerty123456",
  "qwertyuiop12",
  "qwertyuiopas",
  "abcdefghijkl",
  "abc123456789",
  "sportello123",
  "sportello1234",
  "seregno12345",
  "welcome12345",
  "ciaociao1234",
  "forzainter12",
  "forzamilan12",
  "forzajuve123",
]);

/**
 * Passwords are compared in Unicode NFKC form, so the same password typed on two keyboards (or
 * pasted from a password manager) always hashes the same. Spaces are kept: passphrases may use them.
 */
export function normalizePassword(password: string): string {
  return password.normalize("NFKC");
}

/** Length in characters as a person counts them, not UTF-16 units (an emoji is one). */
function characterCount(s: string): number {
  return [...s].length;
}

/** One character repeated ("aaaaaaaaaaaa") or one straight run of consecutive characters ("abcdefghijklm"). */
function isTrivial(lower: string): boolean {
  const chars = [...lower];
  if (chars.every((c) => c === chars[0])) return true;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const ascending = codes.every((c, i) => i === 0 || c === (codes[i - 1] ?? 0) + 1);
  const descending = codes.every((c, i) => i === 0 || c === (codes[i - 1] ?? 0) - 1);
  return ascending || descending;
}

/**
 * What is wrong with a new password, as i18n keys; an empty list means it is acceptable.
 * Any character is allowed and there are no composition rules (no "one digit, one symbol"): those
 * make people write passwords down and break pasting from a password manager (WCAG 3.3.8).
 */
export function checkNewPassword(password: string, person: { username: string; displayName: string }): PasswordProblem[] {
  const pw = normalizePassword(password);
  const problems: PasswordProblem[] = [];
  const length = characterCount(pw);
  if (length < PASSWORD_MIN_LENGTH) problems.push("staff.password.tooShort");
  if (length > PASSWORD_MAX_LENGTH) problems.push("staff.password.tooLong");
  const lower = pw.toLocaleLowerCase("it");
  const username = person.username.trim().toLocaleLowerCase("it");
  // Very short usernames would forbid too many good passwords by accident.
  if (username.length >= 3 && lower.includes(username)) problems.push("staff.password.containsUsername");
  const name = person.displayName.normalize("NFKC").toLocaleLowerCase("it").replace(/\s+/g, "");
  if (name.length >= 3 && lower.replace(/\s+/g, "") === name) problems.push("staff.password.sameAsName");
  if (length >= PASSWORD_MIN_LENGTH && (COMMON_PASSWORDS.has(lower) || isTrivial(lower))) problems.push("staff.password.tooCommon");
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Lockout
// ---------------------------------------------------------------------------------------------

export interface LockoutPolicy {
  /** Consecutive failures that lock the account. */
  threshold: number;
  /** Length of the first lock; each further lock doubles it. */
  baseMs: number;
  capMs: number;
}

export const LOCKOUT_POLICY: LockoutPolicy = { threshold: 5, baseMs: 15 * 60_000, capMs: 24 * 60 * 60_000 };

export interface LockoutState {
  failedAttempts: number;
  /** Locks since the last successful login: drives the doubling. */
  lockouts: number;
  /** ISO instant, or null when not locked. */
  lockedUntil: string | null;
}

export function isLocked(state: Pick<LockoutState, "lockedUntil">, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/** How long the n-th lock (1-based) lasts: 15 min, 30 min, 1 h, … capped at 24 h. */
export function lockDurationMs(nthLock: number, policy: LockoutPolicy = LOCKOUT_POLICY): number {
  // Past 2^20 the cap has long been reached; stopping there avoids overflowing to Infinity.
  const factor = 2 ** Math.min(Math.max(nthLock - 1, 0), 20);
  return Math.min(policy.baseMs * factor, policy.capMs);
}

/**
 * The state after one more failed attempt. When the threshold is reached the account locks, the
 * counter starts again from zero (so the next lock needs another full series) and `lockedNow` says
 * to audit "staff.locked". Failures while already locked should not be counted at all (see the
 * service): counting them would let anyone keep an account locked for ever.
 */
export function lockoutAfterFailure(
  state: LockoutState,
  now: Date,
  policy: LockoutPolicy = LOCKOUT_POLICY,
): LockoutState & { lockedNow: boolean } {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts < policy.threshold) return { failedAttempts, lockouts: state.lockouts, lockedUntil: state.lockedUntil, lockedNow: false };
  const lockouts = state.lockouts + 1;
  return {
    failedAttempts: 0,
    lockouts,
    lockedUntil: new Date(now.getTime() + lockDurationMs(lockouts, policy)).toISOString(),
    lockedNow: true,
  };
}

/** After a complete, successful login everything starts again. */
export const LOCKOUT_CLEARED: LockoutState = { failedAttempts: 0, lockouts: 0, lockedUntil: null };

// ---------------------------------------------------------------------------------------------
// Login throttle (fixed window per key, shared by every instance through login_throttle)
// ---------------------------------------------------------------------------------------------

export interface ThrottlePolicy {
  limit: number;
  windowMs: number;
}

/** Failed logins allowed from one address (an office behind one NAT address shares it: keep it generous). */
export const IP_THROTTLE: ThrottlePolicy = { limit: 20, windowMs: 15 * 60_000 };
/** Failed logins allowed for one username, whether or not it exists (so it says nothing about existence). */
export const USER_THROTTLE: ThrottlePolicy = { limit: 10, windowMs: 15 * 60_000 };

export interface ThrottleRow {
  key: string;
  window_start: string;
  count: number;
}

export function throttleKeyForIp(ip: string): string {
  return `ip:${ip}`;
}

export function throttleKeyForUser(username: string): string {
  return `user:${normalizeUsername(username)}`;
}

/** Instants at or before this one belong to an expired window. */
export function windowExpiredBefore(now: Date, policy: ThrottlePolicy): string {
  return new Date(now.getTime() - policy.windowMs).toISOString();
}

function windowExpired(row: ThrottleRow, now: Date, policy: ThrottlePolicy): boolean {
  return row.window_start <= windowExpiredBefore(now, policy);
}

/**
 * Whether one more attempt may go ahead for a key, and what the row becomes once that attempt is
 * counted. The counter counts failures only: a successful login does not use the allowance, so
 * the staff of one office behind one address do not lock each other out at 8 a.m.
 * The database performs the same arithmetic atomically (`bumpThrottle`), for concurrent instances.
 */
export function throttleDecision(
  row: ThrottleRow | null | undefined,
  now: Date,
  policy: ThrottlePolicy,
  key = row?.key ?? "",
): { allowed: boolean; next: ThrottleRow } {
  if (!row || windowExpired(row, now, policy)) return { allowed: true, next: { key, window_start: now.toISOString(), count: 1 } };
  return { allowed: row.count < policy.limit, next: { key: row.key, window_start: row.window_start, count: row.count + 1 } };
}

/** When a throttled key may try again (end of its window). */
export function throttleRetryAt(row: ThrottleRow, policy: ThrottlePolicy): string {
  return new Date(Date.parse(row.window_start) + policy.windowMs).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Usernames
// ---------------------------------------------------------------------------------------------

/** Usernames are stored lower case; what people type is trimmed and lower-cased before lookup. */
export function normalizeUsername(username: string): string {
  return username.normalize("NFKC").trim().toLowerCase();
}

/** 2–64 characters: letters, digits, dot, dash, underscore; starting with a letter or digit. */
export function isValidUsername(username: string): boolean {
  return /^[a-z0-9][a-z0-9._-]{1,63}$/.test(username);
}

// ---------------------------------------------------------------------------------------------
// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps)
// ---------------------------------------------------------------------------------------------

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of the current one, for clock drift and slow typing. */
export const TOTP_WINDOW = 1;

/** The RFC 6238 time step (counter) an instant falls in. */
export function stepOf(date: Date, periodSeconds = TOTP_PERIOD_SECONDS): number {
  return Math.floor(date.getTime() / 1000 / periodSeconds);
}

/** People read codes in two halves or paste them with spaces: keep only the digits' positions. */
export function normalizeTotpCode(code: string): string {
  return code.normalize("NFKC").replace(/[\s-]/g, "");
}

/** Constant-time string comparison, so a wrong code takes as long to refuse however many digits match. */
export function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type TotpMatch = { ok: true; step: number } | { ok: false; reason: "malformed" | "no_match" | "reused" };

/**
 * Checks a code against the steps around `now`. `codeAt(step)` computes the expected code (the
 * service passes the HMAC from otpauth). A code that matches a step at or before the last accepted
 * one is refused as reused: a code seen over someone's shoulder cannot be replayed in the same 90 s.
 */
export function matchTotp(input: {
  code: string;
  now: Date;
  lastStep: number | null;
  codeAt: (step: number) => string;
  digits?: number;
  window?: number;
}): TotpMatch {
  const digits = input.digits ?? TOTP_DIGITS;
  const window = input.window ?? TOTP_WINDOW;
  const code = normalizeTotpCode(input.code);
  if (!new RegExp(`^[0-9]{${digits}}$`).test(code)) return { ok: false, reason: "malformed" };
  const current = stepOf(input.now);
  // The current step first, then the nearest ones: the likeliest match is found first, but every
  // candidate is still compared so the time taken does not depend on which one matched.
  const candidates = [current];
  for (let d = 1; d <= window; d++) candidates.push(current - d, current + d);
  let matched: number | null = null;
  for (const step of candidates) {
    if (sameCode(input.codeAt(step), code) && matched === null) matched = step;
  }
  if (matched === null) return { ok: false, reason: "no_match" };
  if (input.lastStep !== null && matched <= input.lastStep) return { ok: false, reason: "reused" };
  return { ok: true, step: matched };
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read aloud or type from a screen reader. */
export function formatSecretForReading(base32: string): string {
  const clean = base32.replace(/[\s=]/g, "").toUpperCase();
  return (clean.match(/.{1,4}/g) ?? []).join(" ");
}

// ---------------------------------------------------------------------------------------------
// Stages of a staff login
// ---------------------------------------------------------------------------------------------

/**
 * What a staff member must do next. The second factor comes first when there is one (so a stolen
 * password alone reaches nothing); then a temporary password is replaced; then a missing second
 * factor is enrolled. Matches `StaffStage` in app/domain/principal.ts.
 */
export function nextStage(state: { totpEnrolled: boolean; totpVerified: boolean; mustChangePassword: boolean }): StaffStage {
  if (state.totpEnrolled && !state.totpVerified) return "totp";
  if (state.mustChangePassword) return "change_password";
  if (!state.totpEnrolled) return "enrol_totp";
  return "full";
}

// ---------------------------------------------------------------------------------------------
// Temporary passwords (issued by an administrator, shown once, to be changed at first login)
// ---------------------------------------------------------------------------------------------

/** Lower-case letters and digits without look-alikes (0/o, 1/l/i), so the password can be dictated. */
export const TEMP_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const TEMP_PASSWORD_GROUPS = 5;
export const TEMP_PASSWORD_GROUP_LENGTH = 4;
const TEMP_PASSWORD_SHAPE = new RegExp(
  `^[${TEMP_PASSWORD_ALPHABET}]{${TEMP_PASSWORD_GROUP_LENGTH}}(-[${TEMP_PASSWORD_ALPHABET}]{${TEMP_PASSWORD_GROUP_LENGTH}}){${TEMP_PASSWORD_GROUPS - 1}}$`,
);

/**
 * Builds "k7mq-x9pa-…" (5 groups of 4, 24 characters, about 99 bits) from a source of random
 * indexes. The service passes `crypto.randomInt`; tests pass a fixed sequence.
 */
export function buildTemporaryPassword(randomIndex: (below: number) => number): string {
  const groups: string[] = [];
  for (let g = 0; g < TEMP_PASSWORD_GROUPS; g++) {
    let group = "";
    for (let i = 0; i < TEMP_PASSWORD_GROUP_LENGTH; i++) group += TEMP_PASSWORD_ALPHABET[randomIndex(TEMP_PASSWORD_ALPHABET.length)] ?? "";
    groups.push(group);
  }
  return groups.join("-");
}

export function isTemporaryPasswordShape(password: string): boolean {
  return TEMP_PASSWORD_SHAPE.test(password) && password.length >= 16;
}

// ---------------------------------------------------------------------------------------------
// Staff accounts (the administrator's form)
// ---------------------------------------------------------------------------------------------

/** The roles a staff account can hold (citizen and delegate come from SPID/CIE sessions, never stored). */
export const STAFF_ROLES = ["operator", "tax_office", "plan_owner", "plan_approver", "administrator"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffRoleInput {
  role: string;
  /** The office an operator works in; optional for the other roles. */
  officeId?: number | null;
}

export type StaffAccountProblem =
  | "staff.user.usernameInvalid"
  | "staff.user.displayNameRequired"
  | "staff.user.emailInvalid"
  | "staff.user.roleRequired"
  | "staff.user.roleInvalid"
  | "staff.user.officeRequired"
  | "staff.user.roleDuplicate";

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** At least one role; operators need an office (their service area); no role listed twice. */
export function checkStaffRoles(roles: readonly StaffRoleInput[]): StaffAccountProblem[] {
  const problems = new Set<StaffAccountProblem>();
  if (roles.length === 0) problems.add("staff.user.roleRequired");
  const seen = new Set<string>();
  for (const r of roles) {
    if (!isStaffRole(r.role)) problems.add("staff.user.roleInvalid");
    if (r.role === "operator" && (r.officeId === undefined || r.officeId === null)) problems.add("staff.user.officeRequired");
    const key = `${r.role}:${r.officeId ?? ""}`;
    if (seen.has(key)) problems.add("staff.user.roleDuplicate");
    seen.add(key);
  }
  return [...problems];
}

/** The fields of a new account, already trimmed by the caller's form parsing or not. */
export function checkStaffAccount(input: { username: string; displayName: string; email: string }): StaffAccountProblem[] {
  const problems: StaffAccountProblem[] = [];
  if (!isValidUsername(normalizeUsername(input.username))) problems.push("staff.user.usernameInvalid");
  const name = input.displayName.trim();
  if (name.length === 0 || name.length > 200) problems.push("staff.user.displayNameRequired");
  const email = input.email.trim();
  // Deliberately loose: the only sure check of an address is a message that arrives.
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push("staff.user.emailInvalid");
  return problems;
}
