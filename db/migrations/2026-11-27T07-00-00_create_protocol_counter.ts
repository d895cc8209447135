import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * The register of protocol numbers: one row per year holding the last number given. Incremented in
 * the submitting transaction, so numbers are unique and gap-free (a rolled-back submission gives its
 * number back), whatever the number of app instances.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("protocol_counter")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("protocol_counter").ifExists().execute();
}
