import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Online applications (istanze): the application with its answers, its history, the messages with
 * the office, its files (bytes in file_blob, so every app instance sees them) and the outbox of
 * notifications that any instance may send.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("application")
    .addColumn(...id())
    .addColumn("service_id", "integer", (c) => c.notNull().references("service.id"))
    .addColumn("office_id", "integer", (c) => c.references("office.id"))
    .addColumn("form_slug", "text", (c) => c.notNull())
    .addColumn("form_version", "integer", (c) => c.notNull())
    .addColumn("applicant_fiscal_code", "text", (c) => c.notNull())
    .addColumn("applicant_name", "text", (c) => c.notNull())
    .addColumn("submitted_by_fiscal_code", "text", (c) => c.notNull())
    .addColumn("delegation_id", "integer", (c) => c.references("delegation.id"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("attempted_steps", "text", (c) => c.notNull())
    .addColumn("summary", "text")
    .addColumn("privacy_accepted_at", "text")
    .addColumn("protocol_year", "integer")
    .addColumn("protocol_number", "integer")
    .addColumn("submitted_at", "text")
    .addColumn("due_on", "text")
    .addColumn("deadline_rule", "text")
    .addColumn("assigned_staff_id", "integer", (c) => c.references("staff_user.id"))
    .addColumn("concluded_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "application_protocol_pair",
      sql`(protocol_year is null and protocol_number is null) or (protocol_year is not null and protocol_number is not null)`,
    )
    .execute();
  await db.schema.createIndex("application_protocol_uq").on("application").columns(["protocol_year", "protocol_number"]).unique().execute();
  await db.schema.createIndex("application_applicant_idx").on("application").columns(["applicant_fiscal_code", "state"]).execute();
  await db.schema.createIndex("application_office_idx").on("application").columns(["office_id", "state", "due_on"]).execute();

  await db.schema
    .createTable("application_event")
    .addColumn(...id())
    .addColumn("application_id", "integer", (c) => c.notNull().references("application.id").onDelete("cascade"))
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("actor_kind", "text", (c) => c.notNull())
    .addColumn("actor_staff_id", "integer", (c) => c.references("staff_user.id"))
    .addColumn("actor_fiscal_code", "text")
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("from_state", "text")
    .addColumn("to_state", "text")
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("reply_by", "text")
    .execute();
  await db.schema.createIndex("application_event_app_idx").on("application_event").columns(["application_id", "occurred_at"]).execute();

  await db.schema
    .createTable("application_message")
    .addColumn(...id())
    .addColumn("application_id", "integer", (c) => c.notNull().references("application.id").onDelete("cascade"))
    .addColumn("sender", "text", (c) => c.notNull())
    .addColumn("sender_staff_id", "integer", (c) => c.references("staff_user.id"))
    .addColumn("sender_fiscal_code", "text")
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .execute();
  await db.schema.createIndex("application_message_app_idx").on("application_message").columns(["application_id", "sent_at"]).execute();

  await db.schema
    .createTable("file_blob")
    .addColumn(...id())
    .addColumn("data", pg ? "bytea" : "blob", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("attachment")
    .addColumn(...id())
    .addColumn("application_id", "integer", (c) => c.notNull().references("application.id").onDelete("cascade"))
    .addColumn("message_id", "integer", (c) => c.references("application_message.id").onDelete("set null"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("spec_name", "text")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("blob_id", "integer", (c) => c.notNull().references("file_blob.id"))
    .addColumn("scan_status", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("attachment_app_idx").on("attachment").column("application_id").execute();

  await db.schema
    .createTable("outbox")
    .addColumn(...id())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("related_kind", "text")
    .addColumn("related_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("available_at", "text", (c) => c.notNull())
    .addColumn("claimed_until", "text")
    .addColumn("sent_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .execute();
  await db.schema.createIndex("outbox_pending_idx").on("outbox").columns(["sent_at", "available_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["outbox", "attachment", "file_blob", "application_message", "application_event", "application"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
