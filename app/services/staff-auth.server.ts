/**
 * Staff sign-in and account management: password (argon2id) → TOTP → forced password change →
 * TOTP enrolment, with lockout, a shared throttle and audit records. Routes call these and map the
 * returned i18n keys to text; they never see hashes, secrets or the reason a login failed.
 *
 * What a failed login reveals (identity plan §10, OWASP Authentication Cheat Sheet):
 * an unknown username, a deactivated account, a wrong password, a locked account and a throttled
 * attempt all return the same `message` ("staff.login.failed"), whose text says that the username
 * or password is wrong *or* that the account may be locked for 15 minutes after too many attempts.
 * `reason` is returned for logging and tests only. A locked account is refused even with the right
 * password, and the password is verified anyway, so the answer and its timing say nothing about
 * whether the password was right; an unknown username is verified against a dummy hash for the
 * same reason.
 */
import { randomBytes, randomInt } from "node:crypto";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { HOTP, Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { Role } from "~/domain/permissions";
import type { StaffStage } from "~/domain/principal";
import {
  buildTemporaryPassword,
  checkNewPassword,
  checkStaffAccount,
  checkStaffRoles,
  formatSecretForReading,
  IP_THROTTLE,
  isLocked,
  LOCKOUT_CLEARED,
  lockoutAfterFailure,
  matchTotp,
  nextStage,
  normalizePassword,
  normalizeUsername,
  type StaffAccountProblem,
  type StaffRole,
  type StaffRoleInput,
  stepOf,
  throttleDecision,
  throttleKeyForIp,
  throttleKeyForUser,
  type ThrottlePolicy,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  USER_THROTTLE,
  windowExpiredBefore,
} from "~/domain/staff-auth";
import { bumpThrottle, deleteExpiredThrottles, findThrottles } from "~/models/login-throttle.server";
import { activeAdministratorIds, existingOfficeIds, listRolesOf, replaceRoles } from "~/models/staff-role.server";
import {
  advanceTotpStep,
  deleteSessionsOfSubject,
  findStaffUserById,
  findStaffUserByUsername,
  insertStaffUser,
  listStaffUsers,
  type StaffUserRow,
  updateStaffUser,
} from "~/models/staff-user.server";
import type { DbOrTrx } from "~/utils/db.server";
import { type AuditActor, record, type RequestMeta } from "./audit.server";
import { openSecret, sealSecret } from "./secret-box.server";

// ---------------------------------------------------------------------------------------------
// Passwords
// ---------------------------------------------------------------------------------------------

/** OWASP's minimum argon2id profile (identity plan §10). `2` is Algorithm.Argon2id: the package's
 * enum is an ambient const enum, which isolatedModules cannot read and which is empty at run time. */
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * The hash of a random string nobody knows, with the same parameters as real hashes, so that an
 * unknown username costs the same verification time as a known one.
 */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$E63vUZfOcrGq08qYunFC8g$22t5wFsz3MF9ErJkdFrcYBq+1CwjnjTGO7+rMgG2K+c";

export async function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    // A malformed stored hash must refuse the login, not crash the page.
    return false;
  }
}

function temporaryPassword(): string {
  return buildTemporaryPassword((below) => randomInt(below));
}

// ---------------------------------------------------------------------------------------------
// TOTP
// ---------------------------------------------------------------------------------------------

/** Binds a sealed TOTP secret to its account: a ciphertext copied onto another row will not open. */
export function totpAad(staffId: number): string {
  return `staff_user:${staffId}:totp`;
}

export function sealTotpSecret(staffId: number, secret: Uint8Array, key?: Buffer): string {
  return sealSecret(secret, { aad: totpAad(staffId), key });
}

function openTotpSecret(staffId: number, sealed: string): Uint8Array {
  return openSecret(sealed, { aad: totpAad(staffId) });
}

function otpSecret(bytes: Uint8Array): Secret {
  // A copy: Node may hand out Buffers that are views on a larger shared pool.
  return new Secret({ buffer: Uint8Array.from(bytes).buffer });
}

function codeAt(secret: Secret): (step: number) => string {
  return (step) => HOTP.generate({ secret, algorithm: "SHA1", digits: TOTP_DIGITS, counter: step });
}

