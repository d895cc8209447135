import { HOTP, Secret } from "otpauth";
import { describe, expect, it } from "vitest";
import {
  buildTemporaryPassword,
  checkNewPassword,
  checkStaffAccount,
  checkStaffRoles,
  formatSecretForReading,
  isLocked,
  isTemporaryPasswordShape,
  lockDurationMs,
  lockoutAfterFailure,
  type LockoutState,
  matchTotp,
  nextStage,
  normalizeUsername,
  stepOf,
  TEMP_PASSWORD_ALPHABET,
  throttleDecision,
  throttleRetryAt,
  USER_THROTTLE,
} from "~/domain/staff-auth";

const person = { username: "mrossi", displayName: "Mario Rossi" };

describe("password policy", () => {
  it("accepts 12 to 128 characters of anything, with no composition rules", () => {
    expect(checkNewPassword("cavallo batteria graffetta", person)).toEqual([]);
    expect(checkNewPassword("tuttominuscolo", person)).toEqual([]);
    expect(checkNewPassword("ÀÈÌÒÙ àèìòù €€", person)).toEqual([]);
    expect(checkNewPassword("x".repeat(11) + "y", person)).toEqual([]);
  });

  it("counts characters, not UTF-16 units", () => {
    // 11 emoji are 22 UTF-16 units but 11 characters: too short.
    expect(checkNewPassword("🔑🔒🔓🗝🔐🔏🔑🔒🔓🗝🔐", person)).toContain("staff.password.tooShort");
  });

  it("refuses too short and too long", () => {
    expect(checkNewPassword("short", person)).toEqual(["staff.password.tooShort"]);
    expect(checkNewPassword("a b".repeat(43) + "c", person)).toEqual(["staff.password.tooLong"]);
    expect(checkNewPassword("ab ".repeat(42) + "cd", person)).toEqual([]); // exactly 128
  });

  it("refuses a password containing the username, in any case", () => {
    expect(checkNewPassword("la-password-di-MRossi", person)).toEqual(["staff.password.containsUsername"]);
    // A two-letter username is not checked: it would refuse too many good passwords.
    expect(checkNewPassword("ab-cavallo-batteria", { username: "ab", displayName: "A B" })).toEqual([]);
  });

  it("refuses the display name as the password", () => {
    expect(checkNewPassword("Mario Rossi Mario", { username: "mr", displayName: "Mario Rossi Mario" })).toEqual(["staff.password.sameAsName"]);
  });

  it("refuses common passwords and trivial runs, whatever the case", () => {
    for (const pw of ["Password1234", "qwerty123456", "AMMINISTRATORE", "aaaaaaaaaaaaaaa", "abcdefghijklmn", "987654321"]) {
      const problems = checkNewPassword(pw, person);
      expect(problems.length, pw).toBeGreaterThan(0);
    }
    expect(checkNewPassword("Password1234", person)).toEqual(["staff.password.tooCommon"]);
  });
});

describe("lockout", () => {
  const now = new Date("2026-11-27T10:00:00Z");
  const fresh: LockoutState = { failedAttempts: 0, lockouts: 0, lockedUntil: null };

  function fail(times: number, state: LockoutState, at = now) {
    let s = { ...state, lockedNow: false };
    for (let i = 0; i < times; i++) s = lockoutAfterFailure(s, at);
    return s;
  }

  it("locks for 15 minutes at the fifth consecutive failure, and starts counting again", () => {
    const four = fail(4, fresh);
    expect(four).toEqual({ failedAttempts: 4, lockouts: 0, lockedUntil: null, lockedNow: false });
    const five = lockoutAfterFailure(four, now);
    expect(five.lockedNow).toBe(true);
    expect(five.failedAttempts).toBe(0);
    expect(five.lockouts).toBe(1);
    expect(five.lockedUntil).toBe("2026-11-27T10:15:00.000Z");
    expect(isLocked(five, new Date("2026-11-27T10:14:59Z"))).toBe(true);
    expect(isLocked(five, new Date("2026-11-27T10:15:00Z"))).toBe(false);
  });

  it("doubles each further lock and stops at 24 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => lockDurationMs(n) / 60_000)).toEqual([15, 30, 60, 120, 240, 480, 960, 1440]);
    expect(lockDurationMs(40) / 60_000).toBe(1440);
    expect(lockDurationMs(10_000) / 60_000).toBe(1440);
    const later = new Date("2026-11-27T11:00:00Z");
    const second = fail(5, { failedAttempts: 0, lockouts: 1, lockedUntil: "2026-11-27T10:15:00.000Z" }, later);
    expect(second.lockedUntil).toBe("2026-11-27T11:30:00.000Z");
    expect(second.lockouts).toBe(2);
  });
});

