import type { Kysely } from "kysely";

// Frozen in time: this file never imports application code.

/**
 * Ravvedimento operoso (issue 5 §5): a late instalment paid of one's own accord carries a reduced
 * sanction and the legal interest. A notice for it keeps the three parts (`sanction_cents` and
 * `interest_cents`, null when the notice is all tax), and a payment row says which part it is: only the
 * tax part settles the instalment, the sanction and the interest are on top of it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tax_notice").addColumn("sanction_cents", "integer").execute();
  await db.schema.alterTable("tax_notice").addColumn("interest_cents", "integer").execute();
  await db.schema.alterTable("tax_payment").addColumn("part", "text", (c) => c.notNull().defaultTo("tax")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("tax_payment").dropColumn("part").execute();
  await db.schema.alterTable("tax_notice").dropColumn("interest_cents").execute();
  await db.schema.alterTable("tax_notice").dropColumn("sanction_cents").execute();
}
