/**
 * Ravvedimento operoso (art. 13 D.Lgs. 472/1997; sanctions art. 13 D.Lgs. 471/1997 as changed by
 * D.Lgs. 87/2024): paying a local tax late of one's own accord, with a reduced sanction and the legal
 * interest. Sources and the table: ../shared/design/tax-rules.md §7. Pure and exact.
 *
 * - The regime follows the due date: a deadline before 1 September 2024 is an "old" violation (sanction
 *   30 %, 15 % within 90 days), from that day a "new" one (25 %, 12.5 % within 90 days).
 * - Reduced sanction by delay: up to 14 days, a tenth of the 90-day rate per 15 days, per day
 *   (0.1 % / 0.0833 % a day); 15–30 days, a tenth of it; 31–90 days, a ninth; then, until the
 *   declaration deadline of the year (IMU: 30 June of the following year), an eighth of the full rate;
 *   later a seventh (old regime: a seventh within two years of the violation, a sixth beyond).
 * - Interest at the legal rate of each calendar year, on the days of that year, / 365.
 * Sanction and interest go on the F24 with the tax's own code and "Ravv." ticked; whether those lines
 * are rounded to the euro is not settled (tax-rules.md §8): amounts here stay in cents.
 */
import { Exact } from "./exact";

/** Legal interest rates by year, percent (DM of each December). */
export const LEGAL_INTEREST: Readonly<Record<number, string>> = {
  2021: "0.01",
  2022: "1.25",
  2023: "5",
  2024: "2.5",
  2025: "2",
  2026: "1.6",
};

export const NEW_REGIME_FROM = "2024-09-01";

export type RavvedimentoBand = "daily" | "within_30" | "within_90" | "within_declaration" | "within_two_years" | "later";

export interface Ravvedimento {
  days: number;
  regime: "before_2024_09" | "from_2024_09";
  band: RavvedimentoBand;
  /** The sanction as a fraction of the tax. */
  sanctionRate: Exact;
  /** Cents. */
  sanction: bigint;
  interest: bigint;
  interestByYear: { year: number; days: number; rate: string; cents: bigint }[];
  total: bigint;
}

const DAY = 86_400_000;
const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * What to pay, beyond the tax, when `tax` (euro) due on `due` is paid on `paidOn`. `declarationDeadline`
 * is the deadline of the declaration for the year of the violation (IMU: 30 June of the tax year + 1).
 * Throws when a year's legal interest rate is not in the table (better no figure than a wrong one).
 */
export function ravvedimento(input: { tax: Exact; due: string; paidOn: string; declarationDeadline: string }): Ravvedimento | null {
  const days = dayNo(input.paidOn) - dayNo(input.due);
  if (days <= 0) return null;
  const fresh = input.due >= NEW_REGIME_FROM;
  const full = fresh ? Exact.of(25, 100) : Exact.of(30, 100);
  const reduced = fresh ? Exact.of(125, 1000) : Exact.of(15, 100);
  let band: RavvedimentoBand;
  let rate: Exact;
  if (days <= 14) {
    band = "daily";
    rate = reduced.div(10).div(15).mul(Exact.of(days));
  } else if (days <= 30) {
    band = "within_30";
    rate = reduced.div(10);
  } else if (days <= 90) {
    band = "within_90";
    rate = reduced.div(9);
  } else if (input.paidOn <= input.declarationDeadline) {
    band = "within_declaration";
    rate = full.div(8);
  } else if (fresh || input.paidOn <= `${Number(input.due.slice(0, 4)) + 2}${input.due.slice(4)}`) {
    band = "within_two_years";
    rate = full.div(7);
  } else {
    band = "later";
    rate = full.div(6);
  }
  const sanction = input.tax.mul(rate).cents();

  const interestByYear: Ravvedimento["interestByYear"] = [];
  let exact = Exact.ZERO;
  let from = dayNo(input.due) + 1;
  const to = dayNo(input.paidOn);
  while (from <= to) {
    const year = Number(isoOf(from).slice(0, 4));
    const yearEnd = Math.min(to, dayNo(`${year}-12-31`));
    const n = yearEnd - from + 1;
    const pct = LEGAL_INTEREST[year];
    if (pct === undefined) throw new Error(`no legal interest rate for ${year}`);
    const part = input.tax.mul(Exact.decimal(pct).div(100)).mul(Exact.of(n, 365));
    exact = exact.add(part);
    interestByYear.push({ year, days: n, rate: pct, cents: part.cents() });
    from = yearEnd + 1;
  }
  const interest = exact.cents();
  return {
    days,
    regime: fresh ? "from_2024_09" : "before_2024_09",
    band,
    sanctionRate: rate,
    sanction,
    interest,
    interestByYear,
    total: input.tax.cents() + sanction + interest,
  };
}
