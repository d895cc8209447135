/**
 * Appointments with the offices: the booking flow's drafts, booking and cancelling, the personal
 * area's list, and the staff's calendars. Every change is audited in its own transaction.
 */
import { createHash, randomBytes } from "node:crypto";
import type { TFunction } from "i18next";
import {
  type Availability,
  bookableMonths,
  type CalendarRule,
  DEFAULT_POLICY,
  type DraftData,
  dayOf,
  type FieldErrors,
  findFreeSlot,
  freeDaysOfMonth,
  freeSlots,
  isMonth,
  lastBookableDay,
  nextMonth,
  OTHER_REASON,
  reminderInstant,
  romeMoment,
  type Slot,
  validateRule,
} from "~/domain/appointments";
import { parseDayInput } from "~/domain/dates";
import { addCalendarDays } from "~/domain/working-days";
import {
  deleteCalendarRule,
  deleteClosure,
  findClosure,
  insertCalendarRule,
  insertClosure,
  listCalendarRules,
  listClosures,
} from "~/models/appointment-calendar.server";
import {
  cancelAppointmentRow,
  countBookedOnDay,
  deleteExpiredDrafts,
  deleteUnsentOutbox,
  type DraftRow,
  findAppointment,
  findAppointmentByTokenHash,
  findDraft,
  insertAppointment,
  insertDraft,
  insertSlot,
  listAppointmentsOf,
  listBookableOffices,
  listBookableServices,
  listBookedBetween,
  listOfficeDay,
  setReminderQueued,
  updateDraft,
} from "~/models/appointment.server";
import { enqueueEmail } from "~/models/outbox.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import { type AuditActor, type RequestMeta, record } from "./audit.server";
import { openSecret, sealSecret } from "./secret-box.server";

/** A draft lives a day: long enough to stop and come back, short enough not to keep personal data. */
const DRAFT_HOURS = 24;
/** What the outbox rows are about: the reminder has its own kind so a cancel can take it back alone. */
export const OUTBOX_KIND = "appointment";
export const OUTBOX_REMINDER_KIND = "appointment_reminder";

