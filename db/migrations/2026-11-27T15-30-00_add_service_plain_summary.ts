import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * "In parole semplici" (issue 7 §2): every service page opens with a few short sentences in
 * everyday words, in the reader's language, so it lives beside the other service texts in
 * `service_translation`. Empty by default: existing rows stay valid and the page shows no box
 * until the catalogue editor (or the seed) writes one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("service_translation")
    .addColumn("plain_summary", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("service_translation").dropColumn("plain_summary").execute();
}
