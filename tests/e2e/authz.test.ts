import { readdirSync } from "node:fs";
import { createCookie } from "@remix-run/node";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import type { Database } from "#db/schema";
import { can } from "~/domain/permissions";
import type { CitizenSubject, SessionSubject } from "~/domain/principal";
import { createDatabaseSessionStorage } from "~/services/session-store.server";
import { DEMO_SESSION_SECRET } from "~/utils/env.server";
import { PROTECTED_ROUTES, STAFF_LOGIN_ROUTES } from "~/utils/protected-routes";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";
import { type RunningServer, startServer } from "../setup/server";

/**
 * Every protected route, requested for real over HTTP (loader and action) by a visitor, a citizen
 * and every staff role: the ones the matrix does not allow are refused — a visitor is sent to log in,
 * anyone else gets 403 and a `permission.denied` row in the audit log.
 */
describe("the list of protected routes is complete", () => {
  it("names every route under /area-personale and /gestione", () => {
    const files = readdirSync("app/routes")
      .map((f) => f.replace(/\.tsx?$/, ""))
      .filter((f) => f.startsWith("area-personale") || f.startsWith("gestione"));
    const listed = new Set<string>([...PROTECTED_ROUTES.map((r) => r.file), ...STAFF_LOGIN_ROUTES]);
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });
});

const citizen: CitizenSubject = {
  kind: "citizen", id: 0, fiscalCode: "RSSMRA85T10H501O", givenName: "Mario", familyName: "Rossi", dateOfBirth: "1985-12-10", email: null,
  method: "spid", level: 2, idpEntityId: "https://idp.example", nameId: "_n", nameQualifier: "https://idp.example", sessionIndex: "_s",
};
const policy = { idleSeconds: 1800, absoluteSeconds: 43_200, warnBeforeSeconds: 120 };

describe.each(databaseNames())("authorisation on %s", (name) => {
  let t: TestDatabase | undefined;
  let server: RunningServer;
  let db: Kysely<Database>;
  const cookies = new Map<string, { cookie: string; csrf: string }>();
  const staff = new Map<string, { id: number; roles: string[] }>();

  beforeAll(async () => {
    if (name === "postgres") t = await createTestDatabase("postgres");
    server = await startServer({ PAGE_CACHE_TTL_MS: "0", ...(t ? { DATABASE_URL: t.url } : {}) });
    db = t?.db ?? openDatabase(server.databaseUrl);
    const cookie = createCookie("__session", { httpOnly: true, sameSite: "lax", path: "/", secrets: [DEMO_SESSION_SECRET] });
    const storage = createDatabaseSessionStorage(db, cookie, policy);
    const open = async (key: string, subject: SessionSubject) => {
      const session = await storage.getSession();
      session.set("subject", subject);
      session.set("csrf", `csrf-${key}`);
      cookies.set(key, { cookie: (await storage.commitSession(session)).split(";")[0]!, csrf: `csrf-${key}` });
    };
    const row = await db.insertInto("citizen").values({ fiscal_code: citizen.fiscalCode, given_name: "Mario", family_name: "Rossi", date_of_birth: null, email: null, first_login_at: "2026-11-27T00:00:00Z", last_login_at: "2026-11-27T00:00:00Z", last_auth_method: "spid" }).returning("id").executeTakeFirstOrThrow();
    await open("citizen", { ...citizen, id: row.id });
    const users = await db.selectFrom("staff_user").innerJoin("staff_role", "staff_role.staff_user_id", "staff_user.id").select(["staff_user.id", "staff_user.username", "staff_role.role"]).execute();
    for (const u of users) {
      const entry = staff.get(u.username) ?? { id: u.id, roles: [] };
      entry.roles.push(u.role);
      staff.set(u.username, entry);
    }
    for (const [username, u] of staff) await open(username, { kind: "staff", id: u.id, stage: "full" });
    const admin = staff.get("admin")!;
    await open("half-logged", { kind: "staff", id: admin.id, stage: "totp" });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (t) await t.drop();
    else await db?.destroy();
  });

  const request = (path: string, who: string | null, method: "GET" | "POST") => {
    const c = who ? cookies.get(who)! : null;
    const headers: Record<string, string> = { Origin: server.url };
    if (c) headers.Cookie = c.cookie;
    const init: RequestInit = { method, headers, redirect: "manual" };
    if (method === "POST") {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = new URLSearchParams({ _csrf: c?.csrf ?? "", intent: "noop" }).toString();
    }
    return fetch(`${server.url}${path}`, init);
  };

  const allowed = (who: string, allow: (typeof PROTECTED_ROUTES)[number]["allow"]) => {
    if (allow.kind === "citizen") return who === "citizen";
    const s = staff.get(who);
    if (!s) return false;
    return allow.permission === null || can({ roles: s.roles as never, offices: [] }, allow.permission);
  };

  it("sends a visitor to the right login page", async () => {
    for (const route of PROTECTED_ROUTES) {
      const res = await request(route.path, null, "GET");
      expect(res.status, route.path).toBe(303);
      const login = route.allow.kind === "citizen" ? "/accedi?ritorno=" : "/gestione/accedi?ritorno=";
      expect(res.headers.get("location"), route.path).toContain(login);
      if (route.action) expect([303, 403], `POST ${route.path}`).toContain((await request(route.path, null, "POST")).status);
    }
  });

  it("refuses a citizen and every staff role the matrix does not allow, and audits it", async () => {
    const before = Number((await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).where("event", "=", "permission.denied").executeTakeFirstOrThrow()).n);
    let refusals = 0;
    const people = ["citizen", ...staff.keys()];
    expect(people.length).toBeGreaterThanOrEqual(5);
    for (const route of PROTECTED_ROUTES) {
      for (const who of people) {
        const get = await request(route.path, who, "GET");
        if (allowed(who, route.allow)) {
          // A record nobody gave this person is "not found" for them, like an unknown id.
          expect(get.status, `${who} GET ${route.path}`).toBe(route.owned ? 404 : 200);
        } else {
          expect(get.status, `${who} GET ${route.path}`).toBe(403);
          refusals++;
          if (route.action) {
            expect((await request(route.path, who, "POST")).status, `${who} POST ${route.path}`).toBe(403);
            refusals++;
          }
        }
      }
    }
    expect(refusals).toBeGreaterThan(10);
    const after = Number((await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).where("event", "=", "permission.denied").executeTakeFirstOrThrow()).n);
    expect(after - before).toBe(refusals);
  });

  it("keeps a staff member half-way through the second factor out of every back-office page", async () => {
    for (const route of PROTECTED_ROUTES.filter((r) => r.allow.kind === "staff")) {
      const res = await request(route.path, "half-logged", "GET");
      expect(res.status, route.path).toBe(303);
      expect(res.headers.get("location"), route.path).toBe("/gestione/verifica");
    }
  });

  it("refuses a state change without the session's CSRF token", async () => {
    const c = cookies.get("citizen")!;
    const res = await fetch(`${server.url}/area-personale/deleghe`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: c.cookie, Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: "wrong", intent: "revoke", delegation: "1" }).toString(),
    });
    expect(res.status).toBe(403);
  });
});
