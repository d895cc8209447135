import type { Insertable, Selectable } from "kysely";
import type { TaxNoticeTable } from "#db/schema-tax";
import type { DbOrTrx } from "~/utils/db.server";

export type TaxNoticeRow = Selectable<TaxNoticeTable>;

export async function findOpenNotice(db: DbOrTrx, q: { fiscalCode: string; tax: string; year: number; instalment: string; amountCents: number }) {
  return db
    .selectFrom("tax_notice")
    .selectAll()
    .where("fiscal_code", "=", q.fiscalCode)
    .where("tax", "=", q.tax as TaxNoticeRow["tax"])
    .where("year", "=", q.year)
    .where("instalment", "=", q.instalment)
    .where("amount_cents", "=", q.amountCents)
    .where("state", "=", "open")
    .executeTakeFirst();
}

export async function findNotice(db: DbOrTrx, noticeNumber: string): Promise<TaxNoticeRow | undefined> {
  return db.selectFrom("tax_notice").selectAll().where("notice_number", "=", noticeNumber).executeTakeFirst();
}

export async function insertNotice(db: DbOrTrx, row: Insertable<TaxNoticeTable>): Promise<TaxNoticeRow> {
  return db.insertInto("tax_notice").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Marks an open notice paid; false when it was not open any more (paid by another channel first). */
export async function markNoticePaid(db: DbOrTrx, noticeNumber: string, paid: { provider: string; receiptId: string; at: string }): Promise<boolean> {
  const r = await db
    .updateTable("tax_notice")
    .set({ state: "paid", provider: paid.provider, receipt_id: paid.receiptId, paid_at: paid.at })
    .where("notice_number", "=", noticeNumber)
    .where("state", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The notices paying for one thing ("application:34"), oldest first. */
export async function listNoticesOfSubject(db: DbOrTrx, subjectRef: string): Promise<TaxNoticeRow[]> {
  return db.selectFrom("tax_notice").selectAll().where("subject_ref", "=", subjectRef).orderBy("created_at").orderBy("id").execute();
}
