/**
 * The SQL of the tax office's TARI-accounts and payments files (app/services/rolls.server.ts): batched,
 * because a file has up to hundreds of thousands of lines and one statement per line would take minutes
 * on PostgreSQL.
 */
import type { Insertable } from "kysely";
import type { TariAccountTable, TaxPaymentTable } from "#db/schema-tax";
import type { DbOrTrx } from "~/utils/db.server";

export const BATCH = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Deletes the accounts of these taxpayers; the number deleted. */
export async function deleteTariAccountsOf(db: DbOrTrx, fiscalCodes: readonly string[]): Promise<number> {
  let n = 0;
  for (const part of chunks(fiscalCodes)) n += Number((await db.deleteFrom("tari_account").where("fiscal_code", "in", part).executeTakeFirst()).numDeletedRows);
  return n;
}

export async function insertTariAccounts(db: DbOrTrx, rows: readonly Insertable<TariAccountTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto("tari_account").values(part).execute();
}

/** Which of these payment keys are already stored. */
export async function existingPaymentKeys(db: DbOrTrx, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(keys)) {
    for (const r of await db.selectFrom("tax_payment").select("source_key").where("source_key", "in", part).execute()) if (r.source_key) found.add(r.source_key);
  }
  return found;
}

/** Which of these notice numbers are the desk's own notices (paid through the desk or the reconciliation feed). */
export async function knownNoticeNumbers(db: DbOrTrx, numbers: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(numbers)) {
    for (const r of await db.selectFrom("tax_notice").select("notice_number").where("notice_number", "in", part).execute()) found.add(r.notice_number);
  }
  return found;
}

export async function insertPayments(db: DbOrTrx, rows: readonly Insertable<TaxPaymentTable>[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto("tax_payment").values(part).execute();
}
