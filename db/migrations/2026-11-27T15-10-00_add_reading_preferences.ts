import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * The reading preferences (text size, contrast, spacing, motion, font) kept on the profile of a
 * citizen or a staff member, so that they follow the person to another browser at the next login.
 * One short text in the same form as the cookie (e.g. "t150cs"); null when never saved.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("citizen").addColumn("reading_preferences", "text").execute();
  await db.schema.alterTable("staff_user").addColumn("reading_preferences", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("staff_user").dropColumn("reading_preferences").execute();
  await db.schema.alterTable("citizen").dropColumn("reading_preferences").execute();
}
