/**
 * Appointments with the offices: which slots are free, and the rules of the booking flow. Pure.
 *
 * Times are the comune's wall clock (Europe/Rome) written without a zone: days "YYYY-MM-DD", times
 * "HH:MM", moments "YYYY-MM-DDTHH:MM". An appointment is a time on the clock of the office, not an
 * instant, so daylight saving never moves it; text of this shape also sorts in time order, which
 * lets both databases compare it as plain strings. Only the reminder needs a real instant.
 */
import { addCalendarDays, type ExtraHolidays, isHoliday, toDayNumber } from "./working-days";

/** One opening period of an office on one weekday, as stored in `office_calendar`. */
export interface CalendarRule {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
  slotMinutes: number;
  validFrom: string;
  validUntil: string | null;
}

export interface Interval {
  startsAt: string;
  endsAt: string;
}

export type Slot = Interval;

export interface BookingPolicy {
  /** No slot starts sooner than this after now: the office needs time to see the booking. */
  minLeadMinutes: number;
  /** How many days ahead a slot may be booked (today + horizon, inclusive). */
  horizonDays: number;
}

export const DEFAULT_POLICY: BookingPolicy = { minLeadMinutes: 120, horizonDays: 60 };

/** What the office's calendar says about availability, besides the rules. */
export interface Availability {
  rules: readonly CalendarRule[];
  /** Days the office is closed (office_closure). */
  closures: readonly string[];
  /** Slots already taken (booked appointments). */
  booked: readonly Interval[];
  /** The comune's own holidays (the patron saint); national ones are built in. */
  extraHolidays?: ExtraHolidays;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MOMENT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function isMoment(value: string): boolean {
  const m = MOMENT.exec(value);
  if (!m) return false;
  try {
    toDayNumber(m[1]!);
    return true;
  } catch {
    return false;
  }
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function minutesOf(time: string): number {
  const m = TIME.exec(time);
  if (!m) throw new RangeError(`not a time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: string): number {
  return ((((toDayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

export function dayOf(moment: string): string {
  return moment.slice(0, 10);
}

/** A moment plus some minutes, across midnight if need be. */
export function addMinutes(moment: string, minutes: number): string {
  const m = MOMENT.exec(moment);
  if (!m) throw new RangeError(`not a moment: ${moment}`);
  const total = toDayNumber(m[1]!) * 1440 + Number(m[2]) * 60 + Number(m[3]) + minutes;
  const day = Math.floor(total / 1440);
  return `${addCalendarDays("1970-01-01", day)}T${timeOf(total - day * 1440)}`;
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

function ruleApplies(rule: CalendarRule, day: string): boolean {
  return rule.weekday === weekdayOf(day) && rule.validFrom <= day && (rule.validUntil === null || day <= rule.validUntil);
}

/**
 * Every slot the calendar offers on a day, taken or not: each rule valid that day is cut into slots
 * of its length from its opening time, the last one ending at or before closing. None on public
 * holidays or closure days. Sorted by start; two rules giving the same start give one slot.
 */
export function slotsOfDay(day: string, rules: readonly CalendarRule[], closures: readonly string[] = [], extraHolidays: ExtraHolidays = []): Slot[] {
  if (isHoliday(day, extraHolidays) || closures.includes(day)) return [];
  const byStart = new Map<string, Slot>();
  for (const rule of rules) {
    if (!ruleApplies(rule, day) || rule.slotMinutes <= 0) continue;
    const closes = minutesOf(rule.closes);
    for (let start = minutesOf(rule.opens); start + rule.slotMinutes <= closes; start += rule.slotMinutes) {
      const startsAt = `${day}T${timeOf(start)}`;
      if (!byStart.has(startsAt)) byStart.set(startsAt, { startsAt, endsAt: `${day}T${timeOf(start + rule.slotMinutes)}` });
    }
  }
  return [...byStart.values()].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
}

/** The last day that may be booked from `now`. */
export function lastBookableDay(now: string, policy: BookingPolicy = DEFAULT_POLICY): string {
  return addCalendarDays(dayOf(now), policy.horizonDays);
}

/**
 * The slots of a day someone may book now: offered by the calendar, not overlapping a booking (an
 * overlap, not only the same start, so a slot length changed after bookings were made is still
 * safe), starting at least `minLeadMinutes` after now, and within the horizon.
 */
export function freeSlots(day: string, availability: Availability, now: string, policy: BookingPolicy = DEFAULT_POLICY): Slot[] {
  if (day < dayOf(now) || day > lastBookableDay(now, policy)) return [];
  const earliest = addMinutes(now, policy.minLeadMinutes);
  return slotsOfDay(day, availability.rules, availability.closures, availability.extraHolidays).filter(
    (slot) => slot.startsAt >= earliest && !availability.booked.some((b) => overlaps(slot, b)),
  );
}

/** The free slot that starts at `startsAt`, if it is one (the check made again when booking). */
export function findFreeSlot(startsAt: string, availability: Availability, now: string, policy: BookingPolicy = DEFAULT_POLICY): Slot | null {
  if (!isMoment(startsAt)) return null;
  return freeSlots(dayOf(startsAt), availability, now, policy).find((s) => s.startsAt === startsAt) ?? null;
}

export function daysOfMonth(month: string): string[] {
  if (!isMonth(month)) throw new RangeError(`not a month: ${month}`);
  const first = `${month}-01`;
  const out: string[] = [];
  for (let day = first; day.startsWith(month); day = addCalendarDays(day, 1)) out.push(day);
  return out;
}

/** The days of a month with at least one free slot, in order. */
export function freeDaysOfMonth(month: string, availability: Availability, now: string, policy: BookingPolicy = DEFAULT_POLICY): string[] {
  return daysOfMonth(month).filter((day) => freeSlots(day, availability, now, policy).length > 0);
}

/** The months someone may book in from now: this one through the horizon's. */
export function bookableMonths(now: string, policy: BookingPolicy = DEFAULT_POLICY): string[] {
  const last = lastBookableDay(now, policy).slice(0, 7);
  const out: string[] = [];
  for (let month = now.slice(0, 7); month <= last; month = nextMonth(month)) out.push(month);
  return out;
}

export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The UTC offset of Europe/Rome at an instant, e.g. "+01:00" or "+02:00". */
function romeOffset(at: Date): string {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Rome", timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return name && name !== "GMT" ? name.replace("GMT", "") : "+00:00";
}

/** The comune's wall clock now, as a moment ("YYYY-MM-DDTHH:MM"). */
export function romeMoment(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Rome",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/**
 * The instant a wall-clock moment in Rome happens. The offset is read at that moment's own day
 * (noon UTC), so a date in summer gets +02:00 whatever the date today; offices do not open in the
 * night hour that daylight saving skips or repeats.
 */
export function romeInstant(moment: string): Date {
  if (!isMoment(moment)) throw new RangeError(`not a moment: ${moment}`);
  return new Date(`${moment}:00${romeOffset(new Date(`${dayOf(moment)}T12:00:00Z`))}`);
}

/** When the reminder goes: 09:00 of the day before the appointment, Italian time. */
export const REMINDER_TIME = "09:00";

/**
 * The reminder's instant, or null when that is already past (an appointment booked for tomorrow in
 * the afternoon): the confirmation just sent is reminder enough.
 */
export function reminderInstant(startsAt: string, now: Date): Date | null {
  const at = romeInstant(`${addCalendarDays(dayOf(startsAt), -1)}T${REMINDER_TIME}`);
  return at.getTime() > now.getTime() ? at : null;
}

// ---------------------------------------------------------------------------------------------
// The booking flow
// ---------------------------------------------------------------------------------------------

/** The reason "Altro": something that is not one of the office's services. */
export const OTHER_REASON = "altro";

/** What the flow has gathered so far (the draft's JSON). */
export interface DraftData {
  officeId?: number;
  /** A service id as text, or OTHER_REASON. */
  reason?: string;
  day?: string;
  startsAt?: string;
  details?: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  phone?: string;
  /** Set when the slot chosen was taken by someone else before the confirmation. */
  slotTaken?: boolean;
}

/** The steps in order, by their URL segment (Italian, as citizens read it). */
export const STEPS = ["ufficio", "motivo", "giorno", "orario", "dettagli", "richiedente", "riepilogo"] as const;
export type Step = (typeof STEPS)[number];

/** Whether a step's own answer is there (the summary has none). */
export function stepDone(step: Step, d: DraftData): boolean {
  switch (step) {
    case "ufficio":
      return d.officeId !== undefined;
    case "motivo":
      return Boolean(d.reason);
    case "giorno":
      return Boolean(d.day);
    case "orario":
      return Boolean(d.startsAt);
    case "dettagli":
      // "Altro" needs words; a reason changed to "Altro" after the details were left empty sends the person back here.
      return d.details !== undefined && Object.keys(validateDetails(d.details, d.reason)).length === 0;
    case "richiedente":
      return Boolean(d.givenName && d.familyName && d.email);
    case "riepilogo":
      return false;
  }
}

/** The first step still to answer before `step` can be shown, or `step` itself when all are done. */
export function firstMissingStep(step: Step, d: DraftData): Step {
  for (const s of STEPS) {
    if (s === step) return step;
    if (!stepDone(s, d)) return s;
  }
  return step;
}

export type FieldErrors = Record<string, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ./-]{6,20}$/;

export const DETAILS_MAX = 1000;
export const NAME_MAX = 100;

/** The details step: free text, needed when the reason is "Altro" (the office must know what it is about). */
export function validateDetails(details: string, reason: string | undefined): FieldErrors {
  const text = details.trim();
  if (text.length > DETAILS_MAX) return { details: "errors.detailsTooLong" };
  if (reason === OTHER_REASON && text.length < 3) return { details: "errors.detailsRequired" };
  return {};
}

export interface ApplicantInput {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
}

/** Keys are the fields' ids; values are keys of the "appointments" namespace. */
export function validateApplicant(a: ApplicantInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!a.givenName.trim()) errors.givenName = "errors.givenNameRequired";
  else if (a.givenName.trim().length > NAME_MAX) errors.givenName = "errors.nameTooLong";
  if (!a.familyName.trim()) errors.familyName = "errors.familyNameRequired";
  else if (a.familyName.trim().length > NAME_MAX) errors.familyName = "errors.nameTooLong";
  if (!a.email.trim()) errors.email = "errors.emailRequired";
  else if (!EMAIL.test(a.email.trim()) || a.email.trim().length > 200) errors.email = "errors.emailInvalid";
  if (a.phone.trim() && !PHONE.test(a.phone.trim())) errors.phone = "errors.phoneInvalid";
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Staff: the calendar
// ---------------------------------------------------------------------------------------------

export interface RuleInput {
  weekday: string;
  opens: string;
  closes: string;
  slotMinutes: string;
  validFrom: string;
}

export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 240;

/**
 * A new opening period: well-formed, at least one slot long, and not overlapping another period of
 * the same weekday whose validity overlaps (two overlapping periods would offer the same slot twice).
 */
export function validateRule(input: RuleInput, existing: readonly CalendarRule[]): { ok: true; rule: Omit<CalendarRule, "validFrom" | "validUntil"> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const weekday = Number(input.weekday);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) errors.weekday = "errors.weekdayRequired";
  if (!isTime(input.opens)) errors.opens = "errors.timeInvalid";
  if (!isTime(input.closes)) errors.closes = "errors.timeInvalid";
  const slot = Number(input.slotMinutes);
  if (!/^\d+$/.test(input.slotMinutes) || slot < SLOT_MINUTES_MIN || slot > SLOT_MINUTES_MAX) errors.slotMinutes = "errors.slotMinutesInvalid";
  if (!errors.opens && !errors.closes && minutesOf(input.closes) <= minutesOf(input.opens)) errors.closes = "errors.closesBeforeOpens";
  if (Object.keys(errors).length === 0 && minutesOf(input.closes) - minutesOf(input.opens) < slot) errors.slotMinutes = "errors.slotLongerThanPeriod";
  if (Object.keys(errors).length === 0) {
    const clash = existing.some(
      (r) => r.weekday === weekday && minutesOf(r.opens) < minutesOf(input.closes) && minutesOf(input.opens) < minutesOf(r.closes),
    );
    if (clash) errors.opens = "errors.ruleOverlaps";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, rule: { weekday, opens: input.opens, closes: input.closes, slotMinutes: slot } };
}
