/**
 * Ravvedimento operoso on cases worked by hand from tax-rules.md §7 (amounts in the comments).
 */
import { describe, expect, it } from "vitest";
import { centsText, Exact } from "~/domain/exact";
import { ravvedimento } from "~/domain/ravvedimento";

const r = (tax: string, due: string, paidOn: string, declarationDeadline = `${Number(due.slice(0, 4)) + 1}-06-30`) => ravvedimento({ tax: Exact.decimal(tax), due, paidOn, declarationDeadline })!;
const money = (x: ReturnType<typeof r>) => [centsText(x.sanction), centsText(x.interest), centsText(x.total)];

describe("ravvedimento operoso", () => {
  it("nothing when paid on time", () => {
    expect(ravvedimento({ tax: Exact.of(100), due: "2025-12-16", paidOn: "2025-12-16", declarationDeadline: "2026-06-30" })).toBeNull();
  });

  it("the 2025 IMU balance of 691.00 paid 20 days late (new regime): 1.25 % = 8.64; interest 15 days at 2 % + 5 days at 1.6 % = 0.72", () => {
    // 691 × 0.02 × 15/365 = 0.567945…; 691 × 0.016 × 5/365 = 0.151452…; together 0.719397… → 0.72
    const x = r("691", "2025-12-16", "2026-01-05");
    expect(x).toMatchObject({ days: 20, regime: "from_2024_09", band: "within_30" });
    expect(money(x)).toEqual(["8.64", "0.72", "700.36"]);
    expect(x.interestByYear.map((y) => `${y.year}:${y.days}@${y.rate}`)).toEqual(["2025:15@2", "2026:5@1.6"]);
  });

  it("10 days late: 0.1 % a day before 1 September 2024, 0.0833 % a day from then", () => {
    // old: 1,000 × 1 % = 10.00; new: 1,000 × 12.5 %/150 × 10 = 8.333… → 8.33; interest 1,000 × 2.5 % × 10/365 = 0.684… → 0.68
    expect(money(r("1000", "2024-06-17", "2024-06-27"))).toEqual(["10.00", "0.68", "1010.68"]);
    expect(r("1000", "2024-06-17", "2024-06-27").regime).toBe("before_2024_09");
    expect(money(r("1000", "2024-12-16", "2024-12-26"))).toEqual(["8.33", "0.68", "1009.01"]);
  });

  it("the day bands: 14 days daily, 15 a tenth, 90 a ninth, 91 an eighth of the full rate", () => {
    // new regime: 14 days 12.5 %/150 × 14 = 1.1667 %; 15 → 1.25 %; 90 → 1.3889 %; 91 → 3.125 %
    expect(centsText(r("1000", "2024-12-16", "2024-12-30").sanction)).toBe("11.67");
    expect(centsText(r("1000", "2024-12-16", "2024-12-31").sanction)).toBe("12.50");
    expect(r("1000", "2024-12-16", "2025-03-16")).toMatchObject({ days: 90, band: "within_90" });
    expect(centsText(r("1000", "2024-12-16", "2025-03-16").sanction)).toBe("13.89");
    expect(r("1000", "2024-12-16", "2025-03-17")).toMatchObject({ days: 91, band: "within_declaration" });
    expect(centsText(r("1000", "2024-12-16", "2025-03-17").sanction)).toBe("31.25");
  });

  it("interest split by calendar year: 60 days from 16 December 2024 = 15 days at 2.5 % and 45 at 2 %", () => {
    // 1,000 × 0.025 × 15/365 = 1.027397…; 1,000 × 0.02 × 45/365 = 2.465753…; 3.493150… → 3.49
    const x = r("1000", "2024-12-16", "2025-02-14");
    expect(x.interestByYear.map((y) => [y.year, y.days])).toEqual([
      [2024, 15],
      [2025, 45],
    ]);
    expect(centsText(x.interest)).toBe("3.49");
  });

  it("after the declaration deadline: a seventh of 25 % (new); old regime a seventh within two years, a sixth beyond", () => {
    // new: 1,000 × 25 %/7 = 35.714… → 35.71; old within 2 years: 30 %/7 = 42.857… → 42.86; beyond: 30 %/6 = 50.00
    expect(r("1000", "2024-12-16", "2025-07-01")).toMatchObject({ band: "within_two_years" });
    expect(centsText(r("1000", "2024-12-16", "2025-07-01").sanction)).toBe("35.71");
    expect(centsText(r("1000", "2023-06-16", "2024-07-01").sanction)).toBe("42.86");
    expect(r("1000", "2022-12-16", "2025-01-10")).toMatchObject({ band: "later" });
    expect(centsText(r("1000", "2022-12-16", "2025-01-10").sanction)).toBe("50.00");
  });

  it("refuses to guess a year without a legal interest rate", () => {
    expect(() => r("100", "2026-12-16", "2027-01-10")).toThrow(/2027/);
  });
});
