import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * The tax office's rolls (issue 5 §1): properties with their cadastral data; who holds each one, for
 * which share and period, with the flags that change the tax; the waste-tax accounts; the payments
 * (F24 and pagoPA). Amounts, shares and surfaces are decimal text. Everything is found by codice
 * fiscale, so those columns are indexed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("tax_property")
    .addColumn(...id())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("foglio", "text")
    .addColumn("particella", "text")
    .addColumn("subalterno", "text")
    .addColumn("category", "text")
    .addColumn("rendita", "text")
    .addColumn("reddito_dominicale", "text")
    .addColumn("valore_venale", "text")
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tax_possession")
    .addColumn(...id())
    .addColumn("property_id", "integer", (c) => c.notNull().references("tax_property.id").onDelete("cascade"))
    .addColumn("fiscal_code", "text", (c) => c.notNull())
    .addColumn("share", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("from_day", "text", (c) => c.notNull())
    .addColumn("to_day", "text")
    .addColumn("main_residence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reduction", "text")
    .addColumn("agreed_rent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("social_housing", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tax_possession_fiscal_code_idx").on("tax_possession").column("fiscal_code").execute();
  // Without it every deleted property makes PostgreSQL scan the holdings for the foreign key (a roll
  // reload of 100,000 lines took minutes instead of seconds).
  await db.schema.createIndex("tax_possession_property_idx").on("tax_possession").column("property_id").execute();

  await db.schema
    .createTable("tari_account")
    .addColumn(...id())
    .addColumn("fiscal_code", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("use", "text", (c) => c.notNull())
    .addColumn("occupants", "integer")
    .addColumn("category", "integer")
    .addColumn("surface", "text", (c) => c.notNull())
    .addColumn("from_day", "text", (c) => c.notNull())
    .addColumn("to_day", "text")
    .addColumn("reductions", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tari_account_fiscal_code_idx").on("tari_account").column("fiscal_code").execute();

  await db.schema
    .createTable("tax_payment")
    .addColumn(...id())
    .addColumn("fiscal_code", "text", (c) => c.notNull())
    .addColumn("tax", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("paid_on", "text", (c) => c.notNull())
    .addColumn("amount", "text", (c) => c.notNull())
    .addColumn("notice_number", "text")
    .addColumn("reference", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tax_payment_fiscal_code_idx").on("tax_payment").columns(["fiscal_code", "year"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tax_payment").execute();
  await db.schema.dropTable("tari_account").execute();
  await db.schema.dropTable("tax_possession").execute();
  await db.schema.dropTable("tax_property").execute();
}
