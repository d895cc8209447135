import type { Selectable } from "kysely";
import type { TariTariffTable, TariYearTable } from "#db/schema-tax";
import type { TariTariffs } from "~/domain/tari";
import type { DbOrTrx } from "~/utils/db.server";

export type TariYearRow = Selectable<TariYearTable>;
export type TariTariffRow = Selectable<TariTariffTable>;

export interface TariYear {
  row: TariYearRow;
  rows: TariTariffRow[];
  tariffs: TariTariffs;
}

export async function findTariYear(db: DbOrTrx, year: number): Promise<TariYear | undefined> {
  const row = await db.selectFrom("tari_year").selectAll().where("year", "=", year).executeTakeFirst();
  if (!row) return undefined;
  const rows = await db.selectFrom("tari_tariff").selectAll().where("year", "=", year).orderBy("use").orderBy("key").execute();
  return {
    row,
    rows,
    tariffs: {
      year,
      domestic: rows.filter((r) => r.use === "domestic").map((r) => ({ occupants: r.key, fixedPerSqm: r.fixed_per_sqm, variablePerYear: r.variable })),
      nonDomestic: rows.filter((r) => r.use === "non_domestic").map((r) => ({ category: r.key, fixedPerSqm: r.fixed_per_sqm, variablePerSqm: r.variable })),
      tefa: row.tefa,
      accontoShare: row.acconto_share,
      accontoDue: [row.acconto_due_1, row.acconto_due_2],
      saldoDue: row.saldo_due,
      minimumPayment: row.minimum_payment,
    },
  };
}

export async function tariYearRange(db: DbOrTrx): Promise<{ first: number; last: number } | null> {
  const r = await db.selectFrom("tari_year").select((eb) => [eb.fn.min("year").as("first"), eb.fn.max("year").as("last")]).executeTakeFirst();
  return r?.first == null || r.last == null ? null : { first: Number(r.first), last: Number(r.last) };
}

/** Every year with its settings and how many tariff rows it has, newest first. */
export async function listTariYears(db: DbOrTrx): Promise<(TariYearRow & { tariffs: number })[]> {
  const rows = await db.selectFrom("tari_year").selectAll().orderBy("year", "desc").execute();
  const counts = await db.selectFrom("tari_tariff").select(["year", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("year").execute();
  const by = new Map(counts.map((c) => [Number(c.year), Number(c.n)]));
  return rows.map((r) => ({ ...r, tariffs: by.get(r.year) ?? 0 }));
}

export async function updateTariYear(db: DbOrTrx, year: number, values: Omit<TariYearRow, "year" | "updated_at" | "updated_by">, by: number | null, at: string): Promise<void> {
  await db
    .updateTable("tari_year")
    .set({ ...values, updated_by: by, updated_at: at })
    .where("year", "=", year)
    .execute();
}

export async function updateTariTariff(db: DbOrTrx, year: number, use: TariTariffRow["use"], key: number, values: Pick<TariTariffRow, "fixed_per_sqm" | "variable">): Promise<void> {
  await db.updateTable("tari_tariff").set(values).where("year", "=", year).where("use", "=", use).where("key", "=", key).execute();
}

export async function insertTariYear(db: DbOrTrx, row: TariYearRow, tariffs: readonly TariTariffRow[]): Promise<void> {
  await db.insertInto("tari_year").values(row).execute();
  if (tariffs.length) await db.insertInto("tari_tariff").values([...tariffs]).execute();
}
