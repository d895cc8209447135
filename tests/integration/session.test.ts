import { createCookie } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secondsLeft, sessionState } from "~/domain/session-policy";
import { createDatabaseSessionStorage, purgeExpiredSessions } from "~/services/session-store.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const policy = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600, warnBeforeSeconds: 120 };

describe("session policy", () => {
  const s = { lastSeenAt: "2026-11-27T10:00:00.000Z", absoluteExpiresAt: "2026-11-27T20:00:00.000Z" };
  it("ends after the idle time or at the absolute end, whichever comes first", () => {
    expect(sessionState(new Date("2026-11-27T10:29:59Z"), s, policy)).toBe("active");
    expect(sessionState(new Date("2026-11-27T10:30:00Z"), s, policy)).toBe("idle-expired");
    expect(sessionState(new Date("2026-11-27T20:00:00Z"), { ...s, lastSeenAt: "2026-11-27T19:59:00Z" }, policy)).toBe("absolute-expired");
    expect(secondsLeft(new Date("2026-11-27T10:28:00Z"), s, policy)).toBe(120);
    expect(secondsLeft(new Date("2026-11-27T19:59:30Z"), { ...s, lastSeenAt: "2026-11-27T19:59:00Z" }, policy)).toBe(30);
  });
});

describe.each(databaseNames())("sessions in the database on %s", (name) => {
  let t: TestDatabase;
  let clock = new Date("2026-11-27T10:00:00Z");
  const cookie = createCookie("__session", { secrets: ["a-test-secret-that-is-long-enough-123"] });
  beforeAll(async () => {
    t = await createTestDatabase(name);
  });
  afterAll(async () => t?.drop());

  const storage = () => createDatabaseSessionStorage(t.db, cookie, policy, () => clock);
  const roundTrip = async (setCookie: string) => storage().getSession(setCookie.split(";")[0]);

  it("stores the data server-side and gives the browser only a signed id", async () => {
    clock = new Date("2026-11-27T10:00:00Z");
    const session = await storage().getSession();
    session.set("userId", "RSSMRA85T10H501O");
    const header = await storage().commitSession(session);
    expect(header).not.toContain("RSSMRA85T10H501O");
    expect((await roundTrip(header)).get("userId")).toBe("RSSMRA85T10H501O");
    const forged = header.replace(/^__session=([^.;]+)/, "__session=forged");
    expect((await roundTrip(forged)).get("userId")).toBeUndefined();
  });

  it("keeps an active session alive and ends an idle one", async () => {
    clock = new Date("2026-11-27T10:00:00Z");
    const session = await storage().getSession();
    session.set("n", 1);
    const header = await storage().commitSession(session);
    clock = new Date("2026-11-27T10:20:00Z");
    expect((await roundTrip(header)).get("n")).toBe(1); // activity at 10:20
    clock = new Date("2026-11-27T10:45:00Z");
    expect((await roundTrip(header)).get("n")).toBe(1); // 25 minutes after the last activity
    clock = new Date("2026-11-27T11:16:00Z");
    expect((await roundTrip(header)).get("n")).toBeUndefined(); // 31 idle minutes
  });

  it("ends a session at its absolute end however active it is, and purges the dead ones", async () => {
    clock = new Date("2026-11-27T08:00:00Z");
    const session = await storage().getSession();
    session.set("n", 2);
    const header = await storage().commitSession(session);
    for (let h = 8; h < 20; h++) {
      clock = new Date(`2026-11-27T${String(h).padStart(2, "0")}:20:00Z`);
      await roundTrip(header);
    }
    clock = new Date("2026-11-27T20:00:00Z");
    expect((await roundTrip(header)).get("n")).toBeUndefined();
    const stale = await storage().getSession();
    stale.set("x", 1);
    await storage().commitSession(stale);
    expect(await purgeExpiredSessions(t.db, policy, new Date("2026-11-28T09:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await t.db.selectFrom("session").selectAll().execute()).toEqual([]);
  });

  it("forgets a destroyed session", async () => {
    const session = await storage().getSession();
    session.set("n", 3);
    const header = await storage().commitSession(session);
    const live = await roundTrip(header);
    await storage().destroySession(live);
    expect((await roundTrip(header)).get("n")).toBeUndefined();
  });
});
