import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { findAudit } from "~/models/audit.server";
import { NO_REQUEST, type RequestMeta } from "~/services/audit.server";
import {
  checkActingFor,
  type CitizenRef,
  type GrantDelegationInput,
  grantDelegation,
  listGiven,
  listReceived,
  mayActOnService,
  mayActOnTaxes,
  revokeDelegation,
  startActingFor,
  stopActingFor,
} from "~/services/delegations.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const ANNA_CF = "BNCNNA41B43I625G";
const MARIO_CF = "RSSMRA85T10H501O";
const GIUSEPPE_CF = "VRDGPP44B29F704V";
/** Never logged in: no citizen row. */
const LUCA_CF = "BNCLCU90A01F205V";
const TODAY = "2026-11-27";
const meta: RequestMeta = { ip: "192.0.2.10", userAgent: "vitest", requestId: "req-1" };

describe.each(databaseNames())("delegations on %s", (name) => {
  let t: TestDatabase;
  let anna: CitizenRef;
  let mario: CitizenRef;
  let giuseppe: CitizenRef;
  let serviceA: { id: number; title: string };
  let serviceB: { id: number; title: string };

  const addCitizen = async (fiscal_code: string, given_name: string, family_name: string): Promise<CitizenRef> => {
    const { id } = await t.db
      .insertInto("citizen")
      .values({ fiscal_code, given_name, family_name, date_of_birth: null, email: null, first_login_at: "2026-11-01T09:00:00.000Z", last_login_at: "2026-11-01T09:00:00.000Z", last_auth_method: "spid" })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { citizenId: id, fiscalCode: fiscal_code };
  };

  const input = (over: Partial<GrantDelegationInput> = {}): GrantDelegationInput => ({
    grantor: anna,
    granteeFiscalCode: MARIO_CF,
    scope: "all",
    serviceIds: [],
    validFrom: TODAY,
    validUntil: "2027-06-30",
    ...over,
  });

  const grantOk = async (over: Partial<GrantDelegationInput> = {}, today = TODAY): Promise<number> => {
    const result = await grantDelegation(t.db, input(over), meta, today);
    if (!result.ok) throw new Error(`grant refused: ${result.errors.join(", ")}`);
    return result.id;
  };

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
    anna = await addCitizen(ANNA_CF, "Anna", "Bianchi");
    mario = await addCitizen(MARIO_CF, "Mario", "Rossi");
    giuseppe = await addCitizen(GIUSEPPE_CF, "Giuseppe", "Verdi");
    const services = await t.db
      .selectFrom("service as s")
      .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", "it"))
      .select(["s.id", "tr.title"])
      .orderBy("s.id")
      .limit(2)
      .execute();
    [serviceA, serviceB] = services as [typeof serviceA, typeof serviceB];
  });
  afterAll(async () => t?.drop());

  beforeEach(async () => {
    await t.db.deleteFrom("delegation_service").execute();
    await t.db.deleteFrom("delegation").execute();
    await t.db.deleteFrom("audit_log").execute();
  });

  describe("granting", () => {
    it("stores a valid delegation with the grantee's code normalised, and audits it", async () => {
      const result = await grantDelegation(t.db, input({ granteeFiscalCode: " rssmra 85t10 h501o " }), meta, TODAY, new Date("2026-11-27T10:00:00Z"));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const row = await t.db.selectFrom("delegation").selectAll().where("id", "=", result.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ grantor_fiscal_code: ANNA_CF, grantee_fiscal_code: MARIO_CF, scope: "all", valid_from: TODAY, valid_until: "2027-06-30", revoked_at: null, created_at: "2026-11-27T10:00:00.000Z" });
      const [audit] = await findAudit(t.db, { event: "delegation.granted" });
      expect(audit).toMatchObject({ outcome: "success", actor_kind: "citizen", actor_id: anna.citizenId, actor_fiscal_code: ANNA_CF, target_kind: "delegation", target_id: String(result.id), ip: "192.0.2.10", request_id: "req-1" });
      expect(JSON.parse(audit!.details!)).toMatchObject({ granteeFiscalCode: MARIO_CF, scope: "all" });
    });

    it("stores the chosen services, dropping ids that are not in the catalogue", async () => {
      const id = await grantOk({ scope: "services", serviceIds: [serviceB.id, serviceA.id, serviceA.id, 999_999] });
      const rows = await t.db.selectFrom("delegation_service").select("service_id").where("delegation_id", "=", id).orderBy("service_id").execute();
      expect(rows.map((r) => r.service_id)).toEqual([serviceA.id, serviceB.id].sort((a, b) => a - b));
    });

    it("ignores service ids when the scope is every service", async () => {
      const id = await grantOk({ scope: "all", serviceIds: [serviceA.id] });
      expect(await t.db.selectFrom("delegation_service").selectAll().where("delegation_id", "=", id).execute()).toEqual([]);
    });

    it.each([
      ["grantee.invalid", { granteeFiscalCode: "RSSMRA85T10H501A" }],
      ["grantee.invalid", { granteeFiscalCode: "" }],
      ["grantee.self", { granteeFiscalCode: ANNA_CF.toLowerCase() }],
      ["services.empty", { scope: "services" as const, serviceIds: [] }],
      ["services.empty", { scope: "services" as const, serviceIds: [999_999] }],
      ["dates.invalid", { validUntil: "30/06/2027" }],
      ["dates.past", { validFrom: "2026-11-26" }],
      ["dates.order", { validUntil: "2026-11-20" }],
      ["dates.tooLong", { validUntil: "2027-12-31" }],
    ])("refuses %s and stores nothing", async (code, over) => {
      const result = await grantDelegation(t.db, input(over), meta, TODAY);
      expect(result).toEqual({ ok: false, errors: [code] });
      expect(await t.db.selectFrom("delegation").selectAll().execute()).toEqual([]);
      expect(await findAudit(t.db, {})).toEqual([]);
    });

    it("refuses a second delegation to the same person with overlapping dates, but allows a renewal after it and one after a revocation", async () => {
      const first = await grantOk({ validFrom: "2026-12-01", validUntil: "2027-03-31" });
      for (const [validFrom, validUntil] of [
        ["2026-11-27", "2026-12-01"],
        ["2027-03-31", "2027-06-30"],
        ["2027-01-01", "2027-02-01"],
        ["2026-11-27", "2027-06-30"],
      ]) {
        expect(await grantDelegation(t.db, input({ validFrom, validUntil }), meta, TODAY)).toEqual({ ok: false, errors: ["dates.overlap"] });
      }
      await grantOk({ validFrom: "2027-04-01", validUntil: "2027-09-30" });
      await grantOk({ validFrom: TODAY, validUntil: "2026-11-30" });
      // Another grantee or another grantor is a different pair.
      await grantOk({ granteeFiscalCode: GIUSEPPE_CF, validFrom: "2026-12-01", validUntil: "2027-03-31" });
      await grantOk({ grantor: giuseppe, validFrom: "2026-12-01", validUntil: "2027-03-31" });
      expect(await revokeDelegation(t.db, { grantor: anna, delegationId: first }, meta)).toEqual({ ok: true });
      await grantOk({ validFrom: "2026-12-01", validUntil: "2027-03-31", scope: "services", serviceIds: [serviceA.id] });
    });
  });

  describe("lists", () => {
    it("show each side the other person, the services and the status, usable ones first", async () => {
      const expired = await grantOk({ validFrom: TODAY, validUntil: "2026-12-31" });
      const revoked = await grantOk({ granteeFiscalCode: GIUSEPPE_CF });
      await revokeDelegation(t.db, { grantor: anna, delegationId: revoked }, meta);
      const future = await grantOk({ granteeFiscalCode: LUCA_CF, validFrom: "2027-02-01", validUntil: "2027-12-31" });
      const active = await grantOk({ validFrom: "2027-01-01", validUntil: "2027-06-30", scope: "services", serviceIds: [serviceA.id, serviceB.id] });
      const today = "2027-01-15";

      const given = await listGiven(t.db, ANNA_CF, "it", today);
      expect(given.map((g) => [g.id, g.status])).toEqual([
        [active, "active"],
        [future, "future"],
        [expired, "expired"],
        [revoked, "revoked"],
      ]);
      const byId = new Map(given.map((g) => [g.id, g]));
      expect(byId.get(active)).toEqual({
        id: active,
        otherFiscalCode: MARIO_CF,
        // The grantor sees the code they typed, never the name the desk knows for it.
        otherName: null,
        scope: "services",
        services: [serviceA, serviceB].sort((a, b) => new Intl.Collator("it", { sensitivity: "base", numeric: true }).compare(a.title, b.title)),
        validFrom: "2027-01-01",
        validUntil: "2027-06-30",
        status: "active",
      });
      expect(byId.get(future)).toMatchObject({ otherFiscalCode: LUCA_CF, otherName: null, scope: "all", services: [] });

      const received = await listReceived(t.db, MARIO_CF, "en", today);
      expect(received.map((r) => [r.id, r.status])).toEqual([
        [active, "active"],
        [expired, "expired"],
      ]);
      expect(received[0]).toMatchObject({ otherFiscalCode: ANNA_CF, otherName: "Anna Bianchi" });
      const english = await t.db.selectFrom("service_translation").select("title").where("service_id", "=", serviceA.id).where("lang", "=", "en").executeTakeFirstOrThrow();
      expect(received[0]!.services.map((s) => s.title)).toContain(english.title);
      // A grantee who never logged in sees theirs as soon as they do.
      expect((await listReceived(t.db, LUCA_CF.toLowerCase(), "it", today)).map((r) => r.status)).toEqual(["future"]);
      expect(await listGiven(t.db, MARIO_CF, "it", today)).toEqual([]);
    });
  });

  describe("revoking", () => {
    it("lets the grantor revoke at any time, once, and audits it", async () => {
      const id = await grantOk();
      expect(await revokeDelegation(t.db, { grantor: anna, delegationId: id }, meta, new Date("2026-11-28T08:00:00Z"))).toEqual({ ok: true });
      const row = await t.db.selectFrom("delegation").select("revoked_at").where("id", "=", id).executeTakeFirstOrThrow();
      expect(row.revoked_at).toBe("2026-11-28T08:00:00.000Z");
      const audits = await findAudit(t.db, { event: "delegation.revoked" });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ outcome: "success", actor_fiscal_code: ANNA_CF, actor_id: anna.citizenId, target_id: String(id) });
      expect(JSON.parse(audits[0]!.details!)).toEqual({ granteeFiscalCode: MARIO_CF });

      // A second submission changes nothing.
      expect(await revokeDelegation(t.db, { grantor: anna, delegationId: id }, meta)).toEqual({ ok: false, error: "not_found" });
      expect((await t.db.selectFrom("delegation").select("revoked_at").where("id", "=", id).executeTakeFirstOrThrow()).revoked_at).toBe("2026-11-28T08:00:00.000Z");
      expect(await findAudit(t.db, { event: "delegation.revoked" })).toHaveLength(1);
    });

    it("refuses anyone else, the grantee included, as if the delegation did not exist, and audits the attempt", async () => {
      const id = await grantOk();
      for (const other of [mario, giuseppe]) {
        expect(await revokeDelegation(t.db, { grantor: other, delegationId: id }, meta)).toEqual({ ok: false, error: "not_found" });
      }
      expect(await revokeDelegation(t.db, { grantor: anna, delegationId: id + 1000 }, meta)).toEqual({ ok: false, error: "not_found" });
      expect((await t.db.selectFrom("delegation").select("revoked_at").where("id", "=", id).executeTakeFirstOrThrow()).revoked_at).toBeNull();
      const denied = await findAudit(t.db, { event: "delegation.revoked" });
      expect(denied.map((a) => [a.outcome, a.actor_fiscal_code])).toEqual([
        ["denied", GIUSEPPE_CF],
        ["denied", MARIO_CF],
      ]);
    });
  });

  describe("acting for", () => {
    it("is allowed under the grantee's own active delegation and audited with both codes", async () => {
      const id = await grantOk();
      const result = await startActingFor(t.db, { grantee: mario, delegationId: id }, meta, TODAY);
      expect(result).toEqual({ ok: true, grantorFiscalCode: ANNA_CF, grantorName: "Anna Bianchi", delegationId: id });
      const [start] = await findAudit(t.db, { event: "delegation.acting_for" });
      expect(start).toMatchObject({ outcome: "success", actor_kind: "citizen", actor_id: mario.citizenId, actor_fiscal_code: MARIO_CF, on_behalf_of_fiscal_code: ANNA_CF, target_id: String(id) });

      expect(await checkActingFor(t.db, id, MARIO_CF, "2027-06-30")).toMatchObject({ id, otherFiscalCode: ANNA_CF, otherName: "Anna Bianchi", status: "active" });

      await stopActingFor(t.db, { grantee: mario, delegationId: id }, meta);
      const [stop] = await findAudit(t.db, { event: "delegation.acting_stopped" });
      expect(stop).toMatchObject({ outcome: "success", actor_fiscal_code: MARIO_CF, on_behalf_of_fiscal_code: ANNA_CF });
      expect(JSON.parse(stop!.details!)).toEqual({ reason: "chosen" });
      // The grantor's audit search finds what was done on her behalf.
      expect((await findAudit(t.db, { fiscalCode: ANNA_CF })).map((a) => a.event).sort()).toEqual(["delegation.acting_for", "delegation.acting_stopped", "delegation.granted"]);
    });

    it("is refused when the delegation is revoked, expired, not yet started, someone else's or unknown", async () => {
      const revoked = await grantOk();
      await revokeDelegation(t.db, { grantor: anna, delegationId: revoked }, meta);
      const toGiuseppe = await grantOk({ granteeFiscalCode: GIUSEPPE_CF });
      const future = await grantOk({ grantor: giuseppe, validFrom: "2026-12-15", validUntil: "2027-01-31" });

      const cases: [string, number, CitizenRef, string][] = [
        ["revoked", revoked, mario, TODAY],
        ["expired", toGiuseppe, giuseppe, "2027-07-01"],
        ["future", future, mario, "2026-12-14"],
        ["not theirs", toGiuseppe, mario, TODAY],
        ["the grantor's own", toGiuseppe, anna, TODAY],
        ["unknown", toGiuseppe + 1000, mario, TODAY],
      ];
      for (const [label, delegationId, grantee, today] of cases) {
        expect(await startActingFor(t.db, { grantee, delegationId }, meta, today), label).toEqual({ ok: false });
        expect(await checkActingFor(t.db, delegationId, grantee.fiscalCode, today), label).toBeNull();
      }
      const denied = await findAudit(t.db, { event: "delegation.acting_for" });
      expect(denied).toHaveLength(cases.length);
      expect(denied.every((a) => a.outcome === "denied" && a.on_behalf_of_fiscal_code === null)).toBe(true);
      // The future one works from its first day, the other until its last.
      expect(await startActingFor(t.db, { grantee: mario, delegationId: future }, meta, "2026-12-15")).toMatchObject({ ok: true, grantorFiscalCode: GIUSEPPE_CF });
      expect(await checkActingFor(t.db, toGiuseppe, GIUSEPPE_CF, "2027-06-30")).not.toBeNull();
    });

    it("stops being valid as soon as the grantor revokes, and the stop is audited with its reason", async () => {
      const id = await grantOk();
      expect((await startActingFor(t.db, { grantee: mario, delegationId: id }, meta, TODAY)).ok).toBe(true);
      await revokeDelegation(t.db, { grantor: anna, delegationId: id }, meta);
      expect(await checkActingFor(t.db, id, MARIO_CF, TODAY)).toBeNull();
      await stopActingFor(t.db, { grantee: mario, delegationId: id, reason: "no_longer_valid" }, NO_REQUEST);
      const [stop] = await findAudit(t.db, { event: "delegation.acting_stopped" });
      expect(stop).toMatchObject({ actor_fiscal_code: MARIO_CF, on_behalf_of_fiscal_code: ANNA_CF });
      expect(JSON.parse(stop!.details!)).toEqual({ reason: "no_longer_valid" });
    });

    it("does not name a grantor in the log when the delegation was not the grantee's", async () => {
      const id = await grantOk();
      await stopActingFor(t.db, { grantee: giuseppe, delegationId: id }, meta);
      const [stop] = await findAudit(t.db, { event: "delegation.acting_stopped" });
      expect(stop).toMatchObject({ actor_fiscal_code: GIUSEPPE_CF, on_behalf_of_fiscal_code: null });
    });
  });

  describe("service scope", () => {
    it("covers only the chosen services, and every service when the scope is all", async () => {
      const some = await grantOk({ scope: "services", serviceIds: [serviceA.id] });
      const all = await grantOk({ grantor: giuseppe, scope: "all" });
      expect(await mayActOnService(t.db, some, MARIO_CF, serviceA.id, TODAY)).toBe(true);
      expect(await mayActOnService(t.db, some, MARIO_CF, serviceB.id, TODAY)).toBe(false);
      expect(await mayActOnService(t.db, all, MARIO_CF, serviceB.id, TODAY)).toBe(true);
      expect(await mayActOnService(t.db, some, GIUSEPPE_CF, serviceA.id, TODAY)).toBe(false);
      expect(await mayActOnService(t.db, some, MARIO_CF, serviceA.id, "2027-07-01")).toBe(false);
      expect(await mayActOnService(t.db, some + 1000, MARIO_CF, serviceA.id, TODAY)).toBe(false);
      await revokeDelegation(t.db, { grantor: anna, delegationId: some }, meta);
      expect(await mayActOnService(t.db, some, MARIO_CF, serviceA.id, TODAY)).toBe(false);
      const view = await checkActingFor(t.db, all, MARIO_CF, TODAY);
      expect(view).toMatchObject({ scope: "all", services: [] });
    });

    it("reaches the grantor's taxes only with a delegation for every service, active, to that grantee", async () => {
      const some = await grantOk({ scope: "services", serviceIds: [serviceA.id] });
      const all = await grantOk({ grantor: giuseppe, scope: "all" });
      expect(await mayActOnTaxes(t.db, some, MARIO_CF, TODAY)).toBe(false);
      expect(await mayActOnTaxes(t.db, all, MARIO_CF, TODAY)).toBe(true);
      expect(await mayActOnTaxes(t.db, all, GIUSEPPE_CF, TODAY)).toBe(false);
      expect(await mayActOnTaxes(t.db, all, MARIO_CF, "2027-07-01")).toBe(false);
      expect(await mayActOnTaxes(t.db, all + 1000, MARIO_CF, TODAY)).toBe(false);
      await revokeDelegation(t.db, { grantor: giuseppe, delegationId: all }, meta);
      expect(await mayActOnTaxes(t.db, all, MARIO_CF, TODAY)).toBe(false);
    });
  });
});
