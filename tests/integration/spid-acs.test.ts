import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SpidLevel } from "~/domain/spid-levels";
import { NO_REQUEST } from "~/services/audit.server";
import { completeLogin, startLogin, type CompleteLoginResult } from "~/services/auth.server";
import type { IdentityConfig } from "~/services/identity-config.server";
import { TEST_IDP_KEY } from "~/services/identity-config.server";
import { ensureKeyPair, generateKeyPair, type KeyPair } from "~/services/keys.server";
import { MUTATIONS, type MutationRow } from "~/test-idp/mutations";
import { answerRequest, receiveAuthnRequest } from "~/test-idp/idp.server";
import { newSamlId } from "~/domain/saml/authn-request";
import { buildFixture } from "~/test-idp/sign-response.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const BASE = "https://sportello.example";
const TTL = 15 * 60_000;
const SKEW = 30_000;

/** The SP and the test IdP as the desk configures them in demo mode, with keys made for the test. */
function configFor(spKey: KeyPair, idpKey: KeyPair): IdentityConfig {
  const sp = (profile: "spid" | "cie") => ({
    profile,
    enabled: true,
    entityId: `${BASE}/${profile}/metadata`,
    acsUrl: `${BASE}/${profile}/acs`,
    sloUrl: `${BASE}/${profile}/slo`,
    key: spKey,
    attributes: profile === "cie" ? ["name", "familyName", "dateOfBirth", "fiscalNumber"] : ["fiscalNumber", "name", "familyName", "email", "dateOfBirth"],
  });
  const testIdp = { enabled: true, entityId: { spid: `${BASE}/test-idp/metadata`, cie: `${BASE}/test-idp/cie/metadata` }, ssoUrl: `${BASE}/test-idp/sso`, sloUrl: `${BASE}/test-idp/slo` };
  const idp = (profile: "spid" | "cie") => ({
    entityId: testIdp.entityId[profile],
    profile,
    name: "Test IdP",
    logo: null,
    test: true,
    ssoRedirect: testIdp.ssoUrl,
    ssoPost: testIdp.ssoUrl,
    sloRedirect: testIdp.sloUrl,
    sloPost: null,
    certificatesPem: [idpKey.certificatePem],
  });
  return { base: BASE, sp: { spid: sp("spid"), cie: sp("cie") }, idps: [idp("spid"), idp("cie")], testIdp };
}

