import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/** Server-side sessions: the cookie carries only the signed id, so any app instance can serve any request. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("absolute_expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("session_absolute_expires_idx").on("session").column("absolute_expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("session").ifExists().execute();
}
