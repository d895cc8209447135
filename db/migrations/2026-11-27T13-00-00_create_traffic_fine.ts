import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Traffic fines (issue 5 §7): one row per report (verbale) of the Polizia Locale, found by its number
 * and the vehicle's plate. The edittale minimum and maximum and the costs are decimal text; the
 * amount due on a day is computed from them (app/domain/fines.ts), never stored. The violation's text
 * is kept in Italian (as on the report) and English. `owner_fiscal_code` is null for a company.
 * `paid_cents` adds up the pagoPA notices paid for it (tax_notice.subject_ref = "fine:<id>").
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("traffic_fine")
    .addColumn("id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("report_number", "text", (c) => c.notNull().unique())
    .addColumn("plate", "text", (c) => c.notNull())
    .addColumn("violated_at", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("article", "text", (c) => c.notNull())
    .addColumn("description_it", "text", (c) => c.notNull())
    .addColumn("description_en", "text", (c) => c.notNull())
    .addColumn("minimum", "text", (c) => c.notNull())
    .addColumn("maximum", "text", (c) => c.notNull())
    .addColumn("costs", "text", (c) => c.notNull())
    .addColumn("notified_on", "text", (c) => c.notNull())
    .addColumn("owner_fiscal_code", "text")
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("points", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("no_reduction", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("paid_cents", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("paid_notice", "text")
    .addColumn("paid_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("traffic_fine_owner_idx").on("traffic_fine").column("owner_fiscal_code").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("traffic_fine").execute();
}
