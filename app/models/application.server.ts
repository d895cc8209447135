import { type Insertable, type Selectable, sql } from "kysely";
import type {
  ApplicationEventTable,
  ApplicationMessageTable,
  ApplicationTable,
  AttachmentTable,
} from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type ApplicationRow = Selectable<ApplicationTable>;
export type ApplicationEventRow = Selectable<ApplicationEventTable>;
export type ApplicationMessageRow = Selectable<ApplicationMessageTable>;
export type AttachmentRow = Selectable<AttachmentTable>;
export type ApplicationState = ApplicationTable["state"];

// ---------------------------------------------------------------------------------------------
// Applications

export async function insertApplication(db: DbOrTrx, row: Insertable<ApplicationTable>): Promise<number> {
  const inserted = await db.insertInto("application").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findApplication(db: DbOrTrx, id: number): Promise<ApplicationRow | undefined> {
  return db.selectFrom("application").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The newest draft of a service for an applicant (one draft per service is resumed, not duplicated). */
export async function findDraft(db: DbOrTrx, applicantFiscalCode: string, serviceId: number): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom("application")
    .selectAll()
    .where("applicant_fiscal_code", "=", applicantFiscalCode)
    .where("service_id", "=", serviceId)
    .where("state", "=", "draft")
    // A draft an operator is filling with the citizen at the counter stays the operator's until sent.
    .where((eb) => eb.not(eb.exists(eb.selectFrom("application_assistance as x").select("x.application_id").whereRef("x.application_id", "=", "application.id"))))
    .orderBy("updated_at", "desc")
    .executeTakeFirst();
}

export async function updateDraft(
  db: DbOrTrx,
  id: number,
  change: Partial<Pick<ApplicationRow, "answers" | "attempted_steps" | "privacy_accepted_at">>,
  now: string,
): Promise<void> {
  await db
    .updateTable("application")
    .set({ ...change, updated_at: now })
    .where("id", "=", id)
    .where("state", "=", "draft")
    .execute();
}

export async function deleteDraft(db: DbOrTrx, id: number): Promise<boolean> {
  const result = await db.deleteFrom("application").where("id", "=", id).where("state", "=", "draft").executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Turns a draft into a submitted application, only if it is still a draft: of two concurrent
 * submissions of the same draft, one wins and the other changes nothing (0 rows).
 */
export async function claimDraftForSubmission(db: DbOrTrx, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable("application")
    .set({ state: "submitted", submitted_at: now, updated_at: now })
    .where("id", "=", id)
    .where("state", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateApplication(
  db: DbOrTrx,
  id: number,
  change: Partial<
    Pick<
      ApplicationRow,
      | "state"
      | "summary"
      | "answers"
      | "protocol_year"
      | "protocol_number"
      | "due_on"
      | "deadline_rule"
      | "assigned_staff_id"
      | "concluded_at"
      | "office_id"
    >
  >,
  now: string,
): Promise<void> {
  await db
    .updateTable("application")
    .set({ ...change, updated_at: now })
    .where("id", "=", id)
    .execute();
}

/** Moves an application from one state to another only if it is still in `from` (no lost updates). */
export async function moveState(
  db: DbOrTrx,
  id: number,
  from: ApplicationState,
  change: Partial<Pick<ApplicationRow, "state" | "due_on" | "assigned_staff_id" | "concluded_at">>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable("application")
    .set({ ...change, updated_at: now })
    .where("id", "=", id)
    .where("state", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface ApplicationListRow {
  id: number;
  state: ApplicationState;
  formSlug: string;
  serviceSlug: string;
  serviceTitle: string;
  officeSlug: string | null;
  officeName: string | null;
  applicantFiscalCode: string;
  applicantName: string;
  submittedByFiscalCode: string;
  protocolYear: number | null;
  protocolNumber: number | null;
  submittedAt: string | null;
  dueOn: string | null;
  assignedStaffId: number | null;
  assignedName: string | null;
  /** Set when an operator filled it with the citizen (issue 7 §7). */
  assistedChannel: "counter" | "phone" | null;
  createdAt: string;
  updatedAt: string;
}

function listQuery(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("application as a")
    .innerJoin("service as s", "s.id", "a.service_id")
    .leftJoin("service_translation as st", (j) => j.onRef("st.service_id", "=", "s.id").on("st.lang", "=", lang))
    .leftJoin("office as o", "o.id", "a.office_id")
    .leftJoin("office_translation as ot", (j) => j.onRef("ot.office_id", "=", "o.id").on("ot.lang", "=", lang))
    .leftJoin("staff_user as u", "u.id", "a.assigned_staff_id")
    .leftJoin("application_assistance as x", "x.application_id", "a.id")
    .select([
      "x.channel as assistedChannel",
      "a.id as id",
      "a.state as state",
      "a.form_slug as formSlug",
      "s.slug as serviceSlug",
      sql<string>`coalesce(st.title, s.slug)`.as("serviceTitle"),
      "o.slug as officeSlug",
      "ot.name as officeName",
      "a.applicant_fiscal_code as applicantFiscalCode",
      "a.applicant_name as applicantName",
      "a.submitted_by_fiscal_code as submittedByFiscalCode",
      "a.protocol_year as protocolYear",
      "a.protocol_number as protocolNumber",
      "a.submitted_at as submittedAt",
      "a.due_on as dueOn",
      "a.assigned_staff_id as assignedStaffId",
      "u.display_name as assignedName",
      "a.created_at as createdAt",
      "a.updated_at as updatedAt",
    ]);
}

/** Every application of an applicant (drafts included, except those an operator is still filling with them), newest first. */
export async function listForApplicant(db: DbOrTrx, applicantFiscalCode: string, lang: string): Promise<ApplicationListRow[]> {
  return listQuery(db, lang)
    .where("a.applicant_fiscal_code", "=", applicantFiscalCode)
    .where((eb) => eb.or([eb("a.state", "<>", "draft"), eb("x.application_id", "is", null)]))
    .orderBy("a.updated_at", "desc")
    .orderBy("a.id", "desc")
    .execute();
}

export async function findListRow(db: DbOrTrx, id: number, lang: string): Promise<ApplicationListRow | undefined> {
  return listQuery(db, lang).where("a.id", "=", id).executeTakeFirst();
}

export interface InboxFilter {
  /** Office ids the staff member may see; null = every office. */
  officeIds: number[] | null;
  serviceSlug?: string;
  state?: ApplicationState;
  /** "me", "none" or a staff id. */
  assigned?: "me" | "none" | number;
  meId?: number;
  submittedFrom?: string;
  submittedTo?: string;
  /** Due before this day and not concluded. */
  overdueBefore?: string;
  /** A protocol number, a codice fiscale or part of the applicant's name. */
  search?: { protocol?: { year: number; number: number }; text?: string };
}

function inboxQuery(db: DbOrTrx, lang: string, f: InboxFilter) {
  let q = listQuery(db, lang).where("a.state", "<>", "draft");
  if (f.officeIds) q = f.officeIds.length ? q.where("a.office_id", "in", f.officeIds) : q.where(sql<boolean>`1 = 0`);
  if (f.serviceSlug) q = q.where("s.slug", "=", f.serviceSlug);
  if (f.state) q = q.where("a.state", "=", f.state);
  if (f.assigned === "none") q = q.where("a.assigned_staff_id", "is", null);
  else if (f.assigned === "me" && f.meId !== undefined) q = q.where("a.assigned_staff_id", "=", f.meId);
  else if (typeof f.assigned === "number") q = q.where("a.assigned_staff_id", "=", f.assigned);
  if (f.submittedFrom) q = q.where("a.submitted_at", ">=", `${f.submittedFrom}T00:00:00`);
  if (f.submittedTo) q = q.where("a.submitted_at", "<=", `${f.submittedTo}T23:59:59.999Z`);
  if (f.overdueBefore) q = q.where("a.due_on", "<", f.overdueBefore).where("a.state", "in", ["submitted", "in_charge", "integration_requested", "payment_requested"]);
  const p = f.search?.protocol;
  if (p) q = q.where("a.protocol_year", "=", p.year).where("a.protocol_number", "=", p.number);
  const text = f.search?.text?.trim();
  if (text) {
    const like = `%${text.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(a.applicant_fiscal_code)`, "like", like), eb(sql`lower(a.applicant_name)`, "like", like)]));
  }
  return q;
}

/** The back office's list: nearest deadline first, then oldest submission. */
export async function listInbox(db: DbOrTrx, lang: string, f: InboxFilter, page: { limit: number; offset: number }): Promise<ApplicationListRow[]> {
  return inboxQuery(db, lang, f)
    .orderBy(sql`case when a.state in ('accepted','rejected','withdrawn') then 1 else 0 end`)
    .orderBy("a.due_on", "asc")
    .orderBy("a.submitted_at", "asc")
    .orderBy("a.id", "asc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countInbox(db: DbOrTrx, lang: string, f: InboxFilter): Promise<number> {
  const row = await db
    .selectFrom(inboxQuery(db, lang, f).as("x"))
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Counts per service and state of the applications the staff member may see (drafts never count). */
export async function countByServiceAndState(db: DbOrTrx, lang: string, officeIds: number[] | null) {
  let q = db
    .selectFrom("application as a")
    .innerJoin("service as s", "s.id", "a.service_id")
    .leftJoin("service_translation as st", (j) => j.onRef("st.service_id", "=", "s.id").on("st.lang", "=", lang))
    .where("a.state", "<>", "draft");
  if (officeIds) q = officeIds.length ? q.where("a.office_id", "in", officeIds) : q.where(sql<boolean>`1 = 0`);
  const rows = await q
    .select(["s.slug as serviceSlug", sql<string>`coalesce(st.title, s.slug)`.as("serviceTitle"), "a.state as state", (eb) => eb.fn.countAll<number | string>().as("n")])
    .groupBy(["s.slug", "st.title", "a.state"])
    .orderBy("s.slug")
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

// ---------------------------------------------------------------------------------------------
// History, messages, files

export async function insertEvent(db: DbOrTrx, row: Insertable<ApplicationEventTable>): Promise<void> {
  await db.insertInto("application_event").values(row).execute();
}

export async function listEvents(db: DbOrTrx, applicationId: number, visibility: "citizen" | "all") {
  let q = db
    .selectFrom("application_event as e")
    .leftJoin("staff_user as u", "u.id", "e.actor_staff_id")
    .selectAll("e")
    .select("u.display_name as staffName")
    .where("e.application_id", "=", applicationId);
  if (visibility === "citizen") q = q.where("e.visibility", "=", "citizen");
  return q.orderBy("e.occurred_at", "asc").orderBy("e.id", "asc").execute();
}

export async function insertMessage(db: DbOrTrx, row: Insertable<ApplicationMessageTable>): Promise<number> {
  const inserted = await db.insertInto("application_message").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function listMessages(db: DbOrTrx, applicationId: number, visibility: "citizen" | "all") {
  let q = db
    .selectFrom("application_message as m")
    .leftJoin("staff_user as u", "u.id", "m.sender_staff_id")
    .selectAll("m")
    .select("u.display_name as staffName")
    .where("m.application_id", "=", applicationId);
  if (visibility === "citizen") q = q.where("m.visibility", "=", "citizen");
  return q.orderBy("m.sent_at", "asc").orderBy("m.id", "asc").execute();
}

/** Marks as read what the other side wrote (the citizen reads the office's messages and vice versa). */
export async function markMessagesRead(db: DbOrTrx, applicationId: number, sender: "citizen" | "office", now: string): Promise<void> {
  await db
    .updateTable("application_message")
    .set({ read_at: now })
    .where("application_id", "=", applicationId)
    .where("sender", "=", sender)
    .where("read_at", "is", null)
    .execute();
}

/** Unread messages from the office, per application of an applicant (for the personal area's list). */
export async function unreadFromOffice(db: DbOrTrx, applicantFiscalCode: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("application_message as m")
    .innerJoin("application as a", "a.id", "m.application_id")
    .where("a.applicant_fiscal_code", "=", applicantFiscalCode)
    .where("m.sender", "=", "office")
    .where("m.visibility", "=", "citizen")
    .where("m.read_at", "is", null)
    .select(["m.application_id as id", (eb) => eb.fn.countAll<number | string>().as("n")])
    .groupBy("m.application_id")
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function insertAttachment(db: DbOrTrx, row: Insertable<AttachmentTable>): Promise<number> {
  const inserted = await db.insertInto("attachment").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function listAttachments(db: DbOrTrx, applicationId: number): Promise<AttachmentRow[]> {
  return db.selectFrom("attachment").selectAll().where("application_id", "=", applicationId).orderBy("id").execute();
}

export async function findAttachment(db: DbOrTrx, applicationId: number, attachmentId: number): Promise<AttachmentRow | undefined> {
  return db.selectFrom("attachment").selectAll().where("application_id", "=", applicationId).where("id", "=", attachmentId).executeTakeFirst();
}

export async function deleteAttachment(db: DbOrTrx, id: number): Promise<void> {
  await db.deleteFrom("attachment").where("id", "=", id).execute();
}

/** Drafts untouched since `before`, for housekeeping. */
export async function listStaleDrafts(db: DbOrTrx, before: string): Promise<number[]> {
  const rows = await db.selectFrom("application").select("id").where("state", "=", "draft").where("updated_at", "<", before).execute();
  return rows.map((r) => r.id);
}