function inTransaction<T>(db: DbOrTrx, fn: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// ---------------------------------------------------------------------------------------------
// What can be booked
// ---------------------------------------------------------------------------------------------

export async function listOfficesForBooking(db: DbOrTrx, lang: string, now: Date = new Date()) {
  return listBookableOffices(db, lang, dayOf(romeMoment(now)));
}

export interface Reason {
  value: string;
  title: string;
}

/** The office's bookable services, by title, then "Altro" (its title is the caller's to translate). */
export async function listReasons(db: DbOrTrx, officeId: number, lang: string): Promise<Reason[]> {
  const services = await listBookableServices(db, officeId, lang);
  const collator = new Intl.Collator(lang);
  return services.sort((a, b) => collator.compare(a.title, b.title)).map((s) => ({ value: String(s.id), title: s.title }));
}

async function availability(db: DbOrTrx, officeId: number, from: string, to: string): Promise<Availability> {
  const [rules, closures, booked] = await Promise.all([
    listCalendarRules(db, officeId, from),
    listClosures(db, officeId, from, to),
    listBookedBetween(db, officeId, `${from}T00:00`, `${addCalendarDays(to, 1)}T00:00`),
  ]);
  return { rules, closures: closures.map((c) => c.day), booked };
}

/**
 * The days of a month with a free slot, and the months one may choose from. A month outside the
 * bookable ones falls back to the first bookable month.
 */
export async function monthAvailability(db: DbOrTrx, officeId: number, month: string | null, now: Date = new Date()) {
  const moment = romeMoment(now);
  const months = bookableMonths(moment, DEFAULT_POLICY);
  const chosen = month && isMonth(month) && months.includes(month) ? month : months[0]!;
  const from = chosen === moment.slice(0, 7) ? dayOf(moment) : `${chosen}-01`;
  const to = addCalendarDays(`${nextMonth(chosen)}-01`, -1);
  const days = freeDaysOfMonth(chosen, await availability(db, officeId, from, to), moment, DEFAULT_POLICY);
  return { month: chosen, months, days };
}

export async function daySlots(db: DbOrTrx, officeId: number, day: string, now: Date = new Date()): Promise<Slot[]> {
  return freeSlots(day, await availability(db, officeId, day, day), romeMoment(now), DEFAULT_POLICY);
}

// ---------------------------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------------------------

export interface Draft {
  id: string;
  ownerFiscalCode: string | null;
  data: DraftData;
  appointmentId: number | null;
}

function toDraft(row: DraftRow): Draft {
  let data: DraftData = {};
  try {
    data = JSON.parse(row.data) as DraftData;
  } catch {
    data = {};
  }
  return { id: row.id, ownerFiscalCode: row.owner_fiscal_code, data, appointmentId: row.appointment_id };
}

function expiry(now: Date): string {
  return new Date(now.getTime() + DRAFT_HOURS * 3_600_000).toISOString();
}

/**
 * Starts the flow with the office chosen. Expired drafts are cleared here, where new ones are made,
 * so no scheduled job is needed for them.
 */
export async function startDraft(
  db: DbOrTrx,
  input: { officeId: number; ownerFiscalCode: string | null; lang: string },
  now: Date = new Date(),
): Promise<{ ok: true; id: string } | { ok: false }> {
  const offices = await listOfficesForBooking(db, input.lang, now);
  if (!offices.some((o) => o.id === input.officeId)) return { ok: false };
  const id = randomBytes(16).toString("base64url");
  const stamp = now.toISOString();
  await deleteExpiredDrafts(db, stamp);
  await insertDraft(db, {
    id,
    owner_fiscal_code: input.ownerFiscalCode,
    data: JSON.stringify({ officeId: input.officeId } satisfies DraftData),
    appointment_id: null,
    sealed_cancel_token: null,
    created_at: stamp,
    updated_at: stamp,
    expires_at: expiry(now),
  });
  return { ok: true, id };
}

/**
 * A draft as its owner may see it: a citizen's draft only by that citizen (the URL alone is not
 * enough once personal data from the identity is in it); an anonymous one by whoever holds the URL.
 */
export async function loadDraft(db: DbOrTrx, id: string, viewerFiscalCode: string | null, now: Date = new Date()): Promise<Draft | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  const row = await findDraft(db, id, now.toISOString());
  if (!row) return null;
  if (row.owner_fiscal_code !== null && row.owner_fiscal_code !== viewerFiscalCode) return null;
  return toDraft(row);
}

/** Saves the flow's answers so far; each step also pushes the expiry on. */
export async function saveDraft(db: DbOrTrx, id: string, data: DraftData, change: { ownerFiscalCode?: string } = {}, now: Date = new Date()): Promise<void> {
  await updateDraft(
    db,
    id,
    { data: JSON.stringify(data), expires_at: expiry(now), ...(change.ownerFiscalCode ? { owner_fiscal_code: change.ownerFiscalCode } : {}) },
    now.toISOString(),
  );
}

/** The cancellation token of the booking a draft became, for its confirmation page. */
export function draftCancelToken(row: { id: string; sealed: string | null }): string | null {
  if (!row.sealed) return null;
  try {
    return Buffer.from(openSecret(row.sealed, { aad: `appointment_draft:${row.id}:cancel` })).toString("utf8");
  } catch {
    return null;
  }
}

export async function loadConfirmation(db: DbOrTrx, id: string, viewerFiscalCode: string | null, lang: string, now: Date = new Date()) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  const row = await findDraft(db, id, now.toISOString());
  if (!row || row.appointment_id === null) return null;
  if (row.owner_fiscal_code !== null && row.owner_fiscal_code !== viewerFiscalCode) return null;
  const appointment = await findAppointment(db, row.appointment_id, lang);
  if (!appointment) return null;
  return { appointment, cancelToken: draftCancelToken({ id: row.id, sealed: row.sealed_cancel_token }) };
}

// ---------------------------------------------------------------------------------------------
// Booking
// ---------------------------------------------------------------------------------------------

