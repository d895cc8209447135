import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Delegations between citizens, by codice fiscale (the delegate may never have logged in yet), and the
 * append-only audit log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("delegation")
    .addColumn(...id())
    .addColumn("grantor_fiscal_code", "text", (c) => c.notNull())
    .addColumn("grantee_fiscal_code", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_until", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("delegation_not_self", sql`grantor_fiscal_code <> grantee_fiscal_code`)
    .execute();
  await db.schema.createIndex("delegation_grantor_idx").on("delegation").column("grantor_fiscal_code").execute();
  await db.schema.createIndex("delegation_grantee_idx").on("delegation").column("grantee_fiscal_code").execute();

  await db.schema
    .createTable("delegation_service")
    .addColumn("delegation_id", "integer", (c) => c.notNull().references("delegation.id").onDelete("cascade"))
    .addColumn("service_id", "integer", (c) => c.notNull().references("service.id"))
    .addPrimaryKeyConstraint("delegation_service_pk", ["delegation_id", "service_id"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn(...id())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "integer")
    .addColumn("actor_fiscal_code", "text")
    .addColumn("on_behalf_of_fiscal_code", "text")
    .addColumn("target_kind", "text")
    .addColumn("target_id", "text")
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("request_id", "text")
    .addColumn("details", "text")
    .execute();
  await db.schema.createIndex("audit_log_occurred_idx").on("audit_log").column("occurred_at").execute();
  await db.schema.createIndex("audit_log_actor_idx").on("audit_log").columns(["actor_kind", "actor_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["audit_log", "delegation_service", "delegation"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
