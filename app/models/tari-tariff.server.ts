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