export interface Booker {
  /** A logged-in citizen: the booking is theirs and shows in their personal area. */
  citizen: { id: number; fiscalCode: string; onBehalfOf?: string | null } | null;
}

export interface Mail {
  t: TFunction;
  lang: string;
  /** The desk's public address, for the links in the e-mails. */
  baseUrl: string;
}

export type BookResult =
  | { ok: true; appointmentId: number }
  | { ok: false; error: "not_found" | "incomplete" | "slot_taken" | "already_booked" };

/** PostgreSQL's unique_violation, or SQLite's UNIQUE / PRIMARY KEY constraint. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (e.code === "23505") return true;
  if (e.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || e.code === "SQLITE_CONSTRAINT_UNIQUE") return true;
  return typeof e.message === "string" && /UNIQUE constraint failed/.test(e.message);
}

function when(startsAt: string, lang: string): string {
  const locale = lang === "en" ? "en-GB" : "it-IT";
  const date = new Date(`${startsAt}:00Z`);
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(date);
}

/**
 * Books the slot a draft chose. In one transaction: the slot is checked free again (calendar,
 * closures, holidays, lead time, other bookings), the appointment and its slot row are inserted,
 * the confirmation and the reminder are queued, the change is audited, and the draft remembers
 * the booking. Two people confirming the same slot at once: on SQLite the second transaction sees
 * the first's booking; on PostgreSQL both may pass the check, and the slot's primary key makes the
 * second insert fail, which rolls its transaction back and is answered "slot_taken".
 */
