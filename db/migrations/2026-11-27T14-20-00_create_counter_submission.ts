import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Applications received outside the desk (at the counter, by phone, e-mail or PEC), recorded by an
 * operator so the plan's "online versus counter" share has a denominator (issue 6 §4). Only what the
 * share needs: the service, the day received, the channel and the protocol number when there is one;
 * no personal data of the applicant. Append-only: history is what is measured.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("counter_submission")
    .addColumn("id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("service_id", "integer", (c) => c.notNull().references("service.id"))
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull().check(sql`channel in ('counter', 'phone', 'email', 'pec')`))
    .addColumn("protocol_number", "text")
    .addColumn("recorded_by", "integer", (c) => c.notNull().references("staff_user.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("counter_submission_received_on").on("counter_submission").column("received_on").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("counter_submission").ifExists().execute();
}
