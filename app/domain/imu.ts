/**
 * The IMU engine (L. 27/12/2019 n.160, art.1 cc.738-783), pure: what one taxpayer owes a comune for a
 * year, property by property, and the F24 lines of the June instalment (acconto) and the December one
 * (saldo). Sources and worked rules: ../shared/design/tax-rules.md §1-2; decisions in
 * docs/decisions/0007-imu-engine.md. Amounts are exact (app/domain/exact.ts) until the law rounds:
 * each property's tax to the cent, each F24 line to the euro (≤ 49 cents down).
 */
import { Exact } from "./exact";

export type ImuPropertyKind = "fabbricato" | "terreno" | "area_fabbricabile";
export type ImuReduction = "comodato" | "inagibile" | "storico";

/** A comune's rates for a year, in percent as decimal text ("1.02"), and its amounts in euro. */
export interface ImuRates {
  year: number;
  /** Main residence of category A/1, A/8, A/9 and its pertinenze (c.748). */
  mainResidence: string;
  /** The main-residence deduction in euro for a whole year (c.749, €200). */
  deduction: string;
  /** Dwellings regularly assigned by ALER/IACP (social housing). */
  socialHousing: string;
  /** Dwellings let at agreed rent (L. 431/1998): this rate, then × 75% (c.760). */
  agreedRent: string;
  /** Rural buildings for farming use (D/10), c.750. */
  ruralInstrumental: string;
  /** Agricultural land, c.752. */
  land: string;
  /** Building land, c.754. */
  buildingLand: string;
  /** Group D (except D/10): 0.76 goes to the State (code 3925), the rest to the comune (3930), c.753. */
  groupD: string;
  /** Everything else, c.754. */
  other: string;
  /** No payment when the year's tax is below this (euro; 12 unless the comune says otherwise). */
  minimumPayment: string;
}

export interface ImuProperty {
  kind: ImuPropertyKind;
  /** "A/2", "C/6", "D/1"… for buildings; null for land. */
  category: string | null;
  /** Euro, as registered on 1 January (buildings). */
  rendita: Exact | null;
  /** Euro (agricultural land). */
  redditoDominicale: Exact | null;
  /** Euro (building land: market value on 1 January). */
  valoreVenale: Exact | null;
  /** Percent of ownership (0 < share ≤ 100). */
  share: Exact;
  /** First and last day held in the year, ISO dates within the year. */
  from: string;
  to: string;
  mainResidence: boolean;
  reduction: ImuReduction | null;
  agreedRent: boolean;
  socialHousing: boolean;
}

/** State share of group D, fixed by c.753. */
export const GROUP_D_STATE_RATE = "0.76";

export const F24_CODES = {
  mainResidence: "3912",
  ruralInstrumental: "3913",
  land: "3914",
  buildingLand: "3916",
  other: "3918",
  groupDState: "3925",
  groupDComune: "3930",
} as const;

/** The c.745 multiplier of a building's category; null for a category that has none (E, F). */
export function categoryMultiplier(category: string): number | null {
  const m = /^([A-F])\/(\d{1,2})$/.exec(category);
  if (!m) return null;
  const group = m[1]!;
  const n = Number(m[2]);
  if (group === "A") return n === 10 ? 80 : 160;
  if (group === "B") return 140;
  if (group === "C") return n === 1 ? 55 : n === 2 || n === 6 || n === 7 ? 160 : 140;
  if (group === "D") return n === 5 ? 80 : 65;
  return null;
}

const LUXURY = new Set(["A/1", "A/8", "A/9"]);
const PERTINENZA = new Set(["C/2", "C/6", "C/7"]);

/** Whether the main-residence flag makes sense for this category (a dwelling, or one of its pertinenze). */
export function mayBeMainResidence(category: string | null): boolean {
  if (!category) return false;
  return (category.startsWith("A/") && category !== "A/10") || PERTINENZA.has(category);
}

