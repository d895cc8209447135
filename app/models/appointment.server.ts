import type { Insertable, Selectable } from "kysely";
import type { AppointmentDraftTable, AppointmentTable } from "#db/schema-appointments";
import type { DbOrTrx } from "~/utils/db.server";

export type AppointmentRow = Selectable<AppointmentTable>;
export type NewAppointmentRow = Insertable<AppointmentTable>;
export type DraftRow = Selectable<AppointmentDraftTable>;

// ---------------------------------------------------------------------------------------------
// Bookings
// ---------------------------------------------------------------------------------------------

/** The booked (not cancelled) appointments of an office whose start falls in [from, to). */
export async function listBookedBetween(db: DbOrTrx, officeId: number, from: string, to: string) {
  return db
    .selectFrom("appointment")
    .select(["starts_at as startsAt", "ends_at as endsAt"])
    .where("office_id", "=", officeId)
    .where("state", "=", "booked")
    .where("starts_at", ">=", from)
    .where("starts_at", "<", to)
    .execute();
}

export async function insertAppointment(db: DbOrTrx, row: NewAppointmentRow): Promise<number> {
  const { id } = await db.insertInto("appointment").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Takes the slot: fails with a unique violation when another booking holds it (see the migration). */
export async function insertSlot(db: DbOrTrx, officeId: number, startsAt: string, appointmentId: number): Promise<void> {
  await db.insertInto("appointment_slot").values({ office_id: officeId, starts_at: startsAt, appointment_id: appointmentId }).execute();
}

export async function setReminderQueued(db: DbOrTrx, id: number): Promise<void> {
  await db.updateTable("appointment").set({ reminder_queued: 1 }).where("id", "=", id).execute();
}

function withNames(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("appointment as a")
    .innerJoin("office_translation as ot", (j) => j.onRef("ot.office_id", "=", "a.office_id").on("ot.lang", "=", lang))
    .innerJoin("office as o", "o.id", "a.office_id")
    .leftJoin("service_translation as st", (j) => j.onRef("st.service_id", "=", "a.service_id").on("st.lang", "=", lang))
    .selectAll("a")
    .select(["ot.name as office_name", "o.slug as office_slug", "o.street_address as office_address", "o.phone as office_phone", "st.title as service_title"]);
}

export type AppointmentView = Awaited<ReturnType<typeof findAppointment>> & object;

export async function findAppointment(db: DbOrTrx, id: number, lang: string) {
  return withNames(db, lang).where("a.id", "=", id).executeTakeFirst();
}

export async function findAppointmentByTokenHash(db: DbOrTrx, tokenHash: string, lang: string) {
  return withNames(db, lang).where("a.cancel_token_hash", "=", tokenHash).executeTakeFirst();
}

export async function listAppointmentsOf(db: DbOrTrx, fiscalCode: string, lang: string) {
  return withNames(db, lang).where("a.citizen_fiscal_code", "=", fiscalCode).orderBy("a.starts_at", "desc").execute();
}

/** Every appointment of an office on a day, booked or cancelled, by time. */
export async function listOfficeDay(db: DbOrTrx, officeId: number, day: string, lang: string) {
  return withNames(db, lang)
    .where("a.office_id", "=", officeId)
    .where("a.starts_at", ">=", `${day}T00:00`)
    .where("a.starts_at", "<=", `${day}T23:59`)
    .orderBy("a.starts_at")
    .orderBy("a.id")
    .execute();
}

export async function countBookedOnDay(db: DbOrTrx, officeId: number, day: string): Promise<number> {
  const row = await db
    .selectFrom("appointment")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("office_id", "=", officeId)
    .where("state", "=", "booked")
    .where("starts_at", ">=", `${day}T00:00`)
    .where("starts_at", "<=", `${day}T23:59`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks a booked appointment cancelled and frees its slot; returns whether it was booked. The state
 * is in the WHERE, so two cancellations at once change it once.
 */
export async function cancelAppointmentRow(db: DbOrTrx, id: number, at: string, by: "citizen" | "token" | "staff"): Promise<boolean> {
  const result = await db
    .updateTable("appointment")
    .set({ state: "cancelled", cancelled_at: at, cancelled_by: by })
    .where("id", "=", id)
    .where("state", "=", "booked")
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db.deleteFrom("appointment_slot").where("appointment_id", "=", id).execute();
  return true;
}

/**
 * Removes queued e-mails about something that have not gone yet (a cancelled appointment's
 * reminder). Rows already sent stay, as the record of what was sent.
 */
export async function deleteUnsentOutbox(db: DbOrTrx, relatedKind: string, relatedId: string | number): Promise<number> {
  const result = await db
    .deleteFrom("outbox")
    .where("related_kind", "=", relatedKind)
    .where("related_id", "=", String(relatedId))
    .where("sent_at", "is", null)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---------------------------------------------------------------------------------------------
// What can be booked
// ---------------------------------------------------------------------------------------------

/** The offices with at least one opening period still valid on `day` or later, by the catalogue's order. */
export async function listBookableOffices(db: DbOrTrx, lang: string, day: string) {
  return db
    .selectFrom("office as o")
    .innerJoin("office_translation as tr", (j) => j.onRef("tr.office_id", "=", "o.id").on("tr.lang", "=", lang))
    .select(["o.id", "o.slug", "tr.name", "tr.description", "o.street_address", "o.phone", "o.email"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("office_calendar as c")
          .select("c.id")
          .whereRef("c.office_id", "=", "o.id")
          .where((w) => w.or([w("c.valid_until", "is", null), w("c.valid_until", ">=", day)])),
      ),
    )
    .orderBy("o.sort_order")
    .orderBy("tr.name")
    .execute();
}

/** The office's services that can be booked, as reasons. */
export async function listBookableServices(db: DbOrTrx, officeId: number, lang: string) {
  return db
    .selectFrom("service as s")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", lang))
    .select(["s.id", "tr.title"])
    .where("s.office_id", "=", officeId)
    .where("s.bookable", "=", 1)
    .where("s.active", "=", 1)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Drafts of the booking flow
// ---------------------------------------------------------------------------------------------

export async function insertDraft(db: DbOrTrx, row: Insertable<AppointmentDraftTable>): Promise<void> {
  await db.insertInto("appointment_draft").values(row).execute();
}

/** The draft, unless it has expired. */
export async function findDraft(db: DbOrTrx, id: string, now: string): Promise<DraftRow | undefined> {
  return db.selectFrom("appointment_draft").selectAll().where("id", "=", id).where("expires_at", ">", now).executeTakeFirst();
}

export async function updateDraft(
  db: DbOrTrx,
  id: string,
  change: Partial<Pick<DraftRow, "data" | "owner_fiscal_code" | "appointment_id" | "sealed_cancel_token" | "expires_at">>,
  now: string,
): Promise<void> {
  await db
    .updateTable("appointment_draft")
    .set({ ...change, updated_at: now })
    .where("id", "=", id)
    .execute();
}

export async function deleteExpiredDrafts(db: DbOrTrx, now: string): Promise<number> {
  const result = await db.deleteFrom("appointment_draft").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
