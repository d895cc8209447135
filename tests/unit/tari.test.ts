/**
 * The TARI engine on worked cases (hand-computed in the comments) with illustrative tariffs: Seregno's
 * published €/m² and €/household figures were not found (../shared/design/tax-rules.md §8), so the
 * shape and the arithmetic are what these cases prove, not Seregno's amounts.
 */
import { describe, expect, it } from "vitest";
import { centsText, Exact } from "~/domain/exact";
import { accountTax, computeTari, daysOccupied, type TariAccount, type TariTariffs, tariF24Lines } from "~/domain/tari";

const T2024: TariTariffs = {
  year: 2024,
  domestic: [
    { occupants: 1, fixedPerSqm: "0.70", variablePerYear: "60" },
    { occupants: 3, fixedPerSqm: "0.92", variablePerYear: "138" },
    { occupants: 6, fixedPerSqm: "1.14", variablePerYear: "260" },
  ],
  nonDomestic: [{ category: 22, fixedPerSqm: "3.10", variablePerSqm: "9.40" }],
  tefa: "5",
  accontoShare: "60",
  accontoDue: ["2024-06-18", "2024-10-18"],
  saldoDue: "2024-12-04",
  minimumPayment: "12",
};
const T2023: TariTariffs = {
  ...T2024,
  year: 2023,
  domestic: [
    { occupants: 1, fixedPerSqm: "0.68", variablePerYear: "58" },
    { occupants: 3, fixedPerSqm: "0.89", variablePerYear: "134" },
    { occupants: 6, fixedPerSqm: "1.10", variablePerYear: "252" },
  ],
  nonDomestic: [{ category: 22, fixedPerSqm: "3.00", variablePerSqm: "9.10" }],
};

const home = (more: Partial<TariAccount> = {}): TariAccount => ({ use: "domestic", occupants: 3, category: null, surface: Exact.of(80), from: "2024-01-01", to: "2024-12-31", reductions: [], ...more });
const c = (e: Exact) => centsText(e.cents());

describe("days of occupation", () => {
  it("counts both ends, clips to the year, knows leap years", () => {
    expect(daysOccupied(2024, "2024-01-01", "2024-12-31")).toBe(366);
    expect(daysOccupied(2023, "2023-01-01", "2023-12-31")).toBe(365);
    expect(daysOccupied(2024, "2024-03-01", "2024-12-31")).toBe(306);
    expect(daysOccupied(2024, "2022-05-01", "2099-12-31")).toBe(366);
    expect(daysOccupied(2024, "2025-01-01", "2025-12-31")).toBe(0);
  });
});

describe("TARI of one account", () => {
  it("a family of three in 80 m² all 2024: 0.92 × 80 + 138 = 211.60, TEFA 5 % = 10.58", () => {
    const r = accountTax(2024, home(), T2024);
    expect([c(r.fixed), c(r.variable), c(r.tari), c(r.tefa)]).toEqual(["73.60", "138.00", "211.60", "10.58"]);
  });
  it("moving in on 1 March 2024: 306 of 366 days → 211.60 × 306/366 = 176.91", () => {
    expect(c(accountTax(2024, home({ from: "2024-03-01" }), T2024).tari)).toBe("176.91");
  });
  it("seven people pay the 6-and-more tariff; a single person the 1-person one", () => {
    // 1.14 × 80 + 260 = 351.20; 0.70 × 80 + 60 = 116.00
    expect(c(accountTax(2024, home({ occupants: 7 }), T2024).tari)).toBe("351.20");
    expect(c(accountTax(2024, home({ occupants: 1 }), T2024).tari)).toBe("116.00");
  });
  it("a restaurant (category 22) of 120 m²: (3.10 + 9.40) × 120 = 1,500.00; with a 30 % reduction 1,050.00 and TEFA 52.50", () => {
    const shop: TariAccount = { use: "non_domestic", occupants: null, category: 22, surface: Exact.of(120), from: "2024-01-01", to: "2024-12-31", reductions: [] };
    expect(c(accountTax(2024, shop, T2024).tari)).toBe("1500.00");
    const reduced = accountTax(2024, { ...shop, reductions: [{ kind: "avvio_riciclo", percent: Exact.of(30) }] }, T2024);
    expect([c(reduced.tari), c(reduced.reduction), c(reduced.tefa)]).toEqual(["1050.00", "450.00", "52.50"]);
  });
  it("two reductions apply one after the other (20 % then 10 % = 28 % off)", () => {
    const r = accountTax(2024, home({ reductions: [{ kind: "a", percent: Exact.of(20) }, { kind: "b", percent: Exact.of(10) }] }), T2024);
    // 211.60 × 0.8 × 0.9 = 152.352 → 152.35
    expect(c(r.tari)).toBe("152.35");
  });
});

