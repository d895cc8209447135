/**
 * Italian working days for legal deadlines. Dates are ISO calendar days (yyyy-mm-dd) with no time
 * zone: a deadline is a day in the comune, and doing the arithmetic in UTC days keeps daylight saving
 * from ever shifting it. Malformed dates throw: they are programming errors, not user input (user
 * input goes through parseDayInput first).
 */

/** A yearly local holiday, e.g. the patron saint of the comune (Sant'Ambrogio in Milano: 12/7). */
export interface MonthDay {
  month: number;
  day: number;
}

/** Local holidays the comune configures; national ones are built in. */
export type ExtraHolidays = readonly MonthDay[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, so that date arithmetic is integer arithmetic. */
export function toDayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  // Date.UTC silently rolls 2027-02-30 over to March; a deadline must never be computed from that.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return ms / DAY_MS;
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every Gregorian year. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function easterMonday(year: number): string {
  return fromDayNumber(toDayNumber(easterSunday(year)) + 1);
}

/**
 * National holidays with a fixed date (L. 260/1949 and later amendments). Easter Sunday is a
 * holiday too, but it is always a Sunday, so only Easter Monday changes the working-day count.
 */
const NATIONAL_FIXED: readonly MonthDay[] = [
  { month: 1, day: 1 }, // Capodanno
  { month: 1, day: 6 }, // Epifania
  { month: 4, day: 25 }, // Liberazione
  { month: 5, day: 1 }, // Festa del lavoro
  { month: 6, day: 2 }, // Festa della Repubblica
  { month: 8, day: 15 }, // Ferragosto
  { month: 11, day: 1 }, // Ognissanti
  { month: 12, day: 8 }, // Immacolata
  { month: 12, day: 25 }, // Natale
  { month: 12, day: 26 }, // Santo Stefano
];

/** A public holiday (national or the comune's own); weekends are not holidays, see isWorkingDay. */
export function isHoliday(date: string, extra: ExtraHolidays = []): boolean {
  toDayNumber(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const sameDay = (h: MonthDay) => h.month === month && h.day === day;
  if (NATIONAL_FIXED.some(sameDay) || extra.some(sameDay)) return true;
  return date === easterSunday(year) || date === easterMonday(year);
}

export function isWeekend(date: string): boolean {
  // 1970-01-01 was a Thursday, so day number 2 is a Saturday and 3 a Sunday.
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** Offices are closed on Saturdays too, so a Saturday is not a working day for the desk's deadlines. */
export function isWorkingDay(date: string, extra: ExtraHolidays = []): boolean {
  return !isWeekend(date) && !isHoliday(date, extra);
}

export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The n-th working day after `date` (before it when n is negative); the starting day itself is never
 * counted, as with "entro 30 giorni lavorativi dal ricevimento". n = 0 returns `date` unchanged.
 */
export function addWorkingDays(date: string, n: number, extra: ExtraHolidays = []): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(date);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    if (isWorkingDay(fromDayNumber(day), extra)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days in (from, to]: the inverse of addWorkingDays, so that
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string, extra: ExtraHolidays = []): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -workingDaysBetween(to, from, extra);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingDay(fromDayNumber(day), extra)) count++;
  return count;
}

/**
 * Where a deadline counted in calendar days really ends. Art. 2963 c.c. (applied to administrative
 * terms, L. 241/1990) moves a term that ends on a holiday to the next non-holiday day. We move it to
 * the next *working* day, so a term ending on a Saturday also moves to Monday: the offices are closed
 * on Saturdays and the citizen cannot act there, the same reason art. 155 c.p.c. extends Saturday
 * terms. This only ever lengthens a term, which is the safe side for the citizen.
 */
export function nextWorkingDayIfHoliday(date: string, extra: ExtraHolidays = []): string {
  let day = toDayNumber(date);
  while (!isWorkingDay(fromDayNumber(day), extra)) day += 1;
  return fromDayNumber(day);
}
