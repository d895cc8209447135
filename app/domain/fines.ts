/**
 * What a traffic fine (sanzione al Codice della Strada) costs on a given day. Pure: no I/O.
 *
 * - art. 202 c.1 CdS: the offender may pay the minimum (minimo edittale) within 60 days of the
 *   contestazione or notification; the same sentence reduces it by 30% when paid within 5 days, except
 *   for violations that carry the confiscation of the vehicle or the revocation of the licence.
 * - art. 203 c.3 CdS: with neither payment nor appeal in 60 days, the report becomes an enforceable
 *   title for half the maximum (metà del massimo edittale).
 * - The costs of notification and procedure are added in every band and are never reduced.
 *
 * Terms: "entro 5/60 giorni" counts from the day after the notification (that day is excluded, art.
 * 2963 c.c.), so the 5th day after is still in time. A term ending on a Sunday or a public holiday
 * moves to the next day that is neither (art. 2963 c.3 c.c.). A Saturday is NOT moved: it is not a
 * holiday, payments are possible on it, and moving it would show a citizen a reduced amount that the
 * comune might then call late — the lenient reading is not the safe one here (docs/fines.md).
 */
import { Exact } from "./exact";
import { addCalendarDays, fromDayNumber, isHoliday, toDayNumber, type ExtraHolidays } from "./working-days";

export interface FineTerms {
  /** Minimo edittale, decimal text ("42.00"). */
  minimum: string;
  /** Massimo edittale, decimal text ("173.00"). */
  maximum: string;
  /** Notification and procedure costs, decimal text; added in every band, never reduced. */
  costs: string;
  /** Day of the contestazione or notification (ISO). */
  notifiedOn: string;
  /** The violation carries confiscation or licence revocation: no 30% reduction (art. 202 c.1). */
  noReduction: boolean;
}

export type FineBandKey = "reduced" | "minimum" | "half_maximum";

export interface FineBand {
  key: FineBandKey;
  /** Last day to pay this amount (ISO), or null for the last band (no end). */
  until: string | null;
  /** The sanction part, in cents. */
  sanction: bigint;
  costs: bigint;
  total: bigint;
}

export const REDUCED_DAYS = 5;
export const MINIMUM_DAYS = 60;

function isSunday(date: string): boolean {
  // 1970-01-01 was a Thursday: (day number + 4) mod 7 is 0 on Sundays.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7 === 0;
}

/** The last day of a term of `days` counted from `from` (excluded), moved past Sundays and holidays. */
export function termEnd(from: string, days: number, extra: ExtraHolidays = []): string {
  let day = toDayNumber(addCalendarDays(from, days));
  while (isSunday(fromDayNumber(day)) || isHoliday(fromDayNumber(day), extra)) day += 1;
  return fromDayNumber(day);
}

/** The bands of a fine in order: reduced (when allowed), minimum, half the maximum. */
export function fineBands(terms: FineTerms, extra: ExtraHolidays = []): FineBand[] {
  const costs = Exact.decimal(terms.costs).cents();
  const minimum = Exact.decimal(terms.minimum);
  const band = (key: FineBandKey, sanction: Exact, until: string | null): FineBand => {
    const s = sanction.cents();
    return { key, until, sanction: s, costs, total: s + costs };
  };
  const bands: FineBand[] = [];
  if (!terms.noReduction) bands.push(band("reduced", minimum.mul(Exact.of(7, 10)), termEnd(terms.notifiedOn, REDUCED_DAYS, extra)));
  bands.push(band("minimum", minimum, termEnd(terms.notifiedOn, MINIMUM_DAYS, extra)));
  bands.push(band("half_maximum", Exact.decimal(terms.maximum).div(2), null));
  return bands;
}

export interface FineDue {
  /** The band that applies on `today`. */
  current: FineBand;
  /** The band that follows when the current one ends (null in the last band). */
  next: FineBand | null;
  bands: FineBand[];
}

/** The amount due on `today` (ISO day in Italy), with the band it belongs to and the next one. */
export function fineDueOn(terms: FineTerms, today: string, extra: ExtraHolidays = []): FineDue {
  const bands = fineBands(terms, extra);
  const index = bands.findIndex((b) => b.until === null || today <= b.until);
  const current = bands[index]!;
  return { current, next: bands[index + 1] ?? null, bands };
}

/** Report numbers are compared as written on the verbale, without spaces and in capitals. */
export function normalizeReportNumber(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}

/** Plates as the register writes them: capitals, no spaces or dashes ("ab 123-cd" → "AB123CD"). */
export function normalizePlate(text: string): string {
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

export function fineTerms(row: { minimum: string; maximum: string; costs: string; notified_on: string; no_reduction: number }): FineTerms {
  return { minimum: row.minimum, maximum: row.maximum, costs: row.costs, notifiedOn: row.notified_on, noReduction: row.no_reduction === 1 };
}

/**
 * Whether a payment closes the fine. A notice keeps the amount of the day it was made and is valid
 * until its band ends (its due day): paid by then, it settles the fine. Paid later (a reduced notice
 * paid at the bank after the 5 days), it counts towards the fine, which is settled only when all that
 * was paid reaches what is due on the day of payment.
 */
export function paymentSettles(terms: FineTerms, p: { payDay: string; noticeDueOn: string; paidTotalCents: bigint }, extra: ExtraHolidays = []): boolean {
  if (p.payDay <= p.noticeDueOn) return true;
  return p.paidTotalCents >= fineDueOn(terms, p.payDay, extra).current.total;
}

/**
 * Wrong report/plate pairs allowed from one address before the lookup answers "try later": a pair
 * is a secret of the person who holds the report, and this keeps anyone from guessing through them.
 */
export const FINE_LOOKUP_THROTTLE = { limit: 20, windowMs: 15 * 60_000 } as const;
export const fineThrottleKey = (ip: string): string => `fine-ip:${ip}`;
