/**
 * SQL for assisted applications (issue 7 §7): the row that says an operator filled an application
 * with a citizen at the counter or on the phone, and how the citizen confirmed it.
 */
import type { Insertable, Selectable } from "kysely";
import type { ApplicationAssistanceTable, AssistedConfirmation } from "#db/schema-assisted";
import type { DbOrTrx } from "~/utils/db.server";

export type AssistanceRow = Selectable<ApplicationAssistanceTable>;

export async function insertAssistance(db: DbOrTrx, row: Insertable<ApplicationAssistanceTable>): Promise<void> {
  await db.insertInto("application_assistance").values(row).execute();
}

/** The assistance record of an application, with the helping office's name in a language. */
export async function findAssistance(db: DbOrTrx, applicationId: number, lang = "it") {
  return db
    .selectFrom("application_assistance as x")
    .leftJoin("office_translation as ot", (j) => j.onRef("ot.office_id", "=", "x.office_id").on("ot.lang", "=", lang))
    .selectAll("x")
    .select("ot.name as office_name")
    .where("x.application_id", "=", applicationId)
    .executeTakeFirst();
}

/** Records the citizen's confirmation once (a second confirmation changes nothing). */
export async function confirmAssistance(db: DbOrTrx, applicationId: number, c: { method: AssistedConfirmation; note: string | null; at: string }): Promise<boolean> {
  const result = await db
    .updateTable("application_assistance")
    .set({ confirmation_method: c.method, confirmation_note: c.note, confirmed_at: c.at })
    .where("application_id", "=", applicationId)
    .where("confirmed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The drafts an operator started with citizens and has not sent yet, newest first. */
export async function listAssistedDrafts(db: DbOrTrx, staffId: number, lang: string) {
  return db
    .selectFrom("application_assistance as x")
    .innerJoin("application as a", "a.id", "x.application_id")
    .innerJoin("service as s", "s.id", "a.service_id")
    .leftJoin("service_translation as st", (j) => j.onRef("st.service_id", "=", "s.id").on("st.lang", "=", lang))
    .select(["a.id as id", "a.applicant_name as applicantName", "a.applicant_fiscal_code as fiscalCode", "x.channel as channel", "a.updated_at as updatedAt", "st.title as serviceTitle", "s.slug as serviceSlug"])
    .where("x.staff_id", "=", staffId)
    .where("a.state", "=", "draft")
    .orderBy("a.updated_at", "desc")
    .orderBy("a.id", "desc")
    .execute();
}
