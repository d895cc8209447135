/**
 * A taxpayer's position for one year and one tax (issue 5 §5): what was due by each instalment, what
 * was paid, what is open or overpaid. Pure: the engines give the amounts (app/domain/imu.ts, tari.ts),
 * this compares them with the payments.
 */
import { Exact } from "./exact";
import type { ImuProperty } from "./imu";
import { type Ravvedimento, ravvedimento } from "./ravvedimento";
import type { TariAccount } from "./tari";

export interface Instalment {
  key: string;
  due: string;
  /** Cents. */
  amount: bigint;
}

export interface TaxYearBalance {
  /** Cents. */
  due: bigint;
  paid: bigint;
  /** Due minus paid: above zero is open, below zero overpaid. */
  balance: bigint;
  /** What was due by `today` and is not paid: the part that is late. */
  late: bigint;
  /** The next instalment still to pay, if any (its open part). */
  next: Instalment | null;
  /** Every instalment with a part still open (the open part), oldest first. */
  openInstalments: Instalment[];
  /** Those of them whose due day has passed. */
  lateInstalments: Instalment[];
  status: "paid" | "open" | "late" | "overpaid" | "nothing_due";
}

/** Compares the instalments with the payments (oldest instalments are settled first). */
export function balanceOf(instalments: readonly Instalment[], paidCents: bigint, today: string): TaxYearBalance {
  const due = instalments.reduce((s, i) => s + i.amount, 0n);
  const balance = due - paidCents;
  let remaining = paidCents;
  let late = 0n;
  const openInstalments: Instalment[] = [];
  for (const i of instalments) {
    const covered = remaining >= i.amount ? i.amount : remaining > 0n ? remaining : 0n;
    remaining -= covered;
    const open = i.amount - covered;
    if (open <= 0n) continue;
    openInstalments.push({ ...i, amount: open });
    if (i.due < today) late += open;
  }
  const next = openInstalments[0] ?? null;
  const lateInstalments = openInstalments.filter((i) => i.due < today);
  const status = due === 0n && paidCents === 0n ? "nothing_due" : balance < 0n ? "overpaid" : balance === 0n ? "paid" : late > 0n ? "late" : "open";
  return { due, paid: paidCents, balance, late, next, openInstalments, lateInstalments, status };
}

/** A late instalment with what paying it on `paidOn` costs under ravvedimento operoso. */
export interface LateCharge {
  instalment: Instalment;
  /** Null when a legal interest rate of the period is not known yet (no figure rather than a wrong one). */
  ravvedimento: Ravvedimento | null;
}

/**
 * The late instalments of a tax year with their ravvedimento if paid on `paidOn` (issue 5 §5). The
 * declaration deadline of IMU and TARI for year Y is 30 June of Y+1 (L.160/2019 c.769; L.147/2013 c.684),
 * which sets the 1/8 band.
 */
export function lateChargesOf(balance: TaxYearBalance, year: number, paidOn: string): LateCharge[] {
  return balance.lateInstalments.map((instalment) => {
    let r: Ravvedimento | null = null;
    try {
      r = ravvedimento({ tax: Exact.of(instalment.amount, 100), due: instalment.due, paidOn, declarationDeadline: `${year + 1}-06-30` });
    } catch {
      r = null;
    }
    return { instalment, ravvedimento: r };
  });
}

/** The part of a holding that falls in `year`, or null when none does. */
function clip(year: number, from: string, to: string | null): { from: string; to: string } | null {
  const start = from > `${year}-01-01` ? from : `${year}-01-01`;
  const end = to === null || to > `${year}-12-31` ? `${year}-12-31` : to;
  return start <= end ? { from: start, to: end } : null;
}

export interface HoldingInput {
  kind: ImuProperty["kind"];
  category: string | null;
  rendita: string | null;
  redditoDominicale: string | null;
  valoreVenale: string | null;
  share: string;
  fromDay: string;
  toDay: string | null;
  mainResidence: number;
  reduction: ImuProperty["reduction"];
  agreedRent: number;
  socialHousing: number;
}

/** The holdings of `year` as the IMU engine wants them, with the index of each in the input. */
export function imuPropertiesOf(year: number, holdings: readonly HoldingInput[]): { index: number; property: ImuProperty }[] {
  return holdings.flatMap((h, index) => {
    const period = clip(year, h.fromDay, h.toDay);
    if (!period) return [];
    const dec = (v: string | null) => (v === null ? null : Exact.decimal(v));
    return [
      {
        index,
        property: {
          kind: h.kind,
          category: h.category,
          rendita: dec(h.rendita),
          redditoDominicale: dec(h.redditoDominicale),
          valoreVenale: dec(h.valoreVenale),
          share: Exact.decimal(h.share),
          from: period.from,
          to: period.to,
          mainResidence: h.mainResidence === 1,
          reduction: h.reduction,
          agreedRent: h.agreedRent === 1,
          socialHousing: h.socialHousing === 1,
        },
      },
    ];
  });
}

export interface AccountInput {
  use: TariAccount["use"];
  occupants: number | null;
  category: number | null;
  surface: string;
  from_day: string;
  to_day: string | null;
  reductions: string;
}

export function tariAccountsOf(year: number, accounts: readonly AccountInput[]): { index: number; account: TariAccount }[] {
  return accounts.flatMap((a, index) => {
    const period = clip(year, a.from_day, a.to_day);
    if (!period) return [];
    const reductions = (JSON.parse(a.reductions) as { kind: string; percent: string }[]).map((r) => ({ kind: r.kind, percent: Exact.decimal(r.percent) }));
    return [{ index, account: { use: a.use, occupants: a.occupants, category: a.category, surface: Exact.decimal(a.surface), from: period.from, to: period.to, reductions } }];
  });
}