/** The code an authenticator app shows at `now` (for the demo and the tests). */
export function totpCodeFor(secretBase32: string, now: Date = new Date()): string {
  return codeAt(Secret.fromBase32(secretBase32))(stepOf(now));
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** Runs `fn` in a transaction, or in the caller's when there is one already (Kysely cannot nest them). */
function inTransaction<T>(db: DbOrTrx, fn: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

export function staffSubject(staffId: number): string {
  return `staff:${staffId}`;
}

/**
 * Who performs an administrator action: the logged-in staff member (the route has checked
 * `staff.manage`), or the installation itself (the command that creates the first administrator).
 */
export type StaffActor = { staffId: number } | { system: string };

function auditActor(actor: StaffActor): AuditActor {
  return "staffId" in actor ? { kind: "staff", id: actor.staffId } : { kind: "system" };
}

type FailureReason = "bad_password" | "unknown_user" | "inactive" | "locked" | "throttled" | "bad_totp";

async function auditLoginFailure(
  db: DbOrTrx,
  user: StaffUserRow | undefined,
  reason: FailureReason,
  meta: RequestMeta,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await record(db, {
    event: "login.staff.failure",
    outcome: "failure",
    // The attempted username of an unknown account is not logged: people type passwords into it.
    actor: user ? { kind: "staff", id: user.id } : { kind: "anonymous" },
    target: user ? { kind: "staff_user", id: user.id } : undefined,
    details: { reason, ...extra },
    meta,
    at: now,
  });
}

/** A factor of the login passed (the password, or the TOTP code); `next` is the stage it leads to. */
async function auditLoginSuccess(db: DbOrTrx, staffId: number, factor: "password" | "totp", next: string, meta: RequestMeta, now: Date): Promise<void> {
  await record(db, {
    event: "login.staff.success",
    outcome: "success",
    actor: { kind: "staff", id: staffId },
    target: { kind: "staff_user", id: staffId },
    details: { factor, next },
    meta,
    at: now,
  });
}

/** One more failed attempt on an existing account: counts towards the lock and audits it. */
async function countFailure(
  db: DbOrTrx,
  user: StaffUserRow,
  reason: FailureReason,
  meta: RequestMeta,
  now: Date,
  extra: Record<string, unknown> = {},
  event = "login.staff.failure",
): Promise<{ lockedNow: boolean }> {
  const next = lockoutAfterFailure({ failedAttempts: user.failed_attempts, lockouts: user.lockouts, lockedUntil: user.locked_until }, now);
  await updateStaffUser(db, user.id, {
    failed_attempts: next.failedAttempts,
    lockouts: next.lockouts,
    locked_until: next.lockedUntil,
    updated_at: now.toISOString(),
  });
  if (event === "login.staff.failure") await auditLoginFailure(db, user, reason, meta, now, extra);
  else await record(db, { event, outcome: "failure", actor: { kind: "staff", id: user.id }, target: { kind: "staff_user", id: user.id }, details: { reason, ...extra }, meta, at: now });
  if (next.lockedNow) {
    await record(db, {
      event: "staff.locked",
      outcome: "success",
      actor: { kind: "system" },
      target: { kind: "staff_user", id: user.id },
      details: { until: next.lockedUntil, lockouts: next.lockouts },
      meta,
      at: now,
    });
  }
  return { lockedNow: next.lockedNow };
}

function clearedLockout(now: Date) {
  return {
    failed_attempts: LOCKOUT_CLEARED.failedAttempts,
    lockouts: LOCKOUT_CLEARED.lockouts,
    locked_until: LOCKOUT_CLEARED.lockedUntil,
    updated_at: now.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Login: password step
// ---------------------------------------------------------------------------------------------

/** The one text a login form shows for every refusal (see the note at the top of this file). */
export const LOGIN_FAILED_MESSAGE = "staff.login.failed";

export type PasswordStepResult =
  | { ok: true; staffId: number; next: Exclude<StaffStage, "full"> }
  | { ok: false; reason: "invalid" | "locked" | "throttled"; message: typeof LOGIN_FAILED_MESSAGE };

function throttleKeys(username: string, meta: RequestMeta): { key: string; policy: ThrottlePolicy; scope: "ip" | "user" }[] {
  const keys: { key: string; policy: ThrottlePolicy; scope: "ip" | "user" }[] = [{ key: throttleKeyForUser(username), policy: USER_THROTTLE, scope: "user" }];
  if (meta.ip) keys.push({ key: throttleKeyForIp(meta.ip), policy: IP_THROTTLE, scope: "ip" });
  return keys;
}

export async function passwordStep(
  db: DbOrTrx,
  input: { username: string; password: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<PasswordStepResult> {
  const username = normalizeUsername(input.username);
  const keys = throttleKeys(username, meta);
  const rows = await findThrottles(db, keys.map((k) => k.key));
  const blocked = keys.find((k) => !throttleDecision(rows.find((r) => r.key === k.key), now, k.policy, k.key).allowed);
  if (blocked) {
    // Not verified and not counted: the window ends by itself; the username throttle applies to
    // unknown usernames alike, so this answer says nothing about which accounts exist.
    await auditLoginFailure(db, undefined, "throttled", meta, now, { scope: blocked.scope });
    return { ok: false, reason: "throttled", message: LOGIN_FAILED_MESSAGE };
  }

  const user = username === "" ? undefined : await findStaffUserByUsername(db, username);
  // Always verify, whatever happens next, so every path costs one argon2 verification.
  const passwordRight = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);

  const fail = async (reason: FailureReason, counted: boolean): Promise<PasswordStepResult> => {
    for (const k of keys) await bumpThrottle(db, k.key, now.toISOString(), windowExpiredBefore(now, k.policy));
    let locked = reason === "locked";
    if (user && counted) locked = (await countFailure(db, user, reason, meta, now)).lockedNow;
    else await auditLoginFailure(db, user, reason, meta, now);
    return { ok: false, reason: locked ? "locked" : "invalid", message: LOGIN_FAILED_MESSAGE };
  };

  if (!user) return fail("unknown_user", false);
  if (user.active !== 1) return fail("inactive", false);
  // Attempts during a lock are not counted: otherwise anyone could keep an account locked for ever.
  if (isLocked({ lockedUntil: user.locked_until }, now)) return fail("locked", false);
  if (!passwordRight) return fail("bad_password", true);

  const totpEnrolled = user.totp_enrolled_at !== null;
  const next = nextStage({ totpEnrolled, totpVerified: false, mustChangePassword: user.must_change_password === 1 });
  // With a second factor the failure count is cleared only after it: otherwise someone who knows
  // the password could alternate a right password and wrong codes and never be locked.
  if (!totpEnrolled) await updateStaffUser(db, user.id, clearedLockout(now));
  await auditLoginSuccess(db, user.id, "password", next, meta, now);
  if (next === "full") throw new Error("unreachable: a login without a second factor goes to enrolment");
  return { ok: true, staffId: user.id, next };
}

// ---------------------------------------------------------------------------------------------
// Login: TOTP step
// ---------------------------------------------------------------------------------------------

export type TotpStepResult =
  | { ok: true; next: "change_password" | "full" }
  | {
      ok: false;
      reason: "invalid" | "malformed" | "reused" | "locked";
      message: "staff.totp.invalid" | "staff.totp.format" | "staff.totp.reused" | "staff.totp.locked";
    };

export async function totpStep(
  db: DbOrTrx,
  input: { staffId: number; code: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<TotpStepResult> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user || user.active !== 1 || user.totp_enrolled_at === null || user.totp_secret_enc === null) {
    await auditLoginFailure(db, user, user && user.active !== 1 ? "inactive" : "bad_totp", meta, now, { detail: "not_enrolled" });
    return { ok: false, reason: "invalid", message: "staff.totp.invalid" };
  }
  if (isLocked({ lockedUntil: user.locked_until }, now)) {
    // The person here already knows the password, so saying "locked" reveals nothing new.
    await auditLoginFailure(db, user, "locked", meta, now);
    return { ok: false, reason: "locked", message: "staff.totp.locked" };
  }
  const secret = otpSecret(openTotpSecret(user.id, user.totp_secret_enc));
  const match = matchTotp({ code: input.code, now, lastStep: user.totp_last_step, codeAt: codeAt(secret) });
  // A mistyped code (letters, 5 digits) is not a guess: tell the person, do not count it.
  if (!match.ok && match.reason === "malformed") return { ok: false, reason: "malformed", message: "staff.totp.format" };
  if (match.ok && (await advanceTotpStep(db, user.id, match.step, clearedLockout(now)))) {
    const next = nextStage({ totpEnrolled: true, totpVerified: true, mustChangePassword: user.must_change_password === 1 });
    await auditLoginSuccess(db, user.id, "totp", next, meta, now);
    return { ok: true, next: next === "change_password" ? "change_password" : "full" };
  }
  // Either no step matched, or the matched step was already used (possibly by a request racing this one).
  const reused = match.ok || match.reason === "reused";
  const { lockedNow } = await countFailure(db, user, "bad_totp", meta, now, { detail: reused ? "reused" : "no_match" });
  if (lockedNow) return { ok: false, reason: "locked", message: "staff.totp.locked" };
  return reused ? { ok: false, reason: "reused", message: "staff.totp.reused" } : { ok: false, reason: "invalid", message: "staff.totp.invalid" };
}

// ---------------------------------------------------------------------------------------------
// TOTP enrolment
// ---------------------------------------------------------------------------------------------

export interface TotpEnrolment {
  /** Base32, for apps that take the key typed in. */
  secretBase32: string;
  /** The same, in groups of four for reading aloud or with a screen reader. */
  readable: string;
  otpauthUri: string;
  /** An SVG QR code of `otpauthUri`. Show it with an alternative text that points to `readable`. */
  qrSvg: string;
}

const TOTP_SECRET_BYTES = 20;

/**
 * Starts (or resumes) enrolment: the secret is stored sealed with `totp_enrolled_at` still null,
 * and only `confirmTotpEnrolment` with a right code makes it count. Reloading the page shows the
 * same pending secret again, so an app that already scanned it keeps working.
 * Throws for an account that already has a second factor: replacing one goes through an
 * administrator's reset (`resetPassword` with `clearTotp`).
 */
export async function beginTotpEnrolment(
  db: DbOrTrx,
  input: { staffId: number; issuer?: string },
  now: Date = new Date(),
): Promise<TotpEnrolment> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user || user.active !== 1) throw new Error(`beginTotpEnrolment: no active staff user ${input.staffId}`);
  if (user.totp_enrolled_at !== null) throw new Error(`beginTotpEnrolment: staff user ${input.staffId} already has a second factor`);
  let bytes: Uint8Array | null = null;
  if (user.totp_secret_enc) {
    try {
      bytes = openTotpSecret(user.id, user.totp_secret_enc);
    } catch {
      // Sealed under a key that has since changed: start again with a new secret.
      bytes = null;
    }
  }
  if (!bytes) {
    bytes = randomBytes(TOTP_SECRET_BYTES);
    await updateStaffUser(db, user.id, {
      totp_secret_enc: sealTotpSecret(user.id, bytes),
      totp_enrolled_at: null,
      totp_last_step: null,
      updated_at: now.toISOString(),
    });
  }
  const secret = otpSecret(bytes);
  const totp = new TOTP({
    issuer: input.issuer ?? "Sportello Telematico",
    label: user.username,
    secret,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
  const otpauthUri = totp.toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secretBase32: secret.base32, readable: formatSecretForReading(secret.base32), otpauthUri, qrSvg };
}

export type ConfirmTotpResult =
  | { ok: true; next: "change_password" | "full" }
  | { ok: false; reason: "invalid" | "malformed" | "not_pending"; message: "staff.totp.invalid" | "staff.totp.format" | "staff.totp.notPending" };

/**
 * Finishes enrolment when the code from the app is right. Wrong codes are not counted towards the
 * lock: the person here has just proved the password, and a slow first setup is common.
 */
export async function confirmTotpEnrolment(
  db: DbOrTrx,
  input: { staffId: number; code: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<ConfirmTotpResult> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user || user.active !== 1 || user.totp_enrolled_at !== null || user.totp_secret_enc === null) {
    return { ok: false, reason: "not_pending", message: "staff.totp.notPending" };
  }
  let bytes: Uint8Array;
  try {
    bytes = openTotpSecret(user.id, user.totp_secret_enc);
  } catch {
    return { ok: false, reason: "not_pending", message: "staff.totp.notPending" };
  }
  const match = matchTotp({ code: input.code, now, lastStep: user.totp_last_step, codeAt: codeAt(otpSecret(bytes)) });
  if (!match.ok) {
    return match.reason === "malformed"
      ? { ok: false, reason: "malformed", message: "staff.totp.format" }
      : { ok: false, reason: "invalid", message: "staff.totp.invalid" };
  }
  const stored = await advanceTotpStep(db, user.id, match.step, { totp_enrolled_at: now.toISOString(), ...clearedLockout(now) });
  if (!stored) return { ok: false, reason: "invalid", message: "staff.totp.invalid" };
  await record(db, { event: "totp.enrolled", outcome: "success", actor: { kind: "staff", id: user.id }, target: { kind: "staff_user", id: user.id }, meta, at: now });
  const next = nextStage({ totpEnrolled: true, totpVerified: true, mustChangePassword: user.must_change_password === 1 });
  return { ok: true, next: next === "change_password" ? "change_password" : "full" };
}

// ---------------------------------------------------------------------------------------------
// Password change (own)
// ---------------------------------------------------------------------------------------------

export type ChangePasswordProblem =
  | ReturnType<typeof checkNewPassword>[number]
  | "staff.password.currentWrong"
  | "staff.password.currentRequired"
  | "staff.password.sameAsCurrent"
  | "staff.password.locked"
  | "staff.user.notFound";

export type ChangePasswordResult = { ok: true; next: "enrol_totp" | "full" } | { ok: false; errors: ChangePasswordProblem[] };

/**
 * Changes one's own password. Without `currentPassword` it is allowed only while a change is
 * forced (after an administrator's reset or at the first login), where the temporary password was
 * just proved. `keepSessionId`: every other session of the account is ended; without it none is.
 */
export async function changePassword(
  db: DbOrTrx,
  input: { staffId: number; currentPassword?: string; newPassword: string; keepSessionId?: string },
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<ChangePasswordResult> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user || user.active !== 1) return { ok: false, errors: ["staff.user.notFound"] };
  if (isLocked({ lockedUntil: user.locked_until }, now)) return { ok: false, errors: ["staff.password.locked"] };
  const forced = user.must_change_password === 1;
  if (input.currentPassword === undefined) {
    if (!forced) return { ok: false, errors: ["staff.password.currentRequired"] };
  } else if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    // A session left open must not become a way to guess the password: this counts like a login failure.
    const { lockedNow } = await countFailure(db, user, "bad_password", meta, now, {}, "staff.password_changed");
    return { ok: false, errors: [lockedNow ? "staff.password.locked" : "staff.password.currentWrong"] };
  }
  const problems: ChangePasswordProblem[] = checkNewPassword(input.newPassword, { username: user.username, displayName: user.display_name });
  if (problems.length > 0) return { ok: false, errors: problems };
  const same =
    input.currentPassword !== undefined
      ? normalizePassword(input.currentPassword) === normalizePassword(input.newPassword)
      : await verifyPassword(user.password_hash, input.newPassword);
  if (same) return { ok: false, errors: ["staff.password.sameAsCurrent"] };

  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (trx) => {
    await updateStaffUser(trx, user.id, {
      password_hash: passwordHash,
      must_change_password: 0,
      password_changed_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    if (input.keepSessionId !== undefined) await deleteSessionsOfSubject(trx, staffSubject(user.id), input.keepSessionId);
    await record(trx, {
      event: "staff.password_changed",
      outcome: "success",
      actor: { kind: "staff", id: user.id },
      target: { kind: "staff_user", id: user.id },
      details: { forced },
      meta,
      at: now,
    });
  });
  const next = nextStage({ totpEnrolled: user.totp_enrolled_at !== null, totpVerified: true, mustChangePassword: false });
  return { ok: true, next: next === "enrol_totp" ? "enrol_totp" : "full" };
}

// ---------------------------------------------------------------------------------------------
// Administration (the route has checked `staff.manage`)
// ---------------------------------------------------------------------------------------------

export type StaffAdminProblem = StaffAccountProblem | "staff.user.usernameTaken" | "staff.user.officeUnknown" | "staff.user.notFound" | "staff.user.lastAdministrator";

async function checkRolesAgainstDb(db: DbOrTrx, roles: readonly StaffRoleInput[]): Promise<StaffAdminProblem[]> {
  const problems: StaffAdminProblem[] = checkStaffRoles(roles);
  const officeIds = [...new Set(roles.flatMap((r) => (r.officeId === undefined || r.officeId === null ? [] : [r.officeId])))];
  const known = await existingOfficeIds(db, officeIds);
  if (officeIds.some((id) => !known.includes(id))) problems.push("staff.user.officeUnknown");
  return problems;
}

function roleRows(roles: readonly StaffRoleInput[]): { role: StaffRole; office_id: number | null }[] {
  return roles.map((r) => ({ role: r.role as StaffRole, office_id: r.officeId ?? null }));
}

export async function createStaffUser(
  db: DbOrTrx,
  input: { username: string; displayName: string; email: string; roles: StaffRoleInput[] },
  actor: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true; staffId: number; temporaryPassword: string } | { ok: false; errors: StaffAdminProblem[] }> {
  const username = normalizeUsername(input.username);
  const problems: StaffAdminProblem[] = [...checkStaffAccount(input), ...(await checkRolesAgainstDb(db, input.roles))];
  if (problems.length === 0 && (await findStaffUserByUsername(db, username))) problems.push("staff.user.usernameTaken");
  if (problems.length > 0) return { ok: false, errors: problems };

  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  const stamp = now.toISOString();
  const staffId = await inTransaction(db, async (trx) => {
    const id = await insertStaffUser(trx, {
      username,
      display_name: input.displayName.trim(),
      email: input.email.trim(),
      password_hash: passwordHash,
      must_change_password: 1,
      password_changed_at: stamp,
      totp_secret_enc: null,
      totp_enrolled_at: null,
      totp_last_step: null,
      locked_until: null,
      active: 1,
      created_at: stamp,
      updated_at: stamp,
    });
    await replaceRoles(trx, id, roleRows(input.roles));
    await record(trx, {
      event: "staff.created",
      outcome: "success",
      actor: auditActor(actor),
      target: { kind: "staff_user", id },
      details: { username, roles: roleRows(input.roles) },
      meta,
      at: now,
    });
    return id;
  });
  return { ok: true, staffId, temporaryPassword: temporary };
}

/**
 * An administrator's reset: a new temporary password (returned once, never stored in clear), a
 * forced change at the next login, the lock lifted, the second factor kept or removed, and every
 * session of the account ended at once.
 */
export async function resetPassword(
  db: DbOrTrx,
  input: { staffId: number; clearTotp: boolean },
  actor: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true; temporaryPassword: string; sessionsEnded: number } | { ok: false; errors: ["staff.user.notFound"] }> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user) return { ok: false, errors: ["staff.user.notFound"] };
  const temporary = temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  const stamp = now.toISOString();
  const sessionsEnded = await inTransaction(db, async (trx) => {
    await updateStaffUser(trx, user.id, {
      password_hash: passwordHash,
      must_change_password: 1,
      password_changed_at: stamp,
      ...clearedLockout(now),
      ...(input.clearTotp ? { totp_secret_enc: null, totp_enrolled_at: null, totp_last_step: null } : {}),
    });
    const ended = await deleteSessionsOfSubject(trx, staffSubject(user.id));
    await record(trx, {
      event: "staff.password_reset",
      outcome: "success",
      actor: auditActor(actor),
      target: { kind: "staff_user", id: user.id },
      details: { clearTotp: input.clearTotp, sessionsEnded: ended },
      meta,
      at: now,
    });
    return ended;
  });
  return { ok: true, temporaryPassword: temporary, sessionsEnded };
}

/** Whether removing `staffId`'s administrator role or account would leave nobody able to manage staff. */
async function wouldLeaveNoAdministrator(db: DbOrTrx, staffId: number): Promise<boolean> {
  const admins = await activeAdministratorIds(db);
  return admins.length === 1 && admins[0] === staffId;
}

export async function setRoles(
  db: DbOrTrx,
  input: { staffId: number; roles: StaffRoleInput[] },
  actor: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; errors: StaffAdminProblem[] }> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user) return { ok: false, errors: ["staff.user.notFound"] };
  const problems = await checkRolesAgainstDb(db, input.roles);
  if (problems.length > 0) return { ok: false, errors: problems };
  const staysAdmin = input.roles.some((r) => r.role === "administrator");
  return inTransaction(db, async (trx) => {
    if (!staysAdmin && (await wouldLeaveNoAdministrator(trx, user.id))) return { ok: false as const, errors: ["staff.user.lastAdministrator" as const] };
    const before = (await listRolesOf(trx, [user.id])).map((r) => ({ role: r.role, office_id: r.office_id }));
    await replaceRoles(trx, user.id, roleRows(input.roles));
    await updateStaffUser(trx, user.id, { updated_at: now.toISOString() });
    await record(trx, {
      event: "staff.roles_changed",
      outcome: "success",
      actor: auditActor(actor),
      target: { kind: "staff_user", id: user.id },
      details: { before, after: roleRows(input.roles) },
      meta,
      at: now,
    });
    return { ok: true as const };
  });
}

