import { randomInt } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { TaxNoticeTable } from "#db/schema-tax";
import { noticeNumber } from "~/domain/pagopa";
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

/**
 * Closes the open notices of a tax year that another payment made pointless: paying the single payment
 * closes the instalments' notices, paying an instalment closes the single payment's (pagoPA's payment
 * options of one debt are alternatives).
 */
export async function cancelAlternatives(db: DbOrTrx, paid: Pick<TaxNoticeRow, "fiscal_code" | "tax" | "year" | "instalment" | "notice_number">): Promise<number> {
  let q = db
    .updateTable("tax_notice")
    .set({ state: "cancelled" })
    .where("fiscal_code", "=", paid.fiscal_code)
    .where("tax", "=", paid.tax)
    .where("year", "=", paid.year)
    .where("state", "=", "open")
    .where("notice_number", "!=", paid.notice_number);
  q = paid.instalment === SINGLE_PAYMENT ? q : q.where("instalment", "=", SINGLE_PAYMENT);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The instalment key of a notice that pays all of a year's open instalments at once ("rata unica"). */
export const SINGLE_PAYMENT = "unica";

/**
 * The open notice of a subject ("fine:12") for this band and amount that is still valid on `today`
 * (its due day not passed): a notice keeps the amount of the day it was made, so once its band ends
 * a new one is needed.
 */
export async function findOpenSubjectNotice(db: DbOrTrx, q: { subjectRef: string; instalment: string; amountCents: number; today: string }) {
  return db
    .selectFrom("tax_notice")
    .selectAll()
    .where("subject_ref", "=", q.subjectRef)
    .where("instalment", "=", q.instalment)
    .where("amount_cents", "=", q.amountCents)
    .where("state", "=", "open")
    .where("due_on", ">=", q.today)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

export async function listSubjectNotices(db: DbOrTrx, subjectRef: string): Promise<TaxNoticeRow[]> {
  return db.selectFrom("tax_notice").selectAll().where("subject_ref", "=", subjectRef).orderBy("id", "asc").execute();
}

/**
 * Inserts a notice under a new number: random within the creditor's segregation code and the year,
 * unique by the database (a clash is retried).
 */
export async function insertNumberedNotice(db: DbOrTrx, segregation: string, row: Omit<Insertable<TaxNoticeTable>, "notice_number">): Promise<TaxNoticeRow> {
  for (let attempt = 0; ; attempt++) {
    const sequence = BigInt(row.year % 100) * 100_000_000_000n + BigInt(randomInt(0, 2 ** 31)) * 40n + BigInt(randomInt(0, 40));
    try {
      return await insertNotice(db, { ...row, notice_number: noticeNumber(segregation, sequence) });
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}
