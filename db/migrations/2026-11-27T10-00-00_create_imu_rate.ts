import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * The comune's IMU rates per year (issue 5 §1): percentages and euro amounts as decimal text ("1.02",
 * "200.00") so neither database turns them into binary floats; the due dates of the two instalments;
 * where the figures come from (the council's act) and who changed them last.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("imu_rate")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("main_residence", "text", (c) => c.notNull())
    .addColumn("deduction", "text", (c) => c.notNull())
    .addColumn("social_housing", "text", (c) => c.notNull())
    .addColumn("agreed_rent", "text", (c) => c.notNull())
    .addColumn("rural_instrumental", "text", (c) => c.notNull())
    .addColumn("land", "text", (c) => c.notNull())
    .addColumn("building_land", "text", (c) => c.notNull())
    .addColumn("group_d", "text", (c) => c.notNull())
    .addColumn("other", "text", (c) => c.notNull())
    .addColumn("minimum_payment", "text", (c) => c.notNull())
    .addColumn("acconto_due", "text", (c) => c.notNull())
    .addColumn("saldo_due", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("imu_rate").execute();
}