describe("the instalments (Seregno: 60 % on account at last year's tariffs in two, the balance in December)", () => {
  it("family of three: acconto 60 % of 205.20 (2023 tariffs) = 123.12 in 61.56 + 61.56; balance 211.60 − 123.12 = 88.48", () => {
    // 2023 tariffs: 0.89 × 80 + 134 = 205.20; TEFA 10.26 → 60 % = 6.156 → 6.16 → 3.08 + 3.08; TEFA balance 10.58 − 6.16 = 4.42.
    const r = computeTari(2024, [home()], T2024, T2023);
    expect(centsText(r.tari)).toBe("211.60");
    expect(r.instalments.map((i) => `${i.number} ${i.due} ${centsText(i.tari)} ${centsText(i.tefa)}`)).toEqual([
      "1 2024-06-18 61.56 3.08",
      "2 2024-10-18 61.56 3.08",
      "3 2024-12-04 88.48 4.42",
    ]);
    expect(r.instalments.reduce((s, i) => s + i.tari, 0n)).toBe(r.tari);
  });
  it("an odd cent goes to the first instalment", () => {
    // 1 person, 2023: 0.68 × 81 + 58 = 113.08 → 60 % = 67.848 → 67.85 → 33.93 + 33.92
    const r = computeTari(2024, [home({ occupants: 1, surface: Exact.of(81) })], T2024, T2023);
    expect(r.instalments.slice(0, 2).map((i) => centsText(i.tari))).toEqual(["33.93", "33.92"]);
  });
  it("F24 lines per instalment: 3944 and TEFA apart, rateazione NNRR, each rounded to the euro", () => {
    const r = computeTari(2024, [home()], T2024, T2023);
    expect(tariF24Lines(r.instalments[0]!, 3)).toEqual([
      { code: "3944", instalment: "0103", euros: 62n },
      { code: "TEFA", instalment: "0103", euros: 3n },
    ]);
    expect(tariF24Lines(r.instalments[2]!, 3)).toEqual([
      { code: "3944", instalment: "0303", euros: 88n },
      { code: "TEFA", instalment: "0303", euros: 4n },
    ]);
  });
  it("a tiny account below €12 owes nothing; tariffs lowered this year leave a credit instead of a negative balance", () => {
    const tiny = computeTari(2024, [home({ occupants: 1, surface: Exact.of(1), from: "2024-12-20" })], T2024, T2023);
    expect(tiny.belowMinimum).toBe(true);
    expect(tiny.instalments).toEqual([]);
    const cheaper: TariTariffs = { ...T2024, domestic: [{ occupants: 3, fixedPerSqm: "0.10", variablePerYear: "10" }] };
    // this year 0.10 × 80 + 10 = 18.00 (TEFA 0.90); on account 123.12 (TEFA 6.16): credit 105.12 + 5.26
    const r = computeTari(2024, [home()], cheaper, T2023);
    expect(r.instalments[2]).toMatchObject({ tari: 0n, tefa: 0n });
    expect(centsText(r.credit)).toBe("110.38");
  });
});