describe("login throttle window", () => {
  const policy = { limit: 3, windowMs: 60_000 };
  const t0 = new Date("2026-11-27T10:00:00Z");

  it("starts a window at the first failure and allows up to the limit", () => {
    const first = throttleDecision(null, t0, policy, "ip:1.2.3.4");
    expect(first).toEqual({ allowed: true, next: { key: "ip:1.2.3.4", window_start: t0.toISOString(), count: 1 } });
    const row = { key: "ip:1.2.3.4", window_start: t0.toISOString(), count: 2 };
    expect(throttleDecision(row, new Date(t0.getTime() + 30_000), policy).allowed).toBe(true);
    const full = { ...row, count: 3 };
    expect(throttleDecision(full, new Date(t0.getTime() + 59_999), policy)).toEqual({ allowed: false, next: { ...full, count: 4 } });
    expect(throttleRetryAt(full, policy)).toBe("2026-11-27T10:01:00.000Z");
  });

  it("starts again when the window has passed", () => {
    const full = { key: "user:x", window_start: t0.toISOString(), count: 99 };
    const after = new Date(t0.getTime() + 60_000);
    expect(throttleDecision(full, after, policy)).toEqual({ allowed: true, next: { key: "user:x", window_start: after.toISOString(), count: 1 } });
  });

  it("has the plan's limits", () => {
    expect(USER_THROTTLE).toEqual({ limit: 10, windowMs: 15 * 60_000 });
  });
});

describe("TOTP steps", () => {
  // RFC 6238 Appendix B: ASCII secret "12345678901234567890", SHA-1, 8 digits.
  const rfcSecret = Secret.fromLatin1("12345678901234567890");
  const rfc = (step: number) => HOTP.generate({ secret: rfcSecret, algorithm: "SHA1", digits: 8, counter: step });

  it("computes steps and reproduces the RFC 6238 vectors", () => {
    expect(stepOf(new Date(59_000))).toBe(1);
    expect(stepOf(new Date(1111111109_000))).toBe(0x23523ec);
    expect(rfc(stepOf(new Date(59_000)))).toBe("94287082");
    expect(rfc(stepOf(new Date(1111111109_000)))).toBe("07081804");
    expect(rfc(stepOf(new Date(1234567890_000)))).toBe("89005924");
    expect(rfc(stepOf(new Date(2000000000_000)))).toBe("69279037");
  });

  it("accepts the current step and one either side, not two", () => {
    const now = new Date(59_000); // step 1
    const at = (step: number) => rfc(step);
    for (const step of [0, 1, 2]) expect(matchTotp({ code: at(step), now, lastStep: null, codeAt: rfc, digits: 8 })).toEqual({ ok: true, step });
    expect(matchTotp({ code: at(3), now, lastStep: null, codeAt: rfc, digits: 8 })).toEqual({ ok: false, reason: "no_match" });
  });

  it("refuses a step at or before the last accepted one", () => {
    const now = new Date(1111111109_000);
    const step = stepOf(now);
    expect(matchTotp({ code: rfc(step), now, lastStep: step, codeAt: rfc, digits: 8 })).toEqual({ ok: false, reason: "reused" });
    expect(matchTotp({ code: rfc(step - 1), now, lastStep: step - 1, codeAt: rfc, digits: 8 })).toEqual({ ok: false, reason: "reused" });
    expect(matchTotp({ code: rfc(step + 1), now, lastStep: step, codeAt: rfc, digits: 8 })).toEqual({ ok: true, step: step + 1 });
  });

  it("tells a mistyped code apart and tolerates spaces", () => {
    const now = new Date(59_000);
    expect(matchTotp({ code: "12a45", now, lastStep: null, codeAt: rfc })).toEqual({ ok: false, reason: "malformed" });
    expect(matchTotp({ code: "9428 7082", now, lastStep: null, codeAt: rfc, digits: 8 })).toEqual({ ok: true, step: 1 });
  });

  it("groups a secret by four for reading aloud", () => {
    expect(formatSecretForReading("2nipay4llJZC6WLOZ76BOMTAZWSIICHV==")).toBe("2NIP AY4L LJZC 6WLO Z76B OMTA ZWSI ICHV");
    expect(formatSecretForReading("ABCDEF")).toBe("ABCD EF");
  });
});

