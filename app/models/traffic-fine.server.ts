import type { Insertable, Selectable } from "kysely";
import type { TrafficFineTable } from "#db/schema-fines";
import type { DbOrTrx } from "~/utils/db.server";

export type TrafficFineRow = Selectable<TrafficFineTable>;

/** The fine with this report number AND plate (both normalised by the caller); nothing otherwise. */
export async function findFineByReport(db: DbOrTrx, reportNumber: string, plate: string): Promise<TrafficFineRow | undefined> {
  return db.selectFrom("traffic_fine").selectAll().where("report_number", "=", reportNumber).where("plate", "=", plate).executeTakeFirst();
}

export async function findFine(db: DbOrTrx, id: number): Promise<TrafficFineRow | undefined> {
  return db.selectFrom("traffic_fine").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listFinesOfOwner(db: DbOrTrx, fiscalCode: string): Promise<TrafficFineRow[]> {
  return db.selectFrom("traffic_fine").selectAll().where("owner_fiscal_code", "=", fiscalCode).orderBy("violated_at", "desc").orderBy("id", "desc").execute();
}

export async function insertFine(db: DbOrTrx, row: Insertable<TrafficFineTable>): Promise<number> {
  return (await db.insertInto("traffic_fine").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

/**
 * Adds a paid notice to the fine; `settles` (decided by the caller from the rules) closes it. The sum
 * is done by the database, so two notices reported at once never lose one.
 */
export async function addFinePayment(db: DbOrTrx, id: number, paid: { cents: number; notice: string; at: string; settles: boolean }): Promise<void> {
  await db
    .updateTable("traffic_fine")
    .set((eb) => ({
      paid_cents: eb(eb.ref("paid_cents"), "+", paid.cents),
      updated_at: paid.at,
      ...(paid.settles ? { state: "paid" as const, paid_notice: paid.notice, paid_at: paid.at } : {}),
    }))
    .where("id", "=", id)
    .execute();
}

/** An appeal suspends an open fine's payment; false when no open fine has this report and plate. */
export async function markFineAppealed(db: DbOrTrx, reportNumber: string, plate: string, at: string): Promise<boolean> {
  const r = await db.updateTable("traffic_fine").set({ state: "appealed", updated_at: at }).where("report_number", "=", reportNumber).where("plate", "=", plate).where("state", "=", "open").executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
