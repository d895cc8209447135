import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seed } from "#db/seed/index";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET, seedStaff } from "#db/seed/staff";
import { stepOf, throttleDecision } from "~/domain/staff-auth";
import { bumpThrottle } from "~/models/login-throttle.server";
import type { RequestMeta } from "~/services/audit.server";
import { openSecret } from "~/services/secret-box.server";
import {
  beginTotpEnrolment,
  changePassword,
  confirmTotpEnrolment,
  createStaffUser,
  getStaffPrincipal,
  listStaff,
  passwordStep,
  purgeLoginThrottle,
  resetPassword,
  setActive,
  setRoles,
  totpAad,
  totpCodeFor,
  totpStep,
  unlock,
} from "~/services/staff-auth.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

// Wrap argon2's verify so the tests can see that an unknown username is verified too.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const original = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...original, verify: vi.fn(original.verify) };
});

const MINUTE = 60_000;

describe.each(databaseNames())("staff authentication on %s", (name) => {
  let t: TestDatabase;
  // Each test moves the clock on by an hour, so throttle windows and TOTP steps never overlap.
  let clock = new Date("2026-12-01T08:00:00Z").getTime();
  let now: Date;
  let ipCounter = 0;
  let meta: RequestMeta;
  const ids: Record<string, number> = {};

  const later = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
  const codeAt = (at: Date) => totpCodeFor(DEMO_TOTP_SECRET, at);
  const audit = (event: string) =>
    t.db.selectFrom("audit_log").selectAll().where("event", "=", event).where("occurred_at", ">=", now.toISOString()).orderBy("id").execute();

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
    await seedStaff(t.db);
    for (const u of await t.db.selectFrom("staff_user").select(["id", "username"]).execute()) ids[u.username] = u.id;
  });
  afterAll(async () => t?.drop());
  beforeEach(() => {
    clock += 60 * MINUTE;
    now = new Date(clock);
    meta = { ip: `192.0.2.${++ipCounter}`, userAgent: "vitest", requestId: `req-${ipCounter}` };
    vi.mocked(verify).mockClear();
  });

  it("seeds the demo accounts once, with their roles and offices, and re-seeding keeps them", async () => {
    const before = await t.db.selectFrom("staff_user").select(["id", "username", "password_hash"]).orderBy("id").execute();
    const rolesBefore = await t.db.selectFrom("staff_role").selectAll().orderBy("id").execute();
    await seedStaff(t.db);
    expect(await t.db.selectFrom("staff_user").select(["id", "username", "password_hash"]).orderBy("id").execute()).toEqual(before);
    expect(await t.db.selectFrom("staff_role").selectAll().orderBy("id").execute()).toEqual(rolesBefore);
    expect(before.map((u) => u.username).sort()).toEqual(["admin", "anagrafe", "dirigente", "piano", "tributi"]);
    const anagrafe = await getStaffPrincipal(t.db, ids.anagrafe!);
    expect(anagrafe).toMatchObject({ username: "anagrafe", roles: ["operator"], offices: ["servizi-demografici"], totpEnrolled: true, mustChangePassword: false });
    expect((await getStaffPrincipal(t.db, ids.admin!))?.roles).toEqual(["administrator"]);
    // The secret is stored sealed, bound to its row.
    const row = await t.db.selectFrom("staff_user").select(["id", "totp_secret_enc"]).where("username", "=", "admin").executeTakeFirstOrThrow();
    expect(row.totp_secret_enc).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(() => openSecret(row.totp_secret_enc!, { aad: totpAad(row.id + 1) })).toThrow();
  });

  it("logs in with the right password and TOTP code, and audits both steps", async () => {
    const first = await passwordStep(t.db, { username: "  Admin ", password: DEMO_STAFF_PASSWORD }, meta, now);
    expect(first).toEqual({ ok: true, staffId: ids.admin, next: "totp" });
    const second = await totpStep(t.db, { staffId: ids.admin!, code: codeAt(now) }, meta, now);
    expect(second).toEqual({ ok: true, next: "full" });
    const successes = await audit("login.staff.success");
    expect(successes.map((a) => JSON.parse(a.details ?? "{}").factor)).toEqual(["password", "totp"]);
    expect(successes[0]).toMatchObject({ actor_kind: "staff", actor_id: ids.admin, ip: meta.ip, user_agent: "vitest", request_id: meta.requestId });
    for (const a of await t.db.selectFrom("audit_log").select("details").execute()) {
      expect(a.details ?? "").not.toContain(DEMO_STAFF_PASSWORD);
    }
  });

  it("refuses a TOTP code that was already used, and a wrong or mistyped one", async () => {
    const code = codeAt(now);
    expect((await totpStep(t.db, { staffId: ids.tributi!, code }, meta, now)).ok).toBe(true);
    expect(await totpStep(t.db, { staffId: ids.tributi!, code }, meta, now)).toMatchObject({ ok: false, reason: "reused", message: "staff.totp.reused" });
    // The previous step's code is older than the one just accepted: refused as well.
    expect(await totpStep(t.db, { staffId: ids.tributi!, code: codeAt(new Date(now.getTime() - 30_000)) }, meta, now)).toMatchObject({ reason: "reused" });
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await totpStep(t.db, { staffId: ids.tributi!, code: wrong }, meta, now)).toMatchObject({ ok: false, reason: "invalid", message: "staff.totp.invalid" });
    expect(await totpStep(t.db, { staffId: ids.tributi!, code: "12a4" }, meta, now)).toMatchObject({ ok: false, reason: "malformed", message: "staff.totp.format" });
    // The next step's code is still good.
    const next = new Date(now.getTime() + 30_000);
    expect((await totpStep(t.db, { staffId: ids.tributi!, code: codeAt(next) }, meta, next)).ok).toBe(true);
    const failures = await audit("login.staff.failure");
    expect(failures.map((f) => JSON.parse(f.details ?? "{}"))).toEqual([
      { reason: "bad_totp", detail: "reused" },
      { reason: "bad_totp", detail: "reused" },
      { reason: "bad_totp", detail: "no_match" },
    ]);
    // A full login clears the failures counted on the way.
    expect((await t.db.selectFrom("staff_user").select("failed_attempts").where("id", "=", ids.tributi!).executeTakeFirstOrThrow()).failed_attempts).toBe(0);
  });

  it("locks after five wrong passwords, with the same answer as an unknown user, and unlocks after 15 minutes", async () => {
    const unknown = await passwordStep(t.db, { username: "nessuno", password: "whatever-password" }, meta, now);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await passwordStep(t.db, { username: "piano", password: `wrong-password-${i}` }, meta, now));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: "locked" });
    // What the page shows is the same text for all of them.
    const messages = new Set([unknown, ...results].map((r) => (r.ok ? "ok" : r.message)));
    expect([...messages]).toEqual(["staff.login.failed"]);
    // Locked: even the right password is refused, with the same text, and is not counted.
    const whileLocked = await passwordStep(t.db, { username: "piano", password: DEMO_STAFF_PASSWORD }, meta, later(14));
    expect(whileLocked).toEqual({ ok: false, reason: "locked", message: "staff.login.failed" });
    expect((await listStaff(t.db, later(14))).find((s) => s.username === "piano")?.lockedUntil).toBe(later(15).toISOString());
    expect((await passwordStep(t.db, { username: "piano", password: DEMO_STAFF_PASSWORD }, meta, later(15))).ok).toBe(true);

    expect((await audit("staff.locked")).map((a) => [a.target_id, JSON.parse(a.details ?? "{}").until])).toEqual([[String(ids.piano), later(15).toISOString()]]);
    const reasons = (await audit("login.staff.failure")).map((a) => [a.actor_kind, JSON.parse(a.details ?? "{}").reason]);
    expect(reasons).toEqual([
      ["anonymous", "unknown_user"],
      ...Array.from({ length: 5 }, () => ["staff", "bad_password"]),
      ["staff", "locked"],
    ]);
  });

  it("doubles the next lock, until a complete login clears the count", async () => {
    const user = "piano";
    for (let i = 0; i < 5; i++) await passwordStep(t.db, { username: user, password: "wrong-password-x" }, meta, now);
    const first = await t.db.selectFrom("staff_user").select(["locked_until", "lockouts"]).where("id", "=", ids.piano!).executeTakeFirstOrThrow();
    expect(first.lockouts).toBeGreaterThanOrEqual(1);
    const afterFirst = new Date(Date.parse(first.locked_until!) + 1000);
    const m2 = { ...meta, ip: `${meta.ip}0` };
    for (let i = 0; i < 5; i++) await passwordStep(t.db, { username: user, password: "wrong-password-y" }, m2, afterFirst);
    const second = await t.db.selectFrom("staff_user").select(["locked_until", "lockouts"]).where("id", "=", ids.piano!).executeTakeFirstOrThrow();
    expect(second.lockouts).toBe(first.lockouts + 1);
    const firstLength = Date.parse(first.locked_until!) - now.getTime();
    expect(Date.parse(second.locked_until!) - afterFirst.getTime()).toBe(firstLength * 2);
    // An administrator can lift the lock at once; it is audited.
    expect(await unlock(t.db, { staffId: ids.piano! }, { staffId: ids.admin! }, meta, afterFirst)).toEqual({ ok: true });
    expect((await passwordStep(t.db, { username: user, password: DEMO_STAFF_PASSWORD }, { ...meta, ip: "198.51.100.9" }, afterFirst)).ok).toBe(true);
    const code = codeAt(afterFirst);
    expect((await totpStep(t.db, { staffId: ids.piano!, code }, meta, afterFirst)).ok).toBe(true);
    const cleared = await t.db.selectFrom("staff_user").select(["failed_attempts", "lockouts", "locked_until"]).where("id", "=", ids.piano!).executeTakeFirstOrThrow();
    expect(cleared).toEqual({ failed_attempts: 0, lockouts: 0, locked_until: null });
    expect(await audit("staff.unlocked")).toHaveLength(1);
  });

  it("verifies an unknown username against a dummy hash, like a known one", async () => {
    const result = await passwordStep(t.db, { username: "chi-non-esiste", password: "una password qualsiasi" }, meta, now);
    expect(result).toEqual({ ok: false, reason: "invalid", message: "staff.login.failed" });
    expect(vi.mocked(verify)).toHaveBeenCalledTimes(1);
    const [hashUsed] = vi.mocked(verify).mock.calls[0]!;
    const real = await t.db.selectFrom("staff_user").select("password_hash").where("username", "=", "admin").executeTakeFirstOrThrow();
    // Same algorithm and cost as a real account's hash, so the time taken is the same.
    expect(String(hashUsed).split("$").slice(0, 4)).toEqual(real.password_hash.split("$").slice(0, 4));
    // A deactivated account and a wrong password go through verify as well.
    vi.mocked(verify).mockClear();
    await passwordStep(t.db, { username: "admin", password: "sbagliata-sbagliata" }, meta, now);
    expect(vi.mocked(verify)).toHaveBeenCalledTimes(1);
  });

  it("throttles failures per address, whoever the usernames are", async () => {
    for (let i = 0; i < 20; i++) {
      const r = await passwordStep(t.db, { username: `guess-${i}`, password: "guess-guess-guess" }, meta, now);
      expect(r).toMatchObject({ ok: false, reason: "invalid" });
    }
    // The 21st attempt from that address is refused before anything is verified, even with the right password.
    vi.mocked(verify).mockClear();
    const throttled = await passwordStep(t.db, { username: "anagrafe", password: DEMO_STAFF_PASSWORD }, meta, later(1));
    expect(throttled).toEqual({ ok: false, reason: "throttled", message: "staff.login.failed" });
    expect(vi.mocked(verify)).not.toHaveBeenCalled();
    expect((await audit("login.staff.failure")).at(-1)?.details).toBe(JSON.stringify({ reason: "throttled", scope: "ip" }));
    // Another address is not affected; this one is again when the window has passed.
    expect((await passwordStep(t.db, { username: "anagrafe", password: DEMO_STAFF_PASSWORD }, { ...meta, ip: "203.0.113.7" }, later(1))).ok).toBe(true);
    expect((await passwordStep(t.db, { username: "anagrafe", password: DEMO_STAFF_PASSWORD }, meta, later(15))).ok).toBe(true);
  });

  it("throttles failures per username, existing or not", async () => {
    for (const username of ["anagrafe", "inesistente"]) {
      for (let i = 0; i < 10; i++) {
        await passwordStep(t.db, { username, password: "wrong-wrong-wrong" }, { ...meta, ip: `198.51.100.${i + 1}` }, later(20));
      }
      const r = await passwordStep(t.db, { username, password: "wrong-wrong-wrong" }, { ...meta, ip: "198.51.100.200" }, later(20));
      expect(r).toMatchObject({ ok: false, reason: "throttled", message: "staff.login.failed" });
    }
    await unlock(t.db, { staffId: ids.anagrafe! }, { staffId: ids.admin! }, meta, later(20));
  });

  it("counts throttle failures atomically with the same arithmetic as the domain", async () => {
    const policy = { limit: 3, windowMs: 15 * MINUTE };
    const key = `test:${name}:${now.getTime()}`;
    const expired = (at: Date) => new Date(at.getTime() - policy.windowMs).toISOString();
    const rows = await Promise.all(Array.from({ length: 5 }, () => bumpThrottle(t.db, key, now.toISOString(), expired(now))));
    expect(rows.map((r) => r.count).sort()).toEqual([1, 2, 3, 4, 5]);
    const at = later(5);
    const fifth = await bumpThrottle(t.db, key, at.toISOString(), expired(at));
    expect(fifth).toEqual({ key, window_start: now.toISOString(), count: 6 });
    const after = later(15);
    const fresh = await bumpThrottle(t.db, key, after.toISOString(), expired(after));
    expect(fresh).toEqual(throttleDecision({ ...fifth }, after, policy).next);
    expect(await purgeLoginThrottle(t.db, later(31))).toBeGreaterThanOrEqual(1);
    expect(await t.db.selectFrom("login_throttle").selectAll().where("key", "=", key).execute()).toEqual([]);
  });

  it("resets a password: every session ends, the temporary password must be changed, the TOTP is kept", async () => {
    const staffId = ids.tributi!;
    const stamp = now.toISOString();
    const absolute = later(600).toISOString();
    await t.db
      .insertInto("session")
      .values([
        { id: `s1-${name}-${clock}`, data: "{}", created_at: stamp, last_seen_at: stamp, absolute_expires_at: absolute, subject: `staff:${staffId}` },
        { id: `s2-${name}-${clock}`, data: "{}", created_at: stamp, last_seen_at: stamp, absolute_expires_at: absolute, subject: `staff:${staffId}` },
        { id: `s3-${name}-${clock}`, data: "{}", created_at: stamp, last_seen_at: stamp, absolute_expires_at: absolute, subject: `staff:${ids.admin}` },
      ])
      .execute();
    const reset = await resetPassword(t.db, { staffId, clearTotp: false }, { staffId: ids.admin! }, meta, now);
    if (!reset.ok) throw new Error("reset failed");
    expect(reset.sessionsEnded).toBe(2);
    expect(reset.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    const left = await t.db.selectFrom("session").select("subject").where("id", "like", `%-${name}-${clock}`).execute();
    expect(left).toEqual([{ subject: `staff:${ids.admin}` }]);
    expect((await audit("staff.password_reset"))[0]).toMatchObject({ actor_kind: "staff", actor_id: ids.admin, target_id: String(staffId) });
    expect((await audit("staff.password_reset"))[0]?.details).not.toContain(reset.temporaryPassword);

    // The old password no longer works; the temporary one leads to the TOTP, then to the change.
    expect((await passwordStep(t.db, { username: "tributi", password: DEMO_STAFF_PASSWORD }, meta, later(1))).ok).toBe(false);
    expect(await passwordStep(t.db, { username: "tributi", password: reset.temporaryPassword }, meta, later(1))).toEqual({ ok: true, staffId, next: "totp" });
    expect(await totpStep(t.db, { staffId, code: codeAt(later(1)) }, meta, later(1))).toEqual({ ok: true, next: "change_password" });
    expect(await changePassword(t.db, { staffId, newPassword: "corto" }, meta, later(2))).toEqual({ ok: false, errors: ["staff.password.tooShort"] });
    expect(await changePassword(t.db, { staffId, newPassword: reset.temporaryPassword }, meta, later(2))).toEqual({ ok: false, errors: ["staff.password.sameAsCurrent"] });
    expect(await changePassword(t.db, { staffId, newPassword: "ufficio imposte via XX settembre" }, meta, later(2))).toEqual({ ok: true, next: "full" });
    expect((await getStaffPrincipal(t.db, staffId))?.mustChangePassword).toBe(false);
    // Outside a forced change the current password is required, and a wrong one counts as a failure.
    expect(await changePassword(t.db, { staffId, newPassword: "un'altra password lunga" }, meta, later(3))).toEqual({ ok: false, errors: ["staff.password.currentRequired"] });
    expect(await changePassword(t.db, { staffId, currentPassword: "sbagliata", newPassword: "un'altra password lunga" }, meta, later(3))).toEqual({
      ok: false,
      errors: ["staff.password.currentWrong"],
    });
    expect((await audit("staff.password_changed")).map((a) => a.outcome)).toEqual(["success", "failure"]);
    // Put the demo password back for the other tests (through the seed, as the demo would).
    await seedStaff(t.db);
    expect((await passwordStep(t.db, { username: "tributi", password: DEMO_STAFF_PASSWORD }, meta, later(4))).ok).toBe(true);
  });

  it("creates an account whose first login changes the password and enrols TOTP", async () => {
    const office = await t.db.selectFrom("office").select("id").where("slug", "=", "servizi-demografici").executeTakeFirstOrThrow();
    const invalid = await createStaffUser(
      t.db,
      { username: "admin", displayName: "", email: "x", roles: [{ role: "operator" }] },
      { staffId: ids.admin! },
      meta,
      now,
    );
    expect(invalid).toEqual({ ok: false, errors: ["staff.user.displayNameRequired", "staff.user.emailInvalid", "staff.user.officeRequired"] });
    expect(
      await createStaffUser(t.db, { username: "Admin", displayName: "Altro", email: "a@b.it", roles: [{ role: "plan_owner" }] }, { staffId: ids.admin! }, meta, now),
    ).toEqual({ ok: false, errors: ["staff.user.usernameTaken"] });
    expect(
      await createStaffUser(t.db, { username: "x.y", displayName: "X", email: "a@b.it", roles: [{ role: "operator", officeId: 999999 }] }, { staffId: ids.admin! }, meta, now),
    ).toEqual({ ok: false, errors: ["staff.user.officeUnknown"] });

    const created = await createStaffUser(
      t.db,
      { username: "G.Bianchi", displayName: "Giulia Bianchi", email: "g.bianchi@comune.example.it", roles: [{ role: "operator", officeId: office.id }] },
      { staffId: ids.admin! },
      meta,
      now,
    );
    if (!created.ok) throw new Error(created.errors.join());
    ids["g.bianchi"] = created.staffId;
    expect((await audit("staff.created"))[0]?.details).not.toContain(created.temporaryPassword);

    expect(await passwordStep(t.db, { username: "g.bianchi", password: created.temporaryPassword }, meta, now)).toEqual({
      ok: true,
      staffId: created.staffId,
      next: "change_password",
    });
    expect(await changePassword(t.db, { staffId: created.staffId, newPassword: "g.bianchi-password-lunga" }, meta, now)).toEqual({
      ok: false,
      errors: ["staff.password.containsUsername"],
    });
    expect(await changePassword(t.db, { staffId: created.staffId, newPassword: "giardino pioggia lanterna" }, meta, now)).toEqual({ ok: true, next: "enrol_totp" });

    const enrolment = await beginTotpEnrolment(t.db, { staffId: created.staffId, issuer: "Comune di Seregno" }, now);
    expect(enrolment.readable.replace(/ /g, "")).toBe(enrolment.secretBase32);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Comune%20di%20Seregno:g\.bianchi\?/);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // Reloading the page shows the same pending secret.
    expect((await beginTotpEnrolment(t.db, { staffId: created.staffId }, now)).secretBase32).toBe(enrolment.secretBase32);
    // Not enrolled yet: the TOTP step refuses.
    expect((await totpStep(t.db, { staffId: created.staffId, code: totpCodeFor(enrolment.secretBase32, now) }, meta, now)).ok).toBe(false);
    expect(await confirmTotpEnrolment(t.db, { staffId: created.staffId, code: "000000" === totpCodeFor(enrolment.secretBase32, now) ? "111111" : "000000" }, meta, now)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await confirmTotpEnrolment(t.db, { staffId: created.staffId, code: totpCodeFor(enrolment.secretBase32, now) }, meta, now)).toEqual({ ok: true, next: "full" });
    expect(await audit("totp.enrolled")).toHaveLength(1);
    await expect(beginTotpEnrolment(t.db, { staffId: created.staffId }, now)).rejects.toThrow(/already/);

    const principal = await getStaffPrincipal(t.db, created.staffId);
    expect(principal).toMatchObject({ username: "g.bianchi", roles: ["operator"], offices: ["servizi-demografici"], totpEnrolled: true, mustChangePassword: false });

    // The next login asks for the TOTP; the code used at enrolment cannot be used again.
    expect(await passwordStep(t.db, { username: "g.bianchi", password: "giardino pioggia lanterna" }, meta, later(0.2))).toMatchObject({ ok: true, next: "totp" });
    expect(await totpStep(t.db, { staffId: created.staffId, code: totpCodeFor(enrolment.secretBase32, now) }, meta, later(0.2))).toMatchObject({ ok: false });
  });

  it("resets with the second factor cleared: the next login enrols again", async () => {
    const staffId = ids["g.bianchi"]!;
    const reset = await resetPassword(t.db, { staffId, clearTotp: true }, { staffId: ids.admin! }, meta, now);
    if (!reset.ok) throw new Error("reset failed");
    expect(await passwordStep(t.db, { username: "g.bianchi", password: reset.temporaryPassword }, meta, now)).toMatchObject({ ok: true, next: "change_password" });
    expect(await changePassword(t.db, { staffId, newPassword: "nuova frase di accesso", keepSessionId: "none" }, meta, now)).toEqual({ ok: true, next: "enrol_totp" });
    expect((await getStaffPrincipal(t.db, staffId))?.totpEnrolled).toBe(false);
  });

  it("changes roles and deactivates accounts, never leaving the desk without an administrator", async () => {
    const staffId = ids["g.bianchi"]!;
    expect(await setRoles(t.db, { staffId, roles: [{ role: "administrator" }, { role: "plan_approver" }] }, { staffId: ids.admin! }, meta, now)).toEqual({ ok: true });
    expect((await getStaffPrincipal(t.db, staffId))?.roles.sort()).toEqual(["administrator", "plan_approver"]);
    const changed = await audit("staff.roles_changed");
    expect(JSON.parse(changed[0]?.details ?? "{}").after).toEqual([
      { role: "administrator", office_id: null },
      { role: "plan_approver", office_id: null },
    ]);

    // Two administrators: one may go.
    const stamp = now.toISOString();
    await t.db
      .insertInto("session")
      .values({ id: `g-${name}-${clock}`, data: "{}", created_at: stamp, last_seen_at: stamp, absolute_expires_at: later(60).toISOString(), subject: `staff:${staffId}` })
      .execute();
    expect(await setActive(t.db, { staffId, active: false }, { staffId: ids.admin! }, meta, now)).toEqual({ ok: true });
    expect(await getStaffPrincipal(t.db, staffId)).toBeNull();
    expect(await t.db.selectFrom("session").select("id").where("subject", "=", `staff:${staffId}`).execute()).toEqual([]);
    expect(await passwordStep(t.db, { username: "g.bianchi", password: "nuova frase di accesso" }, meta, now)).toEqual({ ok: false, reason: "invalid", message: "staff.login.failed" });

    // Now admin is the last one: neither deactivation nor losing the role is allowed.
    expect(await setActive(t.db, { staffId: ids.admin!, active: false }, { staffId: ids.admin! }, meta, now)).toEqual({ ok: false, errors: ["staff.user.lastAdministrator"] });
    expect(await setRoles(t.db, { staffId: ids.admin!, roles: [{ role: "plan_owner" }] }, { staffId: ids.admin! }, meta, now)).toEqual({
      ok: false,
      errors: ["staff.user.lastAdministrator"],
    });
    expect(await setActive(t.db, { staffId, active: true }, { staffId: ids.admin! }, meta, now)).toEqual({ ok: true });
    expect((await audit("staff.deactivated")).length + (await audit("staff.reactivated")).length).toBe(2);
    const listed = await listStaff(t.db, now);
    expect(listed.find((s) => s.id === staffId)).toMatchObject({ active: true, totpEnrolled: false, mustChangePassword: false });
  });

  it("takes the TOTP step from the secret's current code, ±1 step, with the real clock too", async () => {
    const real = new Date();
    // "anagrafe" has not used a code yet; the other tests' clock runs in the future, so their
    // throttle windows would still be open at the real time: start from a clean table.
    await t.db.deleteFrom("login_throttle").execute();
    expect(await passwordStep(t.db, { username: "anagrafe", password: DEMO_STAFF_PASSWORD }, meta, real)).toMatchObject({ ok: true });
    const prev = new Date(real.getTime() - 30_000);
    expect(stepOf(prev)).toBe(stepOf(real) - 1);
    expect(await totpStep(t.db, { staffId: ids.anagrafe!, code: totpCodeFor(DEMO_TOTP_SECRET, prev) }, meta, real)).toEqual({ ok: true, next: "full" });
  });
});
