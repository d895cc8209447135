import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * Payments loaded from the tax office's files are only ever added (a payment history is never
 * replaced), so the same line loaded twice must be found: `source_key` is the line's identity (who,
 * tax, year, code, channel, day, amount, notice, reference), unique. Null for the payments recorded
 * by the desk itself (a paid notice), which are kept once by the notice's own compare-and-set.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tax_payment").addColumn("source_key", "text").execute();
  await db.schema.createIndex("tax_payment_source_key_idx").on("tax_payment").column("source_key").unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("tax_payment_source_key_idx").execute();
  await db.schema.alterTable("tax_payment").dropColumn("source_key").execute();
}
