import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * Whether a year's IMU rates use the c.755 increase (L. 160/2019: comuni that had the TASI surcharge
 * may take the c.754 cases up to 1.14 % instead of 1.06 %). The back office needs it to check a rate
 * against the law's maximum; 0 for the years already on record (Seregno's rates stay within 1.06 %).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("imu_rate").addColumn("increase_c755", "integer", (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("imu_rate").dropColumn("increase_c755").execute();
}