// ---------------------------------------------------------------------------------------------
// Months (c.761)

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The months of `year` that count for a holding from `from` to `to` (ISO days, inclusive): a month
 * counts when held for more than half its days; the day of a transfer belongs to the buyer, who also
 * takes the month when the days are equal (c.761) — so on a tie the month counts for the holding that
 * starts in it, not for the one that ends in it.
 */
export function monthsHeld(year: number, from: string, to: string): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const n = daysInMonth(year, month);
    const first = `${year}-${String(month).padStart(2, "0")}-01`;
    const last = `${year}-${String(month).padStart(2, "0")}-${String(n).padStart(2, "0")}`;
    const start = from > first ? from : first;
    const end = to < last ? to : last;
    if (start > end) continue;
    const held = Number(end.slice(8, 10)) - Number(start.slice(8, 10)) + 1;
    const startsHere = from >= first && from <= last;
    if (held * 2 > n || (held * 2 === n && startsHere)) months.push(month);
  }
  return months;
}

// ---------------------------------------------------------------------------------------------
// Classification

export type ImuTreatment =
  | { kind: "exempt"; why: "main_residence" | "pertinenza" | "category_e" }
  | { kind: "main_residence" }
  | { kind: "social_housing" }
  | { kind: "agreed_rent" }
  | { kind: "rural" }
  | { kind: "land" }
  | { kind: "building_land" }
  | { kind: "group_d" }
  | { kind: "other" };

/**
 * How each property is taxed. Pertinenze of the main residence: at most one per category C/2, C/6,
 * C/7, the first in the list (c.741 b); a further one is taxed as any other building. They follow
 * their dwelling: exempt with an ordinary one, at the main-residence rate with an A/1, A/8 or A/9.
 */
export function classify(properties: readonly ImuProperty[]): ImuTreatment[] {
  const luxuryHome = properties.some((p) => p.kind === "fabbricato" && p.mainResidence && p.category !== null && LUXURY.has(p.category));
  const pertinenzaTaken = new Set<string>();
  return properties.map((p): ImuTreatment => {
    if (p.kind === "terreno") return { kind: "land" };
    if (p.kind === "area_fabbricabile") return { kind: "building_land" };
    const category = p.category ?? "";
    if (category.startsWith("E/")) return { kind: "exempt", why: "category_e" };
    if (p.mainResidence && PERTINENZA.has(category) && !pertinenzaTaken.has(category)) {
      pertinenzaTaken.add(category);
      return luxuryHome ? { kind: "main_residence" } : { kind: "exempt", why: "pertinenza" };
    }
    if (p.mainResidence && category.startsWith("A/") && category !== "A/10") return LUXURY.has(category) ? { kind: "main_residence" } : { kind: "exempt", why: "main_residence" };
    if (category === "D/10") return { kind: "rural" };
    if (category.startsWith("D/")) return { kind: "group_d" };
    if (p.socialHousing) return { kind: "social_housing" };
    if (p.agreedRent) return { kind: "agreed_rent" };
    return { kind: "other" };
  });
}

// ---------------------------------------------------------------------------------------------
// Computation

/** The taxable base in euro (cc.745-746), before the 50% reductions. */
export function taxableBase(p: ImuProperty): Exact {
  if (p.kind === "terreno") return (p.redditoDominicale ?? Exact.ZERO).mul(Exact.of(125, 100)).mul(135);
  if (p.kind === "area_fabbricabile") return p.valoreVenale ?? Exact.ZERO;
  const multiplier = p.category ? categoryMultiplier(p.category) : null;
  if (multiplier === null) return Exact.ZERO;
  return (p.rendita ?? Exact.ZERO).mul(Exact.of(105, 100)).mul(multiplier);
}

