/**
 * The TARI engine (L. 147/2013 cc.639-705, DPR 158/1999 "metodo normalizzato"), pure. The comune
 * publishes finished tariffs per year (../shared/design/tax-rules.md §3: store them, do not recompute
 * them from the coefficients):
 * - household ("domestica"): a fixed part per m² by household size × surface, plus a variable amount
 *   per year by household size;
 * - business ("non domestica", 30 categories): (fixed + variable) per m² by category × surface;
 * each pro rata by days of occupation, less the reductions, with the provincial TEFA (Monza e Brianza
 * 5 %) computed on it and paid apart. Seregno's plan: 60 % on account at last year's tariffs in two
 * instalments, the balance in December at this year's.
 */
import { Exact } from "./exact";

export interface TariTariffs {
  year: number;
  /** By household size 1…6 (6 = six or more). */
  domestic: { occupants: number; fixedPerSqm: string; variablePerYear: string }[];
  /** By category 1…30 (DPR 158/1999, comuni over 5,000 inhabitants). */
  nonDomestic: { category: number; fixedPerSqm: string; variablePerSqm: string }[];
  /** Percent. */
  tefa: string;
  /** Percent of the year's tax (at last year's tariffs) asked on account. */
  accontoShare: string;
  accontoDue: [string, string];
  saldoDue: string;
  minimumPayment: string;
}

export interface TariAccount {
  use: "domestic" | "non_domestic";
  /** Household size (domestic), 1…; 6 and more use the "6" tariff. */
  occupants: number | null;
  /** Category 1…30 (non-domestic). */
  category: number | null;
  /** m². */
  surface: Exact;
  from: string;
  to: string;
  /** Percent reductions (e.g. home composting), applied one after the other to the whole tariff. */
  reductions: { kind: string; percent: Exact }[];
}

export interface TariAccountResult {
  days: number;
  daysInYear: number;
  fixed: Exact;
  variable: Exact;
  reduction: Exact;
  tari: Exact;
  tefa: Exact;
}

export interface TariInstalment {
  number: number;
  due: string;
  /** Cents. */
  tari: bigint;
  tefa: bigint;
}

export interface TariResult {
  year: number;
  accounts: TariAccountResult[];
  /** Cents, the year's amounts at this year's tariffs. */
  tari: bigint;
  tefa: bigint;
  /** The two instalments on account (at last year's tariffs) and the balance. */
  instalments: TariInstalment[];
  belowMinimum: boolean;
  /** Cents: what the instalments on account paid beyond the year's tax. */
  credit: bigint;
}

export const TARI_F24 = { tari: "3944", tefa: "TEFA" } as const;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Days occupied in `year` between `from` and `to` inclusive (ISO days, clipped to the year). */
export function daysOccupied(year: number, from: string, to: string): number {
  const start = Math.max(dayNumber(from), dayNumber(`${year}-01-01`));
  const end = Math.min(dayNumber(to), dayNumber(`${year}-12-31`));
  return end >= start ? end - start + 1 : 0;
}

export function tariffFor(t: TariTariffs, a: Pick<TariAccount, "use" | "occupants" | "category">) {
  if (a.use === "domestic") {
    const n = Math.min(6, Math.max(1, a.occupants ?? 1));
    const row = t.domestic.find((d) => d.occupants === n);
    return row ? { fixedPerSqm: Exact.decimal(row.fixedPerSqm), variable: Exact.decimal(row.variablePerYear), perSqm: false } : null;
  }
  const row = t.nonDomestic.find((d) => d.category === a.category);
  return row ? { fixedPerSqm: Exact.decimal(row.fixedPerSqm), variable: Exact.decimal(row.variablePerSqm), perSqm: true } : null;
}

