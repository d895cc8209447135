/**
 * The tax office edits the comune's rates per year (issue 5 §1): IMU rates, the TARI year's settings
 * and its tariffs, checked against the law (app/domain/tax-rates.ts), saved in one transaction with
 * who and when, and audited with what changed. The calculators, the API and the positions read the
 * tables on every request (no cache of the rates), so a saved change counts at once.
 */
import { checkYearForm, nextYearDay, type RateErrors, type YearValues } from "~/domain/tax-rates";
import { findImuRate, insertImuRate, listImuRates, updateImuRate, type ImuRateRow } from "~/models/imu-rate.server";
import { findTariYear, insertTariYear, listTariYears, updateTariTariff, updateTariYear, type TariYear } from "~/models/tari-tariff.server";
import type { Database } from "#db/schema";
import type { Kysely } from "kysely";
import { type AuditActor, record, type RequestMeta } from "./audit.server";

export interface RateYearSummary {
  year: number;
  imu: { other: string; source: string; updatedAt: string } | null;
  tari: { tariffs: number; illustrative: boolean; source: string; updatedAt: string } | null;
}

export async function listRateYears(db: Kysely<Database>): Promise<RateYearSummary[]> {
  const [imu, tari] = await Promise.all([listImuRates(db), listTariYears(db)]);
  const years = [...new Set([...imu.map((r) => r.year), ...tari.map((r) => r.year)])].sort((a, b) => b - a);
  return years.map((year) => {
    const i = imu.find((r) => r.year === year);
    const t = tari.find((r) => r.year === year);
    return {
      year,
      imu: i ? { other: i.other, source: i.source, updatedAt: i.updated_at } : null,
      tari: t ? { tariffs: t.tariffs, illustrative: t.illustrative === 1, source: t.source, updatedAt: t.updated_at } : null,
    };
  });
}

export interface RateYear {
  imu: ImuRateRow;
  tari: TariYear;
}

/** A year the back office can edit: both its IMU rates and its TARI settings are on record. */
export async function findRateYear(db: Kysely<Database>, year: number): Promise<RateYear | null> {
  const [imu, tari] = await Promise.all([findImuRate(db, year), findTariYear(db, year)]);
  return imu && tari ? { imu, tari } : null;
}

/** What changed, field by field, for the audit log ("other": ["1.02", "1.06"]). */
function changes(before: Record<string, unknown>, after: Record<string, unknown>, prefix = ""): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) out[`${prefix}${k}`] = [before[k], v];
  return out;
}

export type SaveResult = { ok: true; changed: number } | { ok: false; reason: "not_found" } | { ok: false; reason: "invalid"; values: YearValues; errors: RateErrors };

/**
 * Checks the year's form against the law (nothing is written when any value is wrong) and saves the
 * IMU rates, the TARI settings and the changed tariffs in one transaction, with one audit row listing
 * what changed from what.
 */
export async function saveRateYear(db: Kysely<Database>, year: number, form: { get(name: string): unknown }, actor: AuditActor & { id: number }, meta: RequestMeta, now = new Date()): Promise<SaveResult> {
  return db.transaction().execute(async (trx) => {
    const [imu, tari] = await Promise.all([findImuRate(trx, year), findTariYear(trx, year)]);
    if (!imu || !tari) return { ok: false as const, reason: "not_found" as const };
    const checked = checkYearForm(year, form, tari.rows);
    if (!checked.ok) return { ok: false as const, reason: "invalid" as const, values: checked.values, errors: checked.errors };
    const values = checked.values;
    const at = now.toISOString();
    const { increase_c755, ...rates } = values.imu;
    const imuAfter = { ...rates, increase_c755: increase_c755 ? 1 : 0 };
    const { illustrative, ...settings } = values.tari;
    const tariAfter = { ...settings, illustrative: illustrative ? 1 : 0 };
    const diff = { ...changes(imu, imuAfter, "imu."), ...changes(tari.row, tariAfter, "tari.") };
    await updateImuRate(trx, year, imuAfter, actor.id, at);
    await updateTariYear(trx, year, tariAfter, actor.id, at);
    for (const t of values.tariffs) {
      const old = tari.rows.find((r) => r.use === t.use && r.key === t.key);
      if (!old || (old.fixed_per_sqm === t.fixed && old.variable === t.variable)) continue;
      await updateTariTariff(trx, year, t.use, t.key, { fixed_per_sqm: t.fixed, variable: t.variable });
      Object.assign(diff, changes({ fixed: old.fixed_per_sqm, variable: old.variable }, { fixed: t.fixed, variable: t.variable }, `tariff.${t.use}.${t.key}.`));
    }
    await record(trx, { event: "tax.rates_saved", outcome: "success", actor, target: { kind: "rate_year", id: year }, details: { year, changes: diff }, meta, at: now });
    return { ok: true as const, changed: Object.keys(diff).length };
  });
}

export type CopyResult = { ok: true; year: number } | { ok: false; reason: "not_found" | "exists" };

/** A new year (`from` + 1) with `from`'s rates, tariffs and due dates a year later, to be edited next. */
export async function copyRateYear(db: Kysely<Database>, from: number, actor: AuditActor & { id: number }, meta: RequestMeta, now = new Date()): Promise<CopyResult> {
  const year = from + 1;
  return db.transaction().execute(async (trx) => {
    const [imu, tari, imuNext, tariNext] = await Promise.all([findImuRate(trx, from), findTariYear(trx, from), findImuRate(trx, year), findTariYear(trx, year)]);
    if (!imu || !tari) return { ok: false as const, reason: "not_found" as const };
    if (imuNext || tariNext) return { ok: false as const, reason: "exists" as const };
    const at = now.toISOString();
    // The source says where the figures came from, shown to the public: until the tax office types the new act, it says they are last year's.
    const copied = (s: string) => `${s} [copia dal ${from}, da aggiornare con l'atto del ${year}]`.slice(0, 500);
    await insertImuRate(trx, { ...imu, year, acconto_due: nextYearDay(imu.acconto_due), saldo_due: nextYearDay(imu.saldo_due), source: copied(imu.source), updated_at: at, updated_by: actor.id });
    await insertTariYear(
      trx,
      { ...tari.row, year, acconto_due_1: nextYearDay(tari.row.acconto_due_1), acconto_due_2: nextYearDay(tari.row.acconto_due_2), saldo_due: nextYearDay(tari.row.saldo_due), source: copied(tari.row.source), updated_at: at, updated_by: actor.id },
      tari.rows.map((r) => ({ ...r, year })),
    );
    await record(trx, { event: "tax.rates_copied", outcome: "success", actor, target: { kind: "rate_year", id: year }, details: { from, year, tariffs: tari.rows.length }, meta, at: now });
    return { ok: true as const, year };
  });
}