describe.each(databaseNames())("the assertion consumer service on %s", (name) => {
  let t: TestDatabase;
  let config: IdentityConfig;
  let idpKey: KeyPair;
  let otherKey: KeyPair;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    // The test IdP signs with the key kept in the database, as in the running desk.
    idpKey = await ensureKeyPair(t.db, TEST_IDP_KEY, { commonName: "Test IdP" }, { bits: 2048 });
    const [spKey, other] = await Promise.all([
      generateKeyPair({ commonName: "SP" }, { bits: 2048, days: 2 }),
      generateKeyPair({ commonName: "Somebody else" }, { bits: 2048, days: 2 }),
    ]);
    otherKey = other;
    config = configFor(spKey, idpKey);
  }, 120_000);
  afterAll(async () => t?.drop());

  /** Starts a login like the SPID button does, then posts the row's answer to the ACS. */
  async function login(row: MutationRow, over: { assertionId?: string; nonce?: string; relayState?: string; requestAt?: Date } = {}) {
    const profile = row.profile ?? "spid";
    const requestAt = over.requestAt ?? new Date(Date.now() - 2000);
    const started = await startLogin(
      t.db,
      config,
      { profile, idpEntityId: config.testIdp.entityId[profile], level: (row.requestLevel ?? 2) as SpidLevel, returnTo: "/area-personale", binding: "post" },
      { now: requestAt, requestTtlMs: TTL },
    );
    if (!started.ok || started.kind !== "post") throw new Error("login did not start");
    const fixture = buildFixture(row, {
      idpKey,
      otherKey,
      idpEntityId: config.testIdp.entityId[profile],
      spEntityId: config.sp[profile].entityId,
      acsUrl: config.sp[profile].acsUrl,
      requestId: started.requestId,
      now: new Date(),
      assertionId: over.assertionId,
    });
    const post = (samlResponse = fixture.samlResponseB64) =>
      completeLogin(
        t.db,
        config,
        { profile, samlResponse, relayState: over.relayState ?? started.fields.RelayState!, bindingNonce: over.nonce ?? started.nonce },
        { now: new Date(), requestTtlMs: TTL, skewMs: SKEW },
        NO_REQUEST,
      );
    return { result: await post(), post, fixture };
  }

  const codes = (r: CompleteLoginResult) => (r.ok ? [] : r.codes);

  for (const row of MUTATIONS.filter((r) => !r.needsDb)) {
    it(`${row.id}: ${row.description} → ${row.expect}`, async () => {
      const { result } = await login(row);
      if (row.expect === "ok") {
        expect(codes(result), row.id).toEqual([]);
        expect(result.ok).toBe(true);
      } else {
        expect(result.ok).toBe(false);
        expect(codes(result), row.id).toContain(row.expect);
      }
    });
  }

  const row = (id: string) => MUTATIONS.find((r) => r.id === id)!;
  const valid = MUTATIONS.find((r) => r.expect === "ok" && !r.profile)!;

  it("refuses an answer to a request that was never stored", async () => {
    const fixture = buildFixture(row("db-no-stored-request"), {
      idpKey, otherKey, idpEntityId: config.testIdp.entityId.spid, spEntityId: config.sp.spid.entityId, acsUrl: config.sp.spid.acsUrl, requestId: newSamlId(), now: new Date(),
    });
    const result = await completeLogin(t.db, config, { profile: "spid", samlResponse: fixture.samlResponseB64, relayState: "x", bindingNonce: "y" }, { now: new Date(), requestTtlMs: TTL, skewMs: SKEW }, NO_REQUEST);
    expect(codes(result)).toEqual(["RESPONSE_UNSOLICITED"]);
  });

  it("refuses an answer after the stored request expired", async () => {
    const { result } = await login(valid, { requestAt: new Date(Date.now() - TTL - 1000) });
    expect(codes(result)).toEqual(["RESPONSE_UNSOLICITED"]);
  });

  it("accepts a response once: posted again it finds no request", async () => {
    const { result, post } = await login(valid);
    expect(result.ok).toBe(true);
    expect(codes(await post())).toEqual(["RESPONSE_UNSOLICITED"]);
  });

  it("refuses an Assertion ID already used, even re-signed into the answer to a new request", async () => {
    const assertionId = newSamlId();
    expect((await login(valid, { assertionId })).result.ok).toBe(true);
    expect(codes((await login(valid, { assertionId })).result)).toEqual(["ASSERTION_REPLAYED"]);
  });

  it("refuses an answer arriving in another browser, or with another RelayState", async () => {
    expect(codes((await login(valid, { nonce: "someone-elses-browser" })).result)).toEqual(["BROWSER_MISMATCH"]);
    expect(codes((await login(valid, { relayState: "changed" })).result)).toEqual(["RELAY_STATE"]);
  });

  it("records the citizen (omocodia kept) and audits successes and failures", async () => {
    const { result } = await login({ ...valid, citizen: "giovanni-brambilla" });
    expect(result.ok && result.subject.fiscalCode).toBe("BRMGNN70A01DNUSR");
    const citizen = await t.db.selectFrom("citizen").selectAll().where("fiscal_code", "=", "BRMGNN70A01DNUSR").executeTakeFirstOrThrow();
    expect(citizen.given_name).toBe("Giovanni");
    const events = await t.db.selectFrom("audit_log").select(["event", "outcome", "details"]).execute();
    expect(events.some((e) => e.event === "login.spid.success" && e.outcome === "success")).toBe(true);
    const failure = events.find((e) => e.event === "login.spid.failure" && (e.details ?? "").includes("ASSERTION_REPLAYED"));
    expect(failure?.outcome).toBe("failure");
    expect(events.every((e) => !(e.details ?? "").includes("<saml"))).toBe(true);
  });

  it("goes round the whole loop with the test IdP on both bindings: signed request checked, signed answer accepted", async () => {
    for (const binding of ["redirect", "post"] as const) {
      const started = await startLogin(t.db, config, { profile: "spid", idpEntityId: config.testIdp.entityId.spid, level: 2, returnTo: "/area-personale", binding }, { now: new Date(), requestTtlMs: TTL });
      if (!started.ok) throw new Error("not started");
      const received =
        started.kind === "redirect"
          ? await receiveAuthnRequest(t.db, config, { rawQuery: new URL(started.url).search }, new Date(), SKEW)
          : await receiveAuthnRequest(t.db, config, { form: { SAMLRequest: started.fields.SAMLRequest!, RelayState: started.fields.RelayState! } }, new Date(), SKEW);
      expect(received, binding).toMatchObject({ ok: true });
      if (!received.ok) continue;
      const answer = await answerRequest(t.db, config, { requestKey: received.requestKey, citizenKey: "anna-bianchi", level: 2, outcome: "ok" }, new Date());
      if (!answer.ok) throw new Error(answer.reason);
      expect(answer.action).toBe(config.sp.spid.acsUrl);
      const done = await completeLogin(t.db, config, { profile: "spid", samlResponse: answer.fields.SAMLResponse!, relayState: answer.fields.RelayState!, bindingNonce: started.nonce }, { now: new Date(), requestTtlMs: TTL, skewMs: SKEW }, NO_REQUEST);
      expect(done.ok && done.subject.fiscalCode, binding).toBe("BNCNNA41B43I625G");
    }
  });

  it("has the test IdP refuse a tampered or unsigned request", async () => {
    const started = await startLogin(t.db, config, { profile: "spid", idpEntityId: config.testIdp.entityId.spid, level: 2, returnTo: "/", binding: "redirect" }, { now: new Date(), requestTtlMs: TTL });
    if (!started.ok || started.kind !== "redirect") throw new Error("not started");
    const query = new URL(started.url).search;
    const tampered = query.replace(/RelayState=[^&]+/, "RelayState=other");
    expect(await receiveAuthnRequest(t.db, config, { rawQuery: tampered }, new Date(), SKEW)).toMatchObject({ ok: false });
    const unsigned = query.replace(/&Signature=[^&]+/, "");
    expect(await receiveAuthnRequest(t.db, config, { rawQuery: unsigned }, new Date(), SKEW)).toMatchObject({ ok: false });
  });
});