export async function bookFromDraft(db: Db, draftId: string, booker: Booker, mail: Mail, meta: RequestMeta, now: Date = new Date()): Promise<BookResult> {
  const viewer = booker.citizen?.fiscalCode ?? null;
  const draft = await loadDraft(db, draftId, viewer, now);
  if (!draft) return { ok: false, error: "not_found" };
  if (draft.appointmentId !== null) return { ok: false, error: "already_booked" };
  const d = draft.data;
  if (d.officeId === undefined || !d.reason || !d.startsAt || d.details === undefined || !d.givenName || !d.familyName || !d.email) {
    return { ok: false, error: "incomplete" };
  }
  const actor: AuditActor = booker.citizen
    ? { kind: "citizen", id: booker.citizen.id, fiscalCode: booker.citizen.fiscalCode, onBehalfOf: booker.citizen.onBehalfOf ?? null }
    : { kind: "anonymous" };
  const token = randomBytes(32).toString("base64url");
  const stamp = now.toISOString();
  const officeId = d.officeId;
  const startsAt = d.startsAt;

  const attempt = async (): Promise<BookResult> =>
    db.transaction().execute(async (trx) => {
      const day = dayOf(startsAt);
      const slot = findFreeSlot(startsAt, await availability(trx, officeId, day, day), romeMoment(now), DEFAULT_POLICY);
      if (!slot) return { ok: false as const, error: "slot_taken" as const };
      const reasons = await listReasons(trx, officeId, mail.lang);
      const service = d.reason === OTHER_REASON ? null : (reasons.find((r) => r.value === d.reason) ?? null);
      if (d.reason !== OTHER_REASON && !service) return { ok: false as const, error: "incomplete" as const };
      const id = await insertAppointment(trx, {
        office_id: officeId,
        service_id: service ? Number(service.value) : null,
        reason: service ? service.title : mail.t("appointments:reason.other"),
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        citizen_fiscal_code: viewer,
        given_name: d.givenName!.trim(),
        family_name: d.familyName!.trim(),
        email: d.email!.trim(),
        phone: d.phone?.trim() || null,
        details: d.details!.trim(),
        lang: mail.lang,
        state: "booked",
        cancel_token_hash: hashToken(token),
        created_at: stamp,
        cancelled_at: null,
        cancelled_by: null,
        reminder_queued: 0,
      });
      await insertSlot(trx, officeId, slot.startsAt, id);
      const view = await findAppointment(trx, id, mail.lang);
      const vars = {
        name: d.givenName!.trim(),
        office: view?.office_name ?? "",
        address: view?.office_address ?? "",
        when: when(slot.startsAt, mail.lang),
        reason: service ? service.title : mail.t("appointments:reason.other"),
        link: `${mail.baseUrl}/prenota-appuntamento/annulla/${token}`,
      };
      await enqueueEmail(
        trx,
        {
          recipient: d.email!.trim(),
          subject: mail.t("appointments:email.confirmation.subject", vars),
          body: mail.t("appointments:email.confirmation.body", vars),
          relatedKind: OUTBOX_KIND,
          relatedId: id,
        },
        stamp,
      );
      const reminderAt = reminderInstant(slot.startsAt, now);
      if (reminderAt) {
        await enqueueEmail(
          trx,
          {
            recipient: d.email!.trim(),
            subject: mail.t("appointments:email.reminder.subject", vars),
            body: mail.t("appointments:email.reminder.body", vars),
            relatedKind: OUTBOX_REMINDER_KIND,
            relatedId: id,
            availableAt: reminderAt.toISOString(),
          },
          stamp,
        );
        await setReminderQueued(trx, id);
      }
      await updateDraft(
        trx,
        draftId,
        // The personal data now lives in the appointment; the draft keeps only what the confirmation page shows.
        { data: JSON.stringify({ officeId }), appointment_id: id, sealed_cancel_token: sealSecret(Buffer.from(token, "utf8"), { aad: `appointment_draft:${draftId}:cancel` }) },
        stamp,
      );
      await record(trx, {
        event: "appointment.booked",
        outcome: "success",
        actor,
        target: { kind: "appointment", id },
        details: { officeId, startsAt: slot.startsAt, serviceId: service ? Number(service.value) : null },
        meta,
        at: now,
      });
      return { ok: true as const, appointmentId: id };
    });

  let result: BookResult;
  try {
    result = await attempt();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    result = { ok: false, error: "slot_taken" };
  }
  if (!result.ok && result.error === "slot_taken") {
    // The transaction is gone (rolled back on PostgreSQL): the refusal is audited on its own, and the
    // draft forgets the time so the flow asks for another one.
    await record(db, { event: "appointment.booked", outcome: "failure", actor, details: { officeId, startsAt, reason: "slot_taken" }, meta, at: now });
    await saveDraft(db, draftId, { ...d, startsAt: undefined, slotTaken: true }, {}, now);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Cancelling
// ---------------------------------------------------------------------------------------------

export type CancelResult = { ok: true } | { ok: false; error: "not_found" | "already_cancelled" | "past" };

async function cancel(
  trx: DbOrTrx,
  appointment: { id: number; state: string; starts_at: string; email: string; given_name: string; lang: string; office_name: string },
  by: "citizen" | "token" | "staff",
  actor: AuditActor,
  mail: Mail,
  meta: RequestMeta,
  now: Date,
): Promise<CancelResult> {
  if (appointment.state !== "booked") return { ok: false, error: "already_cancelled" };
  if (appointment.starts_at <= romeMoment(now)) return { ok: false, error: "past" };
  const stamp = now.toISOString();
  if (!(await cancelAppointmentRow(trx, appointment.id, stamp, by))) return { ok: false, error: "already_cancelled" };
  const removed = await deleteUnsentOutbox(trx, OUTBOX_REMINDER_KIND, appointment.id);
  const t = mail.t;
  const vars = { name: appointment.given_name, office: appointment.office_name, when: when(appointment.starts_at, appointment.lang) };
  await enqueueEmail(
    trx,
    {
      recipient: appointment.email,
      subject: t("appointments:email.cancelled.subject", { ...vars, lng: appointment.lang }),
      body: t("appointments:email.cancelled.body", { ...vars, lng: appointment.lang }),
      relatedKind: OUTBOX_KIND,
      relatedId: appointment.id,
    },
    stamp,
  );
  await record(trx, {
    event: "appointment.cancelled",
    outcome: "success",
    actor,
    target: { kind: "appointment", id: appointment.id },
    details: { by, startsAt: appointment.starts_at, remindersRemoved: removed },
    meta,
    at: now,
  });
  return { ok: true };
}

/** The citizen cancels one of their own bookings from the personal area. Someone else's is "not_found". */
export async function cancelOwn(
  db: DbOrTrx,
  input: { appointmentId: number; citizen: { id: number; fiscalCode: string; onBehalfOf?: string | null } },
  mail: Mail,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<CancelResult> {
  return inTransaction(db, async (trx) => {
    const appointment = await findAppointment(trx, input.appointmentId, mail.lang);
    const actor: AuditActor = { kind: "citizen", id: input.citizen.id, fiscalCode: input.citizen.fiscalCode, onBehalfOf: input.citizen.onBehalfOf ?? null };
    if (!appointment || appointment.citizen_fiscal_code !== input.citizen.fiscalCode) {
      if (appointment) await record(trx, { event: "appointment.cancelled", outcome: "denied", actor, target: { kind: "appointment", id: appointment.id }, meta, at: now });
      return { ok: false as const, error: "not_found" as const };
    }
    return cancel(trx, appointment, "citizen", actor, mail, meta, now);
  });
}

function tokenShapeOk(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token);
}

/** The booking a cancellation link is for (its page shows it before asking to confirm). */
export async function findByToken(db: DbOrTrx, token: string, lang: string) {
  if (!tokenShapeOk(token)) return null;
  return (await findAppointmentByTokenHash(db, hashToken(token), lang)) ?? null;
}

export async function cancelByToken(db: DbOrTrx, token: string, mail: Mail, meta: RequestMeta, now: Date = new Date()): Promise<CancelResult> {
  if (!tokenShapeOk(token)) return { ok: false, error: "not_found" };
  return inTransaction(db, async (trx) => {
    const appointment = await findAppointmentByTokenHash(trx, hashToken(token), mail.lang);
    if (!appointment) return { ok: false as const, error: "not_found" as const };
    // Whoever holds the link: the token, not a login, is what authorises it.
    return cancel(trx, appointment, "token", { kind: "anonymous" }, mail, meta, now);
  });
}

// ---------------------------------------------------------------------------------------------
// The personal area
// ---------------------------------------------------------------------------------------------

export async function citizenAppointments(db: DbOrTrx, fiscalCode: string, lang: string, now: Date = new Date()) {
  const moment = romeMoment(now);
  const all = await listAppointmentsOf(db, fiscalCode, lang);
  const upcoming = all.filter((a) => a.state === "booked" && a.starts_at > moment).reverse();
  const past = all.filter((a) => !(a.state === "booked" && a.starts_at > moment));
  return { upcoming, past };
}

export async function findOwnAppointment(db: DbOrTrx, id: number, fiscalCode: string, lang: string) {
  const a = await findAppointment(db, id, lang);
  return a && a.citizen_fiscal_code === fiscalCode ? a : null;
}

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

export async function officeDay(db: DbOrTrx, officeId: number, day: string, lang: string) {
  return listOfficeDay(db, officeId, day, lang);
}

export async function officeCalendar(db: DbOrTrx, officeId: number, now: Date = new Date()) {
  const today = dayOf(romeMoment(now));
  const [rules, closures] = await Promise.all([listCalendarRules(db, officeId, today), listClosures(db, officeId, today)]);
  return { rules, closures };
}

export interface StaffActor {
  staffId: number;
}

export interface RuleFormInput {
  weekday: string;
  opens: string;
  closes: string;
  slotMinutes: string;
  /** As typed (dd/mm/yyyy or ISO); empty = from today. */
  validFrom: string;
}

export async function addCalendarRule(
  db: DbOrTrx,
  input: { officeId: number; rule: RuleFormInput },
  staff: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
  const today = dayOf(romeMoment(now));
  const validFrom = input.rule.validFrom.trim() ? parseDayInput(input.rule.validFrom) : today;
  if (!validFrom) return { ok: false, errors: { validFrom: "errors.dayInvalid" } };
  if (validFrom < today) return { ok: false, errors: { validFrom: "errors.dayPast" } };
  return inTransaction(db, async (trx) => {
    const existing: CalendarRule[] = await listCalendarRules(trx, input.officeId, today);
    const checked = validateRule(input.rule, existing);
    if (!checked.ok) return checked;
    const id = await insertCalendarRule(trx, {
      office_id: input.officeId,
      weekday: checked.rule.weekday,
      opens: checked.rule.opens,
      closes: checked.rule.closes,
      slot_minutes: checked.rule.slotMinutes,
      valid_from: validFrom,
      valid_until: null,
      created_at: now.toISOString(),
    });
    await record(trx, {
      event: "appointment.calendar.rule_added",
      outcome: "success",
      actor: { kind: "staff", id: staff.staffId },
      target: { kind: "office", id: input.officeId },
      details: { ruleId: id, ...checked.rule, validFrom },
      meta,
      at: now,
    });
    return { ok: true as const, id };
  });
}

/**
 * Removes an opening period. Bookings already made in it stay booked: the office sees them in the
 * day's list and can call the people; only new bookings stop.
 */
export async function removeCalendarRule(db: DbOrTrx, input: { officeId: number; ruleId: number }, staff: StaffActor, meta: RequestMeta, now: Date = new Date()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const removed = await deleteCalendarRule(trx, input.officeId, input.ruleId);
    if (removed) {
      await record(trx, {
        event: "appointment.calendar.rule_removed",
        outcome: "success",
        actor: { kind: "staff", id: staff.staffId },
        target: { kind: "office", id: input.officeId },
        details: { ruleId: input.ruleId },
        meta,
        at: now,
      });
    }
    return removed;
  });
}

