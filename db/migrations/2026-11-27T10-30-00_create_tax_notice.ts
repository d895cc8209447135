import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * pagoPA notices (issue 5 §5-6): one per instalment asked, with what it is for (tax, year, instalment),
 * the amount, its unique 18-digit notice number, and — once paid — when, through which provider, with
 * which receipt. The notice number's uniqueness is the database's, not the code's.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("tax_notice")
    .addColumn("id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("fiscal_code", "text", (c) => c.notNull())
    .addColumn("tax", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("instalment", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("amount_cents", "integer", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("notice_number", "text", (c) => c.notNull().unique())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("provider", "text")
    .addColumn("receipt_id", "text")
    .addColumn("paid_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tax_notice_fiscal_code_idx").on("tax_notice").columns(["fiscal_code", "year"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tax_notice").execute();
}
