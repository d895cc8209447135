/**
 * The tax office's rates per year on SQLite and PostgreSQL: a saved rate is what the calculator uses
 * at once (no cache), with who and when on the row and one audit row of what changed; a rate above
 * the law's maximum changes nothing; a new year is a copy of the last one, due dates a year on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { Exact } from "~/domain/exact";
import { findImuRate } from "~/models/imu-rate.server";
import { findTariYear } from "~/models/tari-tariff.server";
import { NO_REQUEST } from "~/services/audit.server";
import { calculateImu } from "~/services/imu-calculator.server";
import { calculateTari } from "~/services/tari-calculator.server";
import { copyRateYear, findRateYear, listRateYears, saveRateYear } from "~/services/tax-rates.server";
import { tariffFieldId } from "~/domain/tax-rates";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const A2 = { kind: "fabbricato" as const, category: "A/2", rendita: Exact.of(850), redditoDominicale: null, valoreVenale: null, share: Exact.of(100), from: "2026-01-01", to: "2026-12-31", mainResidence: false, reduction: null, agreedRent: false, socialHousing: false };

describe.each(databaseNames())("rates per year on %s", (name) => {
  let t: TestDatabase;
  const actor = { kind: "staff" as const, id: 1 };

  /** The year's form as the page shows it, with `changes` typed over it. */
  async function formOf(year: number, changes: Record<string, string | null> = {}) {
    const y = await findRateYear(t.db, year);
    if (!y) throw new Error(`no ${year}`);
    const f = new FormData();
    const i = y.imu;
    for (const k of ["main_residence", "rural_instrumental", "land", "group_d", "other", "building_land", "agreed_rent", "social_housing", "deduction", "minimum_payment", "acconto_due", "saldo_due", "source"] as const) f.set(k, String(i[k]));
    if (i.increase_c755) f.set("increase_c755", "1");
    const r = y.tari.row;
    for (const k of ["tefa", "acconto_share", "acconto_due_1", "acconto_due_2", "saldo_due", "minimum_payment", "source"] as const) f.set(`tari_${k}`, String(r[k]));
    if (r.illustrative) f.set("tari_illustrative", "1");
    for (const row of y.tari.rows) {
      f.set(tariffFieldId(row, "fixed"), row.fixed_per_sqm);
      f.set(tariffFieldId(row, "variable"), row.variable);
    }
    for (const [k, v] of Object.entries(changes)) (v === null ? f.delete(k) : f.set(k, v));
    return f;
  }

  const audits = (event: string) => t.db.selectFrom("audit_log").selectAll().where("event", "=", event).orderBy("id").execute();

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("saves 2026 'other buildings' at 1.10 % with the c.755 increase: the calculator's answer changes at once, the row says who, the audit what", async () => {
    // Before: 142,800 × 1.06 % = 1,513.68.
    const before = await calculateImu(t.db, 2026, [A2]);
    expect(before.ok && before.answer.totale).toBe("1513.68");
    const r = await saveRateYear(t.db, 2026, await formOf(2026, { other: "1,10", increase_c755: "1" }), actor, NO_REQUEST, new Date("2026-11-27T13:00:00Z"));
    expect(r).toEqual({ ok: true, changed: 2 });
    const row = await findImuRate(t.db, 2026);
    expect(row).toMatchObject({ other: "1.1", increase_c755: 1, updated_by: 1, updated_at: "2026-11-27T13:00:00.000Z", land: "1.06" });
    // After: 142,800 × 1.10 % = 1,570.80; June at 2025's 1.02 % for 6 months: 728.28 → 728; December 1,570.80 − 728 = 842.80 → 843.
    const after = await calculateImu(t.db, 2026, [A2]);
    expect(after.ok && after.answer).toMatchObject({ totale: "1570.80", righeF24: [{ codiceTributo: "3918", acconto: "728.00", saldo: "843.00", numeroImmobili: 1 }] });
    const [audit] = await audits("tax.rates_saved");
    expect(audit).toMatchObject({ outcome: "success", actor_kind: "staff", actor_id: 1, target_kind: "rate_year", target_id: "2026" });
    expect(JSON.parse(audit!.details!)).toEqual({ year: 2026, changes: { "imu.other": ["1.06", "1.1"], "imu.increase_c755": [0, 1] } });
  });

  it("refuses 1.15 % (above c.755's 1.14 %) and a TEFA of 6 %, naming the fields, and changes nothing", async () => {
    const rowBefore = await findImuRate(t.db, 2026);
    const r = await saveRateYear(t.db, 2026, await formOf(2026, { other: "1,15", tari_tefa: "6" }), actor, NO_REQUEST);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === "invalid") {
      expect(Object.keys(r.errors)).toEqual(["other", "tari_tefa"]);
      expect(r.values.imu.other).toBe("1,15");
    }
    expect(await findImuRate(t.db, 2026)).toEqual(rowBefore);
    expect((await findTariYear(t.db, 2026))?.row.tefa).toBe("5");
    expect(await audits("tax.rates_saved")).toHaveLength(1);
  });

  it("saves a TARI tariff: the household of 3's fixed part, used by the calculator at once", async () => {
    const account = { use: "domestic" as const, occupants: 3, category: null, surface: Exact.of(80), from: "2026-01-01", to: "2026-12-31", reductions: [] };
    const r = await saveRateYear(t.db, 2026, await formOf(2026, { "dom-3-fixed": "1,00", tari_illustrative: null }), actor, NO_REQUEST);
    expect(r).toEqual({ ok: true, changed: 2 });
    const y = await findTariYear(t.db, 2026);
    expect(y?.rows.find((x) => x.use === "domestic" && x.key === 3)?.fixed_per_sqm).toBe("1.0000");
    expect(y?.row.illustrative).toBe(0);
    // 1.00 × 80 = 80.00 fixed + 143.52 variable = 223.52; TEFA 5 % = 11.176 → 11.18.
    const tari = await calculateTari(t.db, 2026, [account]);
    expect(tari.ok && tari.answer).toMatchObject({ tari: "223.52", tefa: "11.18", tariffeIllustrative: false });
  });

  it("creates 2027 as a copy of 2026 (dates a year on, source saying so), once", async () => {
    const r = await copyRateYear(t.db, 2026, actor, NO_REQUEST, new Date("2026-11-27T13:05:00Z"));
    expect(r).toEqual({ ok: true, year: 2027 });
    const y = await findRateYear(t.db, 2027);
    expect(y?.imu).toMatchObject({ other: "1.1", increase_c755: 1, acconto_due: "2027-06-16", saldo_due: "2027-12-16", updated_by: 1 });
    expect(y?.imu.source).toContain("[copia dal 2026");
    expect(y?.tari.row).toMatchObject({ acconto_due_1: "2027-06-18", acconto_due_2: "2027-10-19", saldo_due: "2027-12-04", tefa: "5" });
    expect(y?.tari.rows).toHaveLength(36);
    expect(await copyRateYear(t.db, 2026, actor, NO_REQUEST)).toEqual({ ok: false, reason: "exists" });
    expect(await copyRateYear(t.db, 2030, actor, NO_REQUEST)).toEqual({ ok: false, reason: "not_found" });
    const [audit] = await audits("tax.rates_copied");
    expect(JSON.parse(audit!.details!)).toEqual({ from: 2026, year: 2027, tariffs: 36 });
    expect((await listRateYears(t.db)).map((x) => [x.year, x.tari?.tariffs])).toEqual([
      [2027, 36],
      [2026, 36],
      [2025, 36],
      [2024, 36],
      [2023, 36],
    ]);
  });
});
