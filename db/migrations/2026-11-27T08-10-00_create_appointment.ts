import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Appointments with the offices (issue 4 §8): each office's weekly opening hours and closures, the
 * bookings, one row per taken slot (its primary key is what makes a double booking impossible on both
 * databases; cancelling deletes it, which frees the slot) and the booking flow's unfinished drafts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("office_calendar")
    .addColumn(...id())
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id").onDelete("cascade"))
    .addColumn("weekday", "integer", (c) => c.notNull())
    .addColumn("opens", "text", (c) => c.notNull())
    .addColumn("closes", "text", (c) => c.notNull())
    .addColumn("slot_minutes", "integer", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_until", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("office_calendar_office_idx").on("office_calendar").columns(["office_id", "weekday"]).execute();

  await db.schema
    .createTable("office_closure")
    .addColumn(...id())
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("office_closure_uq").on("office_closure").columns(["office_id", "day"]).unique().execute();

  await db.schema
    .createTable("appointment")
    .addColumn(...id())
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id"))
    .addColumn("service_id", "integer", (c) => c.references("service.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("citizen_fiscal_code", "text")
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text")
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("cancel_token_hash", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("cancelled_at", "text")
    .addColumn("cancelled_by", "text")
    .addColumn("reminder_queued", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("appointment_office_idx").on("appointment").columns(["office_id", "starts_at"]).execute();
  await db.schema.createIndex("appointment_citizen_idx").on("appointment").columns(["citizen_fiscal_code", "starts_at"]).execute();
  await db.schema.createIndex("appointment_token_uq").on("appointment").column("cancel_token_hash").unique().execute();

  await db.schema
    .createTable("appointment_slot")
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("appointment_id", "integer", (c) => c.notNull().references("appointment.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("appointment_slot_pk", ["office_id", "starts_at"])
    .execute();

  await db.schema
    .createTable("appointment_draft")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_fiscal_code", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("appointment_id", "integer", (c) => c.references("appointment.id").onDelete("set null"))
    .addColumn("sealed_cancel_token", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("appointment_draft_expires_idx").on("appointment_draft").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["appointment_draft", "appointment_slot", "appointment", "office_closure", "office_calendar"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