/**
 * Closes the office on a day. Bookings already made that day are not cancelled by the desk: the
 * answer says how many there are, so the office can warn those people and agree another time.
 */
export async function addOfficeClosure(
  db: DbOrTrx,
  input: { officeId: number; day: string; reason: string },
  staff: StaffActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<{ ok: true; bookedThatDay: number } | { ok: false; errors: FieldErrors }> {
  const today = dayOf(romeMoment(now));
  const day = parseDayInput(input.day);
  const reason = input.reason.trim();
  const errors: FieldErrors = {};
  if (!input.day.trim()) errors.closureDay = "errors.dayRequired";
  else if (!day) errors.closureDay = "errors.dayInvalid";
  else if (day < today) errors.closureDay = "errors.dayPast";
  if (!reason) errors.closureReason = "errors.closureReasonRequired";
  else if (reason.length > 200) errors.closureReason = "errors.closureReasonTooLong";
  if (Object.keys(errors).length > 0 || !day) return { ok: false, errors };
  return inTransaction(db, async (trx) => {
    if (await findClosure(trx, input.officeId, day)) return { ok: false as const, errors: { closureDay: "errors.closureExists" } };
    const id = await insertClosure(trx, input.officeId, day, reason, now.toISOString());
    await record(trx, {
      event: "appointment.calendar.closure_added",
      outcome: "success",
      actor: { kind: "staff", id: staff.staffId },
      target: { kind: "office", id: input.officeId },
      details: { closureId: id, day },
      meta,
      at: now,
    });
    return { ok: true as const, bookedThatDay: await countBookedOnDay(trx, input.officeId, day) };
  });
}

export async function removeOfficeClosure(db: DbOrTrx, input: { officeId: number; closureId: number }, staff: StaffActor, meta: RequestMeta, now: Date = new Date()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const day = await deleteClosure(trx, input.officeId, input.closureId);
    if (day) {
      await record(trx, {
        event: "appointment.calendar.closure_removed",
        outcome: "success",
        actor: { kind: "staff", id: staff.staffId },
        target: { kind: "office", id: input.officeId },
        details: { closureId: input.closureId, day },
        meta,
        at: now,
      });
    }
    return day !== null;
  });
}

/** For the staff's day picker: today in the comune, and the last bookable day. */
export function bookingWindow(now: Date = new Date()) {
  const moment = romeMoment(now);
  return { today: dayOf(moment), lastDay: lastBookableDay(moment, DEFAULT_POLICY) };
}
