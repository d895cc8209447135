import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * The accessibility feedback mechanism and the yearly accessibility objectives (issue 7 §9).
 *
 * `accessibility_feedback`: a barrier reported by anyone (no login), a tracked request the comune
 * must answer within 30 days (`due_on`, an Italian calendar day). `token` is the unguessable part of
 * the receipt's address; `reference` is the number people quote on the phone.
 *
 * `accessibility_objective`: the comune's yearly objectives (published by 31 March), edited by staff;
 * `plan_objective_code` ties one to an objective of the integrated plan (shown on its page).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  await db.schema
    .createTable("accessibility_feedback")
    .addColumn("id", pg ? "serial" : "integer", id)
    .addColumn("reference", "text", (c) => c.unique())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("name", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("page_url", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("assistive_technology", "text")
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('received', 'in_progress', 'answered')`))
    .addColumn("answer", "text")
    .addColumn("answered_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("answered_at", "text")
    .execute();
  await db.schema.createIndex("accessibility_feedback_due_on").on("accessibility_feedback").columns(["state", "due_on"]).execute();

  await db.schema
    .createTable("accessibility_objective")
    .addColumn("id", pg ? "serial" : "integer", id)
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("objective", "text", (c) => c.notNull())
    .addColumn("intervention", "text", (c) => c.notNull())
    .addColumn("deadline", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('planned', 'in_progress', 'done', 'not_done')`))
    .addColumn("plan_objective_code", "text")
    .addColumn("updated_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("accessibility_objective_year_objective", ["year", "objective"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("accessibility_objective").ifExists().execute();
  await db.schema.dropTable("accessibility_feedback").ifExists().execute();
}