describe("login stages", () => {
  it("asks the second factor first, then the password change, then enrolment", () => {
    expect(nextStage({ totpEnrolled: true, totpVerified: false, mustChangePassword: true })).toBe("totp");
    expect(nextStage({ totpEnrolled: true, totpVerified: true, mustChangePassword: true })).toBe("change_password");
    expect(nextStage({ totpEnrolled: false, totpVerified: false, mustChangePassword: true })).toBe("change_password");
    expect(nextStage({ totpEnrolled: false, totpVerified: false, mustChangePassword: false })).toBe("enrol_totp");
    expect(nextStage({ totpEnrolled: true, totpVerified: true, mustChangePassword: false })).toBe("full");
  });
});

describe("temporary passwords", () => {
  it("are 5 groups of 4 unambiguous characters, and pass the policy", () => {
    let i = 0;
    const pw = buildTemporaryPassword((below) => i++ % below);
    expect(pw).toBe("abcd-efgh-jkmn-pqrs-tuvw");
    expect(isTemporaryPasswordShape(pw)).toBe(true);
    expect(pw.length).toBeGreaterThanOrEqual(16);
    expect(checkNewPassword(pw, person)).toEqual([]);
    expect(TEMP_PASSWORD_ALPHABET).not.toMatch(/[01ilo]/);
    expect(isTemporaryPasswordShape("abcd-efgh-jkmn-pqrs")).toBe(false);
    expect(isTemporaryPasswordShape("abcd-efgh-jkmn-pqrs-tuv0")).toBe(false);
  });
});

describe("staff accounts", () => {
  it("normalises and checks usernames, names and addresses", () => {
    expect(normalizeUsername("  M.Rossi ")).toBe("m.rossi");
    expect(checkStaffAccount({ username: "M.Rossi", displayName: "Mario Rossi", email: "m.rossi@comune.example.it" })).toEqual([]);
    expect(checkStaffAccount({ username: "m rossi", displayName: " ", email: "nope" })).toEqual([
      "staff.user.usernameInvalid",
      "staff.user.displayNameRequired",
      "staff.user.emailInvalid",
    ]);
  });

  it("needs at least one known role, and an office for operators", () => {
    expect(checkStaffRoles([{ role: "operator", officeId: 3 }, { role: "administrator" }])).toEqual([]);
    expect(checkStaffRoles([])).toEqual(["staff.user.roleRequired"]);
    expect(checkStaffRoles([{ role: "operator" }])).toEqual(["staff.user.officeRequired"]);
    expect(checkStaffRoles([{ role: "citizen" }])).toEqual(["staff.user.roleInvalid"]);
    expect(checkStaffRoles([{ role: "plan_owner" }, { role: "plan_owner", officeId: null }])).toEqual(["staff.user.roleDuplicate"]);
  });
});