/** The rate a treatment pays, as a fraction (1.02 % → 0.0102), the agreed-rent 75 % included. */
export function rateOf(t: ImuTreatment, rates: ImuRates): Exact {
  const pct = (v: string) => Exact.decimal(v).div(100);
  switch (t.kind) {
    case "exempt":
      return Exact.ZERO;
    case "main_residence":
      return pct(rates.mainResidence);
    case "social_housing":
      return pct(rates.socialHousing);
    case "agreed_rent":
      return pct(rates.agreedRent).mul(Exact.of(3, 4));
    case "rural":
      return pct(rates.ruralInstrumental);
    case "land":
      return pct(rates.land);
    case "building_land":
      return pct(rates.buildingLand);
    case "group_d":
      return pct(rates.groupD);
    case "other":
      return pct(rates.other);
  }
}

function codeOf(t: ImuTreatment): string | null {
  switch (t.kind) {
    case "exempt":
      return null;
    case "main_residence":
      return F24_CODES.mainResidence;
    case "rural":
      return F24_CODES.ruralInstrumental;
    case "land":
      return F24_CODES.land;
    case "building_land":
      return F24_CODES.buildingLand;
    case "group_d":
      return F24_CODES.groupDState;
    default:
      return F24_CODES.other;
  }
}

export interface ImuPropertyResult {
  treatment: ImuTreatment;
  /** Euro, after the 50% reduction when one applies. */
  base: Exact;
  months: number;
  firstHalfMonths: number;
  /** The year's tax at this year's rates, after the deduction, exact. */
  annual: Exact;
  /** The June instalment: first-half months at last year's rates and deduction, exact. */
  acconto: Exact;
  /** The deduction used on this property (euro, exact). */
  deduction: Exact;
  /** Main F24 code (3925 for group D, whose comune share goes on 3930: see `parts`). */
  code: string | null;
  /** The year's tax and the acconto by F24 code (two entries for group D, one otherwise, none when exempt). */
  parts: { code: string; annual: Exact; acconto: Exact }[];
}

export interface ImuF24Line {
  code: string;
  /** Whole euros. */
  acconto: bigint;
  saldo: bigint;
  properties: number;
}

export interface ImuResult {
  year: number;
  properties: ImuPropertyResult[];
  /** The year's tax in cents (the sum of each property's tax rounded to the cent). */
  totalCents: bigint;
  lines: ImuF24Line[];
  /** Whole euros. */
  acconto: bigint;
  saldo: bigint;
  /** The year's tax is below the comune's minimum: nothing to pay. */
  belowMinimum: boolean;
  /** The acconto at last year's rates was more than the year's tax: the difference is a credit, not paid back here. */
  creditCents: bigint;
}

/**
 * The deduction (c.749) for a home of category A/1, A/8, A/9 or a regularly assigned social dwelling:
 * €deduction × months / 12 × share, used on that property's tax and what is left on its pertinenze.
 */
function deductionFor(p: ImuProperty, t: ImuTreatment, months: number, rates: ImuRates): Exact {
  const qualifies = (t.kind === "main_residence" && p.category !== null && LUXURY.has(p.category)) || t.kind === "social_housing";
  if (!qualifies) return Exact.ZERO;
  return Exact.decimal(rates.deduction).mul(Exact.of(months, 12)).mul(p.share.div(100));
}

function grossTax(p: ImuProperty, base: Exact, rate: Exact, months: number): Exact {
  return base.mul(rate).mul(p.share.div(100)).mul(Exact.of(months, 12));
}

