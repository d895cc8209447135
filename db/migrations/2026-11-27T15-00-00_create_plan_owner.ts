import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Who answers for a plan objective (issue 6 §2): one or more owners, each an office of the comune
 * and a person — a staff account, or a name and role for someone without one (or both: the role as
 * the plan states it). The plan itself names none, so the back office fills this table; the older
 * single `responsible_*` columns of `plan_objective` stay unused.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("plan_owner")
    .addColumn("id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id"))
    .addColumn("staff_user_id", "integer", (c) => c.references("staff_user.id"))
    .addColumn("person_name", "text")
    .addColumn("person_role", "text")
    .addColumn("created_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("plan_owner_person", sql`staff_user_id is not null or person_name is not null`)
    .execute();
  await db.schema.createIndex("plan_owner_objective_idx").on("plan_owner").column("plan_objective_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("plan_owner").ifExists().execute();
}
