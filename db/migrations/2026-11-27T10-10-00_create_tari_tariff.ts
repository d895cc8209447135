import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * The comune's TARI tariffs per year (issue 5 §1): one row per year with TEFA, the share asked on
 * account, the due dates, the minimum and the act they come from; one row per household size or
 * business category with the published figures (decimal text, never floats).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tari_year")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("tefa", "text", (c) => c.notNull())
    .addColumn("acconto_share", "text", (c) => c.notNull())
    .addColumn("acconto_due_1", "text", (c) => c.notNull())
    .addColumn("acconto_due_2", "text", (c) => c.notNull())
    .addColumn("saldo_due", "text", (c) => c.notNull())
    .addColumn("minimum_payment", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("illustrative", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
  await db.schema
    .createTable("tari_tariff")
    .addColumn("year", "integer", (c) => c.notNull().references("tari_year.year").onDelete("cascade"))
    .addColumn("use", "text", (c) => c.notNull())
    /** Household size 1…6 (domestic) or category 1…30 (non-domestic). */
    .addColumn("key", "integer", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("fixed_per_sqm", "text", (c) => c.notNull())
    /** € per year (domestic) or € per m² (non-domestic). */
    .addColumn("variable", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tari_tariff_pk", ["year", "use", "key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tari_tariff").execute();
  await db.schema.dropTable("tari_year").execute();
}