/** Tax of each property for one rate set and one month count per property, the deduction applied. */
function taxes(properties: readonly ImuProperty[], treatments: readonly ImuTreatment[], bases: readonly Exact[], months: readonly number[], rates: ImuRates) {
  const gross = properties.map((p, i) => grossTax(p, bases[i]!, rateOf(treatments[i]!, rates), months[i]!));
  const net = [...gross];
  const used = properties.map(() => Exact.ZERO);
  let leftover = Exact.ZERO;
  properties.forEach((p, i) => {
    const d = deductionFor(p, treatments[i]!, months[i]!, rates);
    if (d.isZero()) return;
    const take = d.min(net[i]!);
    net[i] = net[i]!.sub(take);
    used[i] = take;
    if (treatments[i]!.kind === "main_residence") leftover = leftover.add(d.sub(take));
  });
  // What the home's tax could not absorb goes to its pertinenze (taxed with it on 3912).
  properties.forEach((p, i) => {
    if (leftover.isZero() || treatments[i]!.kind !== "main_residence" || (p.category !== null && LUXURY.has(p.category))) return;
    const take = leftover.min(net[i]!);
    net[i] = net[i]!.sub(take);
    used[i] = used[i]!.add(take);
    leftover = leftover.sub(take);
  });
  const stateShare = properties.map((p, i) => (treatments[i]!.kind === "group_d" ? grossTax(p, bases[i]!, Exact.decimal(GROUP_D_STATE_RATE).div(100), months[i]!) : Exact.ZERO));
  return { net, used, stateShare };
}

/**
 * The year's IMU of one taxpayer. `previous` are last year's rates (for the acconto, c.762); when the
 * comune has none on record the caller passes this year's and says so.
 */
export function computeImu(year: number, properties: readonly ImuProperty[], rates: ImuRates, previous: ImuRates): ImuResult {
  const treatments = classify(properties);
  const bases = properties.map((p) => (p.reduction ? taxableBase(p).mul(Exact.of(1, 2)) : taxableBase(p)));
  const months = properties.map((p) => monthsHeld(year, p.from, p.to));
  const all = months.map((m) => m.length);
  const firstHalf = months.map((m) => m.filter((x) => x <= 6).length);
  const annual = taxes(properties, treatments, bases, all, rates);
  const june = taxes(properties, treatments, bases, firstHalf, previous);

  const results: ImuPropertyResult[] = properties.map((_, i) => {
    const t = treatments[i]!;
    const code = codeOf(t);
    const parts: ImuPropertyResult["parts"] = [];
    if (t.kind === "group_d") {
      parts.push({ code: F24_CODES.groupDState, annual: annual.stateShare[i]!, acconto: june.stateShare[i]! });
      parts.push({ code: F24_CODES.groupDComune, annual: annual.net[i]!.sub(annual.stateShare[i]!), acconto: june.net[i]!.sub(june.stateShare[i]!) });
    } else if (code) parts.push({ code, annual: annual.net[i]!, acconto: june.net[i]! });
    return { treatment: t, base: bases[i]!, months: all[i]!, firstHalfMonths: firstHalf[i]!, annual: annual.net[i]!, acconto: june.net[i]!, deduction: annual.used[i]!, code, parts };
  });

  const totalCents = results.reduce((sum, r) => sum + r.annual.cents(), 0n);
  const minimumCents = Exact.decimal(rates.minimumPayment).cents();
  const belowMinimum = totalCents < minimumCents;
  const byCode = new Map<string, { annual: bigint; acconto: bigint; properties: number }>();
  for (const r of results) {
    for (const part of r.parts) {
      if (part.annual.isZero() && part.acconto.isZero()) continue;
      const line = byCode.get(part.code) ?? { annual: 0n, acconto: 0n, properties: 0 };
      line.annual += part.annual.cents();
      line.acconto += part.acconto.cents();
      line.properties += 1;
      byCode.set(part.code, line);
    }
  }
  let credit = 0n;
  const lines: ImuF24Line[] = belowMinimum
    ? []
    : [...byCode.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, l]) => {
          const acconto = Exact.of(l.acconto, 100).euros();
          const rest = l.annual - acconto * 100n;
          if (rest < 0n) credit += -rest;
          return { code, acconto, saldo: rest > 0n ? Exact.of(rest, 100).euros() : 0n, properties: l.properties };
        });
  return {
    year,
    properties: results,
    totalCents,
    lines,
    acconto: lines.reduce((s, l) => s + l.acconto, 0n),
    saldo: lines.reduce((s, l) => s + l.saldo, 0n),
    belowMinimum,
    creditCents: credit,
  };
}
