import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { housekeeping } from "~/services/housekeeping.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const policy = { idleSeconds: 1800, absoluteSeconds: 43_200, warnBeforeSeconds: 120 };
const now = new Date("2026-11-27T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

describe.each(databaseNames())("housekeeping on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
  });
  afterAll(async () => t?.drop());

  it("drops what can no longer be used and keeps what still can", async () => {
    const request = (id: string, expires: string) => ({
      id, kind: "authn" as const, profile: "spid" as const, idp_entity_id: "https://idp", requested_level: 2, acs_url: "https://sp/acs",
      issue_instant: at(-20), expires_at: expires, relay_state: "r", return_to: "/", browser_binding_hash: "h", session_id: null,
    });
    await t.db.insertInto("saml_request").values([request("_old", at(-1)), request("_live", at(10))]).execute();
    await t.db.insertInto("used_assertion").values([
      { idp_entity_id: "https://idp", assertion_id: "_gone", not_on_or_after: at(-5), used_at: at(-10) },
      // Past its validity by less than the clock skew: a replay could still pass, so it is kept.
      { idp_entity_id: "https://idp", assertion_id: "_skew", not_on_or_after: new Date(now.getTime() - 10_000).toISOString(), used_at: at(-10) },
      { idp_entity_id: "https://idp", assertion_id: "_valid", not_on_or_after: at(3), used_at: at(-1) },
    ]).execute();
    await t.db.insertInto("session").values([
      { id: "idle", data: "{}", created_at: at(-60), last_seen_at: at(-31), absolute_expires_at: at(600) },
      { id: "ended", data: "{}", created_at: at(-800), last_seen_at: at(-1), absolute_expires_at: at(-1) },
      { id: "live", data: "{}", created_at: at(-10), last_seen_at: at(-1), absolute_expires_at: at(600) },
    ]).execute();
    await t.db.insertInto("login_throttle").values([
      { key: "ip:old", window_start: at(-60), count: 3 },
      { key: "ip:now", window_start: at(-1), count: 1 },
    ]).execute();
    await t.db.insertInto("test_idp_request").values([
      { id: "old", authn_request_id: "_a", sp_entity_id: "sp", acs_url: "acs", profile: "spid", requested_level: 2, relay_state: null, created_at: at(-61) },
      { id: "new", authn_request_id: "_b", sp_entity_id: "sp", acs_url: "acs", profile: "spid", requested_level: 2, relay_state: null, created_at: at(-1) },
    ]).execute();

    expect(await housekeeping(t.db, policy, 30_000, now)).toEqual({ sessions: 2, samlRequests: 1, assertions: 1, throttles: 1, testIdpRequests: 1 });
    expect((await t.db.selectFrom("saml_request").select("id").execute()).map((r) => r.id)).toEqual(["_live"]);
    expect((await t.db.selectFrom("used_assertion").select("assertion_id").orderBy("assertion_id").execute()).map((r) => r.assertion_id)).toEqual(["_skew", "_valid"]);
    expect((await t.db.selectFrom("session").select("id").execute()).map((r) => r.id)).toEqual(["live"]);
    expect((await t.db.selectFrom("login_throttle").select("key").execute()).map((r) => r.key)).toEqual(["ip:now"]);
    expect((await t.db.selectFrom("test_idp_request").select("id").execute()).map((r) => r.id)).toEqual(["new"]);
    // Running again changes nothing.
    expect(await housekeeping(t.db, policy, 30_000, now)).toEqual({ sessions: 0, samlRequests: 0, assertions: 0, throttles: 0, testIdpRequests: 0 });
  });
});
