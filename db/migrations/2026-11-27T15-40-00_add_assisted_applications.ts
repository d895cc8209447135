import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * Applications an operator fills with a citizen who is at the counter or on the phone (issue 7 §7).
 * One row per assisted application, next to the application itself (which stays the same record as
 * an online one): how the citizen was identified, which operator and office helped, and how and when
 * the citizen confirmed the summary. Deleted with the draft; kept for good once submitted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("application_assistance")
    .addColumn("application_id", "integer", (c) => c.primaryKey().references("application.id").onDelete("cascade"))
    .addColumn("channel", "text", (c) => c.notNull().check(sql`channel in ('counter', 'phone')`))
    .addColumn("staff_id", "integer", (c) => c.notNull().references("staff_user.id"))
    .addColumn("office_id", "integer", (c) => c.references("office.id"))
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("id_document_type", "text")
    .addColumn("id_document_number", "text")
    .addColumn("phone_verification", "text")
    .addColumn("privacy_informed_at", "text", (c) => c.notNull())
    .addColumn("confirmation_method", "text", (c) => c.check(sql`confirmation_method in ('signed_summary', 'verbal')`))
    .addColumn("confirmation_note", "text")
    .addColumn("confirmed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("application_assistance_staff").on("application_assistance").column("staff_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("application_assistance").ifExists().execute();
}
