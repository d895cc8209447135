import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * pagoPA notices are not only for IMU and TARI instalments (issue 5 §6-7): a traffic fine and an
 * application's fee are paid through the same kind of notice. `tax` keeps saying which kind ("IMU",
 * "TARI", "FINE", "FEE"); `subject_ref` names the thing paid for ("fine:12", "application:34"), so
 * whoever learns of the payment can move that thing on. Null for the tax instalments, which are found
 * by codice fiscale, year and instalment.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tax_notice").addColumn("subject_ref", "text").execute();
  await db.schema.createIndex("tax_notice_subject_ref_idx").on("tax_notice").column("subject_ref").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("tax_notice_subject_ref_idx").execute();
  await db.schema.alterTable("tax_notice").dropColumn("subject_ref").execute();
}
