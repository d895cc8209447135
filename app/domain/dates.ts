/**
 * Dates as people type them on the desk: "31/12/2027" (the Italian way), "31-12-2027", "31.12.2027"
 * or the ISO "2027-12-31" a date picker sends. Pure; the result is an ISO date or null.
 */
export function parseDayInput(text: string): string | null {
  const value = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (it) [d, m, y] = [Number(it[1]), Number(it[2]), Number(it[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Today's date in a time zone: a delegation starting "today" starts today where the comune is. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Today in Italy, the comune's calendar. */
export const todayInItaly = (now: Date = new Date()): string => todayIn("Europe/Rome", now);