/** Deactivating ends every session of the account at once; the account and its history stay. */
export async function setActive(
  db: DbOrTrx,
  input: { staffId: number; active: boolean },
  actor: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; errors: StaffAdminProblem[] }> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user) return { ok: false, errors: ["staff.user.notFound"] };
  return inTransaction(db, async (trx) => {
    if (!input.active && (await wouldLeaveNoAdministrator(trx, user.id))) return { ok: false as const, errors: ["staff.user.lastAdministrator" as const] };
    await updateStaffUser(trx, user.id, { active: input.active ? 1 : 0, updated_at: now.toISOString() });
    const sessionsEnded = input.active ? 0 : await deleteSessionsOfSubject(trx, staffSubject(user.id));
    await record(trx, {
      event: input.active ? "staff.reactivated" : "staff.deactivated",
      outcome: "success",
      actor: auditActor(actor),
      target: { kind: "staff_user", id: user.id },
      details: input.active ? undefined : { sessionsEnded },
      meta,
      at: now,
    });
    return { ok: true as const };
  });
}

export async function unlock(
  db: DbOrTrx,
  input: { staffId: number },
  actor: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true } | { ok: false; errors: ["staff.user.notFound"] }> {
  const user = await findStaffUserById(db, input.staffId);
  if (!user) return { ok: false, errors: ["staff.user.notFound"] };
  await updateStaffUser(db, user.id, clearedLockout(now));
  await record(db, { event: "staff.unlocked", outcome: "success", actor: auditActor(actor), target: { kind: "staff_user", id: user.id }, meta, at: now });
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

export interface StaffListItem {
  id: number;
  username: string;
  displayName: string;
  email: string;
  active: boolean;
  /** ISO instant while locked, otherwise null. */
  lockedUntil: string | null;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
  roles: { role: StaffRole; officeId: number | null; officeSlug: string | null }[];
}

export async function listStaff(db: DbOrTrx, now: Date = new Date()): Promise<StaffListItem[]> {
  const users = await listStaffUsers(db);
  const roles = await listRolesOf(db, users.map((u) => u.id));
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    active: u.active === 1,
    lockedUntil: isLocked({ lockedUntil: u.locked_until }, now) ? u.locked_until : null,
    totpEnrolled: u.totp_enrolled_at !== null,
    mustChangePassword: u.must_change_password === 1,
    roles: roles.filter((r) => r.staff_user_id === u.id).map((r) => ({ role: r.role, officeId: r.office_id, officeSlug: r.office_slug })),
  }));
}

export interface StaffPrincipal {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** Slugs of the offices of the staff member's office-scoped roles. */
  offices: string[];
  mustChangePassword: boolean;
  totpEnrolled: boolean;
}

/** What the session layer needs on every request; null for an unknown or deactivated account. */
export async function getStaffPrincipal(db: DbOrTrx, staffId: number): Promise<StaffPrincipal | null> {
  const user = await findStaffUserById(db, staffId);
  if (!user || user.active !== 1) return null;
  const roles = await listRolesOf(db, [user.id]);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: [...new Set(roles.map((r) => r.role))],
    offices: [...new Set(roles.flatMap((r) => (r.office_slug ? [r.office_slug] : [])))],
    mustChangePassword: user.must_change_password === 1,
    totpEnrolled: user.totp_enrolled_at !== null,
  };
}

/** Housekeeping for a background job: throttle rows whose window has ended. */
export async function purgeLoginThrottle(db: DbOrTrx, now: Date = new Date()): Promise<number> {
  const longest = Math.max(IP_THROTTLE.windowMs, USER_THROTTLE.windowMs);
  return deleteExpiredThrottles(db, windowExpiredBefore(now, { limit: 0, windowMs: longest }));
}