/** One account's year at one set of tariffs. Throws when the tariff table lacks its row (the caller validates first). */
export function accountTax(year: number, a: TariAccount, t: TariTariffs): TariAccountResult {
  const tariff = tariffFor(t, a);
  if (!tariff) throw new Error(`no ${a.use} tariff for ${a.occupants ?? a.category} in ${t.year}`);
  const daysInYear = isLeap(year) ? 366 : 365;
  const days = daysOccupied(year, a.from, a.to);
  const time = Exact.of(days, daysInYear);
  const fixed = tariff.fixedPerSqm.mul(a.surface).mul(time);
  const variable = (tariff.perSqm ? tariff.variable.mul(a.surface) : tariff.variable).mul(time);
  const gross = fixed.add(variable);
  let net = gross;
  for (const r of a.reductions) net = net.mul(Exact.of(100).sub(r.percent).div(100));
  const tefa = net.mul(Exact.decimal(t.tefa).div(100));
  return { days, daysInYear, fixed, variable, reduction: gross.sub(net), tari: net, tefa };
}

const sumCents = (xs: Exact[]) => xs.reduce((s, x) => s + x.cents(), 0n);

/** Splits cents into `n` parts as equal as can be, the first ones taking the odd cents. */
function split(cents: bigint, n: number): bigint[] {
  const base = cents / BigInt(n);
  const rest = Number(cents - base * BigInt(n));
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1n : 0n));
}

/**
 * The year's TARI and TEFA of a taxpayer's accounts, and the instalments: `accontoShare` % of the year
 * at `previous` tariffs in two equal instalments, then the balance at this year's (art.13 c.15-ter DL
 * 201/2011: instalments due before 1 December use last year's acts). A balance below zero is a credit.
 */
export function computeTari(year: number, accounts: readonly TariAccount[], tariffs: TariTariffs, previous: TariTariffs): TariResult {
  const now = accounts.map((a) => accountTax(year, a, tariffs));
  const before = accounts.map((a) => accountTax(year, a, previous));
  const tari = sumCents(now.map((r) => r.tari));
  const tefa = sumCents(now.map((r) => r.tefa));
  const share = Exact.decimal(tariffs.accontoShare).div(100);
  const accontoTari = Exact.of(sumCents(before.map((r) => r.tari)), 100).mul(share).cents();
  const accontoTefa = Exact.of(sumCents(before.map((r) => r.tefa)), 100).mul(share).cents();
  const belowMinimum = tari + tefa < Exact.decimal(tariffs.minimumPayment).cents();
  if (belowMinimum) return { year, accounts: now, tari, tefa, instalments: [], belowMinimum, credit: 0n };
  const [t1, t2] = split(accontoTari, 2);
  const [e1, e2] = split(accontoTefa, 2);
  const balanceTari = tari - accontoTari;
  const balanceTefa = tefa - accontoTefa;
  const credit = (balanceTari < 0n ? -balanceTari : 0n) + (balanceTefa < 0n ? -balanceTefa : 0n);
  return {
    year,
    accounts: now,
    tari,
    tefa,
    instalments: [
      { number: 1, due: tariffs.accontoDue[0], tari: t1!, tefa: e1! },
      { number: 2, due: tariffs.accontoDue[1], tari: t2!, tefa: e2! },
      { number: 3, due: tariffs.saldoDue, tari: balanceTari > 0n ? balanceTari : 0n, tefa: balanceTefa > 0n ? balanceTefa : 0n },
    ],
    belowMinimum,
    credit,
  };
}

/** The F24 lines of one instalment (section EL, rateazione NNRR), each rounded to the euro. */
export function tariF24Lines(inst: TariInstalment, of: number): { code: string; instalment: string; euros: bigint }[] {
  const rr = `${String(inst.number).padStart(2, "0")}${String(of).padStart(2, "0")}`;
  return [
    { code: TARI_F24.tari, instalment: rr, euros: Exact.of(inst.tari, 100).euros() },
    { code: TARI_F24.tefa, instalment: rr, euros: Exact.of(inst.tefa, 100).euros() },
  ].filter((l) => l.euros > 0n);
}
