import type { TFunction } from "i18next";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import type { Database } from "#db/schema";
import { seedAppointments } from "#db/seed/appointments";
import { seed } from "#db/seed/index";
import type { DraftData } from "~/domain/appointments";
import type { RequestMeta } from "~/services/audit.server";
import {
  addCalendarRule,
  addOfficeClosure,
  bookFromDraft,
  cancelByToken,
  cancelOwn,
  citizenAppointments,
  daySlots,
  hashToken,
  loadConfirmation,
  loadDraft,
  type Mail,
  monthAvailability,
  officeCalendar,
  officeDay,
  removeCalendarRule,
  removeOfficeClosure,
  saveDraft,
  startDraft,
} from "~/services/appointments.server";
import { renderI18n } from "~/utils/i18next.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

/** Monday 30 November 2026, 08:00 in Seregno. */
const NOW = new Date("2026-11-30T07:00:00Z");
const meta: RequestMeta = { ip: "192.0.2.20", userAgent: "vitest", requestId: "req-appt" };
const ANNA = { id: 1, fiscalCode: "BNCNNA41B43I625G" };
const MARIO = { id: 2, fiscalCode: "RSSMRA85T10H501O" };

describe.each(databaseNames())("appointments on %s", (name) => {
  let t: TestDatabase;
  /** A second, independent connection pool: another app instance (PostgreSQL only). */
  let other: Kysely<Database> | undefined;
  let officeId: number;
  let serviceId: number;
  let mail: Mail;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, new Date("2026-11-01T08:00:00Z"), { demoStaff: false });
    await seedAppointments(t.db);
    if (name === "postgres") other = openDatabase(t.url);
    officeId = (await t.db.selectFrom("office").select("id").where("slug", "=", "servizi-demografici").executeTakeFirstOrThrow()).id;
    serviceId = (await t.db.selectFrom("service").select("id").where("slug", "=", "carta-identita-elettronica").executeTakeFirstOrThrow()).id;
    const i18n = await renderI18n("it");
    mail = { t: i18n.getFixedT("it") as TFunction, lang: "it", baseUrl: "https://sportello.example" };
  });

  afterAll(async () => {
    await other?.destroy();
    await t?.drop();
  });

  /** A draft with every step answered, as the flow leaves it before the summary. */
  async function completeDraft(startsAt: string, over: Partial<DraftData> = {}, owner: string | null = null, db: Kysely<Database> = t.db): Promise<string> {
    const started = await startDraft(db, { officeId, ownerFiscalCode: owner, lang: "it" }, NOW);
    if (!started.ok) throw new Error("draft refused");
    const data: DraftData = {
      officeId,
      reason: String(serviceId),
      day: startsAt.slice(0, 10),
      startsAt,
      details: "Rinnovo",
      givenName: "Anna",
      familyName: "Bianchi",
      email: "anna.bianchi@example.org",
      ...over,
    };
    await saveDraft(db, started.id, data, {}, NOW);
    return started.id;
  }

  const outboxOf = (id: number) =>
    t.db.selectFrom("outbox").select(["related_kind", "available_at", "subject", "body", "recipient"]).where("related_id", "=", String(id)).orderBy("id").execute();

  it("books a free slot in one transaction: appointment, slot, confirmation, reminder for 09:00 of the day before, audit", async () => {
    const draftId = await completeDraft("2026-12-02T09:00", {}, ANNA.fiscalCode);
    expect((await daySlots(t.db, officeId, "2026-12-02", NOW)).map((s) => s.startsAt)).toContain("2026-12-02T09:00");
    const result = await bookFromDraft(t.db, draftId, { citizen: ANNA }, mail, meta, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.db.selectFrom("appointment").selectAll().where("id", "=", result.appointmentId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ office_id: officeId, service_id: serviceId, starts_at: "2026-12-02T09:00", ends_at: "2026-12-02T09:20", state: "booked", citizen_fiscal_code: ANNA.fiscalCode, reminder_queued: 1 });
    const title = await t.db.selectFrom("service_translation").select("title").where("service_id", "=", serviceId).where("lang", "=", "it").executeTakeFirstOrThrow();
    expect(row.reason).toBe(title.title);
    expect(row.cancel_token_hash).toMatch(/^[0-9a-f]{64}$/);
    const mails = await outboxOf(result.appointmentId);
    expect(mails.map((m) => m.related_kind)).toEqual(["appointment", "appointment_reminder"]);
    expect(mails[0]!.available_at).toBe(NOW.toISOString());
    // Tuesday 1 December 09:00 in Rome is 08:00 UTC.
    expect(mails[1]!.available_at).toBe("2026-12-01T08:00:00.000Z");
    expect(mails[0]!.recipient).toBe("anna.bianchi@example.org");
    expect(mails[0]!.subject).toContain("2 dicembre 2026");
    // The e-mail carries the cancellation link; only its hash is stored with the appointment.
    const token = /annulla\/([A-Za-z0-9_-]+)/.exec(mails[0]!.body)?.[1];
    expect(token && hashToken(token)).toBe(row.cancel_token_hash);
    expect(JSON.stringify(row)).not.toContain(token!);
    expect(await t.db.selectFrom("appointment_slot").selectAll().where("appointment_id", "=", result.appointmentId).execute()).toHaveLength(1);
    const audit = await t.db.selectFrom("audit_log").selectAll().where("event", "=", "appointment.booked").where("target_id", "=", String(result.appointmentId)).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ outcome: "success", actor_kind: "citizen", actor_fiscal_code: ANNA.fiscalCode });
    // The slot is no longer offered; the confirmation page shows the booking and its link.
    expect((await daySlots(t.db, officeId, "2026-12-02", NOW)).map((s) => s.startsAt)).not.toContain("2026-12-02T09:00");
    const confirmation = await loadConfirmation(t.db, draftId, ANNA.fiscalCode, "it", NOW);
    expect(confirmation?.cancelToken).toBe(token);
    expect(await loadConfirmation(t.db, draftId, MARIO.fiscalCode, "it", NOW)).toBeNull();
    // The citizen sees it among the upcoming ones.
    const mine = await citizenAppointments(t.db, ANNA.fiscalCode, "it", NOW);
    expect(mine.upcoming.map((a) => a.id)).toContain(result.appointmentId);
    // A second confirmation of the same draft books nothing more.
    expect(await bookFromDraft(t.db, draftId, { citizen: ANNA }, mail, meta, NOW)).toEqual({ ok: false, error: "already_booked" });
  });

  it("refuses a slot someone else has just taken and sends the person back to choose another time", async () => {
    const first = await completeDraft("2026-12-02T09:40");
    const second = await completeDraft("2026-12-02T09:40", { givenName: "Mario" });
    expect((await bookFromDraft(t.db, first, { citizen: null }, mail, meta, NOW)).ok).toBe(true);
    expect(await bookFromDraft(t.db, second, { citizen: null }, mail, meta, NOW)).toEqual({ ok: false, error: "slot_taken" });
    const draft = await loadDraft(t.db, second, null, NOW);
    expect(draft?.data.startsAt).toBeUndefined();
    expect(draft?.data.slotTaken).toBe(true);
    expect(draft?.data.givenName).toBe("Mario");
    const failures = await t.db.selectFrom("audit_log").select("details").where("event", "=", "appointment.booked").where("outcome", "=", "failure").execute();
    expect(failures.some((f) => f.details?.includes("2026-12-02T09:40"))).toBe(true);
  });

  it("keeps a logged-in citizen's draft to that citizen", async () => {
    const draftId = await completeDraft("2026-12-02T10:00", {}, ANNA.fiscalCode);
    expect(await loadDraft(t.db, draftId, null, NOW)).toBeNull();
    expect(await loadDraft(t.db, draftId, MARIO.fiscalCode, NOW)).toBeNull();
    expect((await loadDraft(t.db, draftId, ANNA.fiscalCode, NOW))?.data.startsAt).toBe("2026-12-02T10:00");
    expect(await bookFromDraft(t.db, draftId, { citizen: null }, mail, meta, NOW)).toEqual({ ok: false, error: "not_found" });
    // Expired after a day.
    expect(await loadDraft(t.db, draftId, ANNA.fiscalCode, new Date(NOW.getTime() + 25 * 3_600_000))).toBeNull();
  });

  it("never books the past, sooner than two hours ahead, nor a time that is not a slot", async () => {
    for (const startsAt of ["2026-11-27T09:00", "2026-11-30T09:00", "2026-12-02T09:10", "2026-12-05T09:00"]) {
      const draftId = await completeDraft(startsAt);
      expect(await bookFromDraft(t.db, draftId, { citizen: null }, mail, meta, NOW), startsAt).toEqual({ ok: false, error: "slot_taken" });
    }
    // 10:20 on the same Monday is 2 h 20 min ahead: allowed, and too late for a reminder the day before.
    const draftId = await completeDraft("2026-11-30T10:20");
    const result = await bookFromDraft(t.db, draftId, { citizen: null }, mail, meta, NOW);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect((await outboxOf(result.appointmentId)).map((m) => m.related_kind)).toEqual(["appointment"]);
      expect((await t.db.selectFrom("appointment").select("reminder_queued").where("id", "=", result.appointmentId).executeTakeFirstOrThrow()).reminder_queued).toBe(0);
    }
  });

  it("cancelling frees the slot, takes the reminder back and tells the person; only the owner or the link may cancel", async () => {
    const draftId = await completeDraft("2026-12-03T11:00", {}, ANNA.fiscalCode);
    const booked = await bookFromDraft(t.db, draftId, { citizen: ANNA }, mail, meta, NOW);
    if (!booked.ok) throw new Error(booked.error);
    const id = booked.appointmentId;
    expect(await cancelOwn(t.db, { appointmentId: id, citizen: MARIO }, mail, meta, NOW)).toEqual({ ok: false, error: "not_found" });
    const denied = await t.db.selectFrom("audit_log").select("outcome").where("event", "=", "appointment.cancelled").where("target_id", "=", String(id)).execute();
    expect(denied.map((d) => d.outcome)).toEqual(["denied"]);

    expect(await cancelOwn(t.db, { appointmentId: id, citizen: ANNA }, mail, meta, NOW)).toEqual({ ok: true });
    const row = await t.db.selectFrom("appointment").select(["state", "cancelled_by", "cancelled_at"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "cancelled", cancelled_by: "citizen", cancelled_at: NOW.toISOString() });
    expect(await t.db.selectFrom("appointment_slot").selectAll().where("appointment_id", "=", id).execute()).toEqual([]);
    expect((await outboxOf(id)).map((m) => m.related_kind)).toEqual(["appointment", "appointment"]);
    expect((await outboxOf(id))[1]!.subject).toContain("annullato");
    expect(await cancelOwn(t.db, { appointmentId: id, citizen: ANNA }, mail, meta, NOW)).toEqual({ ok: false, error: "already_cancelled" });
    // The slot is offered again and someone else can book it.
    expect((await daySlots(t.db, officeId, "2026-12-03", NOW)).map((s) => s.startsAt)).toContain("2026-12-03T11:00");
    const again = await bookFromDraft(t.db, await completeDraft("2026-12-03T11:00", { givenName: "Mario" }), { citizen: null }, mail, meta, NOW);
    expect(again.ok).toBe(true);
    if (!again.ok) return;

    // The anonymous booking is cancelled with the link of its e-mail.
    const token = /annulla\/([A-Za-z0-9_-]+)/.exec((await outboxOf(again.appointmentId))[0]!.body)![1]!;
    expect(await cancelByToken(t.db, "not-a-real-token-at-all-000000", mail, meta, NOW)).toEqual({ ok: false, error: "not_found" });
    expect(await cancelByToken(t.db, token, mail, meta, NOW)).toEqual({ ok: true });
    expect(await cancelByToken(t.db, token, mail, meta, NOW)).toEqual({ ok: false, error: "already_cancelled" });
    expect((await outboxOf(again.appointmentId)).filter((m) => m.related_kind === "appointment_reminder")).toEqual([]);
    // Past appointments cannot be cancelled any more.
    const later = new Date("2026-12-03T12:00:00Z");
    const third = await bookFromDraft(t.db, await completeDraft("2026-12-03T11:20", {}, ANNA.fiscalCode), { citizen: ANNA }, mail, meta, NOW);
    if (!third.ok) throw new Error(third.error);
    expect(await cancelOwn(t.db, { appointmentId: third.appointmentId, citizen: ANNA }, mail, meta, later)).toEqual({ ok: false, error: "past" });
  });

  it("offers no slot on a closure day or a holiday, and the staff's calendar edits are audited", async () => {
    const staff = { staffId: 1 };
    // Tuesday 8 December is the Immacolata: no slots, and it is not among the free days.
    expect(await daySlots(t.db, officeId, "2026-12-08", NOW)).toEqual([]);
    const december = await monthAvailability(t.db, officeId, "2026-12", NOW);
    expect(december.days).not.toContain("2026-12-08");
    expect(december.days).toContain("2026-12-09");
    expect(december.months).toEqual(["2026-11", "2026-12", "2027-01"]);

    expect(await addOfficeClosure(t.db, { officeId, day: "", reason: "" }, staff, meta, NOW)).toEqual({
      ok: false,
      errors: { closureDay: "errors.dayRequired", closureReason: "errors.closureReasonRequired" },
    });
    expect(await addOfficeClosure(t.db, { officeId, day: "01/11/2026", reason: "x" }, staff, meta, NOW)).toEqual({ ok: false, errors: { closureDay: "errors.dayPast" } });
    const closed = await addOfficeClosure(t.db, { officeId, day: "09/12/2026", reason: "Formazione" }, staff, meta, NOW);
    expect(closed).toEqual({ ok: true, bookedThatDay: 0 });
    expect(await addOfficeClosure(t.db, { officeId, day: "2026-12-09", reason: "Ancora" }, staff, meta, NOW)).toEqual({ ok: false, errors: { closureDay: "errors.closureExists" } });
    expect(await daySlots(t.db, officeId, "2026-12-09", NOW)).toEqual([]);
    expect((await monthAvailability(t.db, officeId, "2026-12", NOW)).days).not.toContain("2026-12-09");
    // A closure on a day with bookings says how many there are.
    expect(await addOfficeClosure(t.db, { officeId, day: "2026-12-02", reason: "Sciopero" }, staff, meta, NOW)).toEqual({ ok: true, bookedThatDay: 2 });

    const calendar = await officeCalendar(t.db, officeId, NOW);
    expect(calendar.closures.map((c) => c.day)).toEqual(["2026-12-02", "2026-12-09"]);
    expect(calendar.rules).toHaveLength(7);
    const closureId = calendar.closures[1]!.id;
    expect(await removeOfficeClosure(t.db, { officeId: officeId + 1000, closureId }, staff, meta, NOW)).toBe(false);
    expect(await removeOfficeClosure(t.db, { officeId, closureId }, staff, meta, NOW)).toBe(true);
    expect((await daySlots(t.db, officeId, "2026-12-09", NOW)).length).toBeGreaterThan(0);

    // A Saturday morning, 30-minute slots, from 1 December.
    const overlap = await addCalendarRule(t.db, { officeId, rule: { weekday: "1", opens: "12:00", closes: "13:00", slotMinutes: "20", validFrom: "" } }, staff, meta, NOW);
    expect(overlap).toEqual({ ok: false, errors: { opens: "errors.ruleOverlaps" } });
    const added = await addCalendarRule(t.db, { officeId, rule: { weekday: "6", opens: "09:00", closes: "11:00", slotMinutes: "30", validFrom: "01/12/2026" } }, staff, meta, NOW);
    expect(added.ok).toBe(true);
    expect((await daySlots(t.db, officeId, "2026-12-05", NOW)).map((s) => `${s.startsAt.slice(11)}-${s.endsAt.slice(11)}`)).toEqual(["09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00"]);
    if (added.ok) expect(await removeCalendarRule(t.db, { officeId, ruleId: added.id }, staff, meta, NOW)).toBe(true);
    expect(await daySlots(t.db, officeId, "2026-12-05", NOW)).toEqual([]);
    const events = await t.db.selectFrom("audit_log").select("event").where("event", "like", "appointment.calendar.%").execute();
    expect(events.map((e) => e.event).sort()).toEqual([
      "appointment.calendar.closure_added",
      "appointment.calendar.closure_added",
      "appointment.calendar.closure_removed",
      "appointment.calendar.rule_added",
      "appointment.calendar.rule_removed",
    ]);
    // The staff's list of the day shows the bookings of 2 December.
    const day = await officeDay(t.db, officeId, "2026-12-02", "it");
    expect(day.map((a) => a.starts_at)).toEqual(["2026-12-02T09:00", "2026-12-02T09:40"]);
  });

  it("lets exactly one of 20 simultaneous bookings of the same slot through", async () => {
    const pools = other ? [t.db, other] : [t.db];
    const startsAt = "2026-12-10T10:00";
    const drafts = await Promise.all(Array.from({ length: 20 }, (_, i) => completeDraft(startsAt, { givenName: `Persona ${i}` })));
    const results = await Promise.all(drafts.map((id, i) => bookFromDraft(pools[i % pools.length]!, id, { citizen: null }, mail, meta, NOW)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "slot_taken")).toHaveLength(19);
    const booked = await t.db.selectFrom("appointment").select("id").where("office_id", "=", officeId).where("starts_at", "=", startsAt).where("state", "=", "booked").execute();
    expect(booked).toHaveLength(1);
    expect(await t.db.selectFrom("appointment_slot").selectAll().where("office_id", "=", officeId).where("starts_at", "=", startsAt).execute()).toHaveLength(1);
    // The refused ones left nothing behind: no appointment rows, no e-mails.
    const all = await t.db.selectFrom("appointment").select("id").where("starts_at", "=", startsAt).execute();
    expect(all).toHaveLength(1);
  });
});
