/**
 * Issue 4, must show: at least 50 concurrent submissions against PostgreSQL through TWO app
 * instances (two server processes on the same database, each with its own connection pool), and
 * every protocol number unique and gap-free.
 *
 * Fifty citizens each have a complete TARI draft, prepared through the same services the pages use
 * (logging 50 people in through the test IdP would test the IdP, not the protocol register). Each
 * citizen's session is a real database session signed with the servers' cookie secret; then all 50
 * "Invia la domanda" POSTs go out at once, alternating between the two instances, exactly as the
 * summary page's form sends them (session cookie, CSRF token, Origin).
 *
 * PostgreSQL only: SQLite has one writer process by design, so "several app instances" does not apply
 * to it (its single-instance path is covered by tests/e2e/applications.test.ts).
 */
import { createCookie } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { todayInItaly } from "~/domain/dates";
import { createDatabaseSessionStorage } from "~/services/session-store.server";
import { DEMO_SESSION_SECRET } from "~/utils/env.server";
import { completeTariDraft, testCitizen } from "../setup/applications";
import { createTestDatabase, type TestDatabase } from "../setup/databases";
import { type RunningServer, startServer } from "../setup/server";

const SUBMISSIONS = 50;

const run = process.env.TEST_POSTGRES_URL ? describe : describe.skip;

run("50 concurrent submissions through two app instances on PostgreSQL", () => {
  let t: TestDatabase;
  let servers: RunningServer[] = [];
  const drafts: { id: number; cookie: string; csrf: string }[] = [];

  beforeAll(async () => {
    t = await createTestDatabase("postgres");
    await seed(t.db);
    const env = { DATABASE_URL: t.url, PAGE_CACHE_TTL_MS: "0" };
    servers = await Promise.all([startServer(env, { seed: false }), startServer(env, { seed: false })]);

    const cookie = createCookie("__session", { httpOnly: true, sameSite: "lax", path: "/", secrets: [DEMO_SESSION_SECRET] });
    const sessions = createDatabaseSessionStorage(t.db, cookie, { idleSeconds: 1800, absoluteSeconds: 43_200, warnBeforeSeconds: 120 });
    const now = new Date().toISOString();
    const clock = { now, today: todayInItaly() };
    for (let i = 0; i < SUBMISSIONS; i++) {
      const { subject, principal } = await testCitizen(t.db, i, now);
      const id = await completeTariDraft(t.db, principal, clock);
      const session = await sessions.getSession();
      const csrf = `token-${i}-${Math.random().toString(36).slice(2)}`;
      session.set("subject", subject);
      session.set("csrf", csrf);
      const setCookie = await sessions.commitSession(session);
      drafts.push({ id, cookie: setCookie.split(";")[0]!, csrf });
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await t?.drop();
  });

  it("gives every one of them its own protocol number, 1 to 50 without gaps, whichever instance took it", async () => {
    const responses = await Promise.all(
      drafts.map((d, i) => {
        const base = servers[i % 2]!.url;
        return fetch(`${base}/area-personale/domande/${d.id}/riepilogo`, {
          method: "POST",
          redirect: "manual",
          headers: { Cookie: d.cookie, Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ _csrf: d.csrf }).toString(),
        });
      }),
    );
    for (const [i, r] of responses.entries()) {
      expect(r.status, `submission ${i}`).toBe(303);
      expect(r.headers.get("location"), `submission ${i}`).toBe(`/area-personale/domande/${drafts[i]!.id}/conferma`);
    }

    const rows = await t.db.selectFrom("application").select(["id", "state", "protocol_year", "protocol_number", "summary"]).where("id", "in", drafts.map((d) => d.id)).execute();
    expect(rows).toHaveLength(SUBMISSIONS);
    for (const r of rows) {
      expect(r.state).toBe("submitted");
      expect(r.protocol_year).toBe(Number(todayInItaly().slice(0, 4)));
      expect(r.summary).not.toBeNull();
    }
    const numbers = rows.map((r) => r.protocol_number!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: SUBMISSIONS }, (_, i) => i + 1));

    // One notification and one audit row per submission, none lost or doubled.
    const queued = await t.db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("related_kind", "=", "application").executeTakeFirstOrThrow();
    expect(Number(queued.n)).toBe(SUBMISSIONS);
    const audited = await t.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).where("event", "=", "application.submitted").executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(SUBMISSIONS);
  });

  it("a second click on 'Invia' (from either instance) changes nothing", async () => {
    const d = drafts[0]!;
    const before = await t.db.selectFrom("application").select(["protocol_number"]).where("id", "=", d.id).executeTakeFirstOrThrow();
    const again = await Promise.all(
      servers.map((s) =>
        fetch(`${s.url}/area-personale/domande/${d.id}/riepilogo`, {
          method: "POST",
          redirect: "manual",
          headers: { Cookie: d.cookie, Origin: s.url, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ _csrf: d.csrf }).toString(),
        }),
      ),
    );
    for (const r of again) expect(r.status).toBe(303);
    const after = await t.db.selectFrom("application").select(["protocol_number"]).where("id", "=", d.id).executeTakeFirstOrThrow();
    expect(after.protocol_number).toBe(before.protocol_number);
    const max = await t.db.selectFrom("protocol_counter").selectAll().execute();
    expect(max.map((m) => Number(m.last_number))).toEqual([SUBMISSIONS]);
  });
});
