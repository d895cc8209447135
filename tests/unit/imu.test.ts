/**
 * The IMU engine on worked cases computed by hand from the rules (../shared/design/tax-rules.md §1-2),
 * with Seregno's rates: 2023-2025 everything else 1.02 % (group D: 0.76 State + 0.26 comune), main
 * residence A/1-A/8-A/9 0.6 % with €200, ALER 0.4 %, agreed rent 0.76 % × 75 %, rural 0 %;
 * 2026 everything else 1.06 %. Each expected figure is worked out in the comment above it.
 */
import { describe, expect, it } from "vitest";
import { apportion, centsText, Exact } from "~/domain/exact";
import { categoryMultiplier, computeImu, type ImuProperty, type ImuRates, monthsHeld } from "~/domain/imu";

const R2024: ImuRates = {
  year: 2024,
  mainResidence: "0.6",
  deduction: "200",
  socialHousing: "0.4",
  agreedRent: "0.76",
  ruralInstrumental: "0",
  land: "1.02",
  buildingLand: "1.02",
  groupD: "1.02",
  other: "1.02",
  minimumPayment: "12",
};
const R2023: ImuRates = { ...R2024, year: 2023 };
const R2025: ImuRates = { ...R2024, year: 2025 };
const R2026: ImuRates = { ...R2024, year: 2026, land: "1.06", buildingLand: "1.06", groupD: "1.06", other: "1.06" };

function building(category: string, rendita: string, more: Partial<ImuProperty> = {}, year = 2024): ImuProperty {
  return {
    kind: "fabbricato",
    category,
    rendita: Exact.decimal(rendita),
    redditoDominicale: null,
    valoreVenale: null,
    share: Exact.of(100),
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    mainResidence: false,
    reduction: null,
    agreedRent: false,
    socialHousing: false,
    ...more,
  };
}

const cents = (e: Exact) => centsText(e.cents());
const line = (r: ReturnType<typeof computeImu>) => r.lines.map((l) => `${l.code} ${l.acconto}/${l.saldo} n${l.properties}`);

describe("exact amounts and F24 rounding", () => {
  it("rounds to the cent half up, then to the euro with 49 cents down and 50 up", () => {
    expect(Exact.decimal("176.715").cents()).toBe(17672n);
    expect(Exact.decimal("728.49").euros()).toBe(728n);
    expect(Exact.decimal("728.50").euros()).toBe(729n);
    expect(Exact.decimal("728.495").euros()).toBe(729n); // 728.50 after the cent
    expect(Exact.decimal(0.1).add(Exact.decimal(0.2)).cmp(Exact.decimal("0.3"))).toBe(0);
    expect(centsText(-40n)).toBe("-0.40");
  });
});

describe("apportion", () => {
  it("splits cents in proportion and always adds up", () => {
    // 24.68 over lines of 353 and 338: 1260.78… and 1207.21… → 1260 + 1207 = 2467, the cent left goes to the larger remainder.
    expect(apportion(2468n, [35300n, 33800n])).toEqual([1261n, 1207n]);
    expect(apportion(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(apportion(0n, [5n, 7n])).toEqual([0n, 0n]);
    expect(apportion(999n, [0n, 0n])).toEqual([0n, 0n]);
    expect(apportion(7n, [0n, 10n])).toEqual([0n, 7n]);
  });
});

describe("category multipliers (c.745)", () => {
  it.each([
    ["A/2", 160],
    ["A/10", 80],
    ["B/1", 140],
    ["C/1", 55],
    ["C/2", 160],
    ["C/6", 160],
    ["C/7", 160],
    ["C/3", 140],
    ["C/5", 140],
    ["D/1", 65],
    ["D/5", 80],
    ["E/1", null],
    ["F/2", null],
  ])("%s → %s", (category, multiplier) => {
    expect(categoryMultiplier(category)).toBe(multiplier);
  });
});

describe("months held (c.761)", () => {
  it("a transfer on 16 March gives March to the buyer (16 days against 15), on 17 March to the seller", () => {
    expect(monthsHeld(2024, "2024-03-16", "2024-12-31")).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthsHeld(2024, "2024-01-01", "2024-03-15")).toEqual([1, 2]);
    expect(monthsHeld(2024, "2024-03-17", "2024-12-31")).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthsHeld(2024, "2024-01-01", "2024-03-16")).toEqual([1, 2, 3]);
  });
  it("on a tie (14 days of 28 on 15 February 2023; 15 of 30 on 16 April) the buyer takes the month, the seller does not", () => {
    expect(monthsHeld(2023, "2023-02-15", "2023-12-31")[0]).toBe(2);
    expect(monthsHeld(2023, "2023-01-01", "2023-02-14")).toEqual([1]);
    expect(monthsHeld(2024, "2024-04-16", "2024-12-31")[0]).toBe(4);
    expect(monthsHeld(2024, "2024-01-01", "2024-04-15")).toEqual([1, 2, 3]);
    // 2024 is a leap year: 15 February leaves the buyer 15 days of 29 — more than half.
    expect(monthsHeld(2024, "2024-02-15", "2024-12-31")[0]).toBe(2);
    expect(monthsHeld(2024, "2024-01-01", "2024-02-14")).toEqual([1]);
  });
  it("every month of the year once between a seller and a buyer", () => {
    for (const day of ["2024-05-01", "2024-05-15", "2024-05-16", "2024-05-17", "2024-06-15", "2024-06-16", "2024-12-31"]) {
      const before = new Date(Date.parse(day) - 86_400_000).toISOString().slice(0, 10);
      const total = monthsHeld(2024, "2024-01-01", before).length + monthsHeld(2024, day, "2024-12-31").length;
      expect(total, day).toBe(12);
    }
  });
});

describe("IMU of one taxpayer", () => {
  it("a second home A/2 (rendita 850) all 2024: base 142,800, tax 1,456.56, F24 728 + 729 on 3918", () => {
    // 850 × 1.05 × 160 = 142,800; × 1.02 % = 1,456.56; acconto 6/12 at 2023's 1.02 % = 728.28 → 728;
    // saldo = euro(1,456.56 − 728) = euro(728.56) = 729.
    const r = computeImu(2024, [building("A/2", "850")], R2024, R2023);
    expect(cents(r.properties[0]!.base)).toBe("142800.00");
    expect(cents(r.properties[0]!.annual)).toBe("1456.56");
    expect(r.properties[0]!.months).toBe(12);
    expect(r.properties[0]!.firstHalfMonths).toBe(6);
    expect(line(r)).toEqual(["3918 728/729 n1"]);
    expect(centsText(r.totalCents)).toBe("1456.56");
    expect(r.acconto + r.saldo).toBe(1457n);
  });

  it("the acconto uses last year's rate: the same home in 2026 (1.06 %) after 2025 (1.02 %)", () => {
    // annual 142,800 × 1.06 % = 1,513.68; acconto 142,800 × 1.02 % / 2 = 728.28 → 728; saldo euro(785.68) = 786.
    const r = computeImu(2026, [building("A/2", "850", {}, 2026)], R2026, R2025);
    expect(cents(r.properties[0]!.annual)).toBe("1513.68");
    expect(cents(r.properties[0]!.acconto)).toBe("728.28");
    expect(line(r)).toEqual(["3918 728/786 n1"]);
  });

  it("a home bought on 16 March 2024: 10 months, 4 of them in the first half", () => {
    // 142,800 × 1.02 % × 10/12 = 1,213.80; acconto 142,800 × 1.02 % × 4/12 = 485.52 → 486; saldo euro(727.80) = 728.
    const r = computeImu(2024, [building("A/2", "850", { from: "2024-03-16" })], R2024, R2023);
    expect(r.properties[0]!.months).toBe(10);
    expect(r.properties[0]!.firstHalfMonths).toBe(4);
    expect(cents(r.properties[0]!.annual)).toBe("1213.80");
    expect(line(r)).toEqual(["3918 486/728 n1"]);
  });

  it("a shop C/1 held 50 % (rendita 1,200): base 69,300, tax 353.43; acconto 176.715 → 176.72 → 177", () => {
    const r = computeImu(2024, [building("C/1", "1200", { share: Exact.of(50) })], R2024, R2023);
    expect(cents(r.properties[0]!.base)).toBe("69300.00");
    expect(cents(r.properties[0]!.annual)).toBe("353.43");
    expect(line(r)).toEqual(["3918 177/176 n1"]);
  });

  it("group D (D/1, rendita 10,000): 0.76 % to the State on 3925, the other 0.26 % to the comune on 3930, each line rounded", () => {
    // base 682,500; State 5,187.00 (acconto 2,593.50 → 2,594, saldo 2,593); comune 1,774.50 (acconto 887.25 → 887, saldo euro(887.50) = 888).
    const r = computeImu(2024, [building("D/1", "10000")], R2024, R2023);
    expect(cents(r.properties[0]!.annual)).toBe("6961.50");
    expect(r.properties[0]!.parts.map((p) => `${p.code} ${cents(p.annual)}`)).toEqual(["3925 5187.00", "3930 1774.50"]);
    expect(line(r)).toEqual(["3925 2594/2593 n1", "3930 887/888 n1"]);
  });

  it("a rural building for farming use (D/10) at Seregno's 0 % owes nothing", () => {
    const r = computeImu(2024, [building("D/10", "3000")], R2024, R2023);
    expect(r.properties[0]!.treatment.kind).toBe("rural");
    expect(r.totalCents).toBe(0n);
    expect(r.lines).toEqual([]);
  });

  it("the main residence A/2 and one garage C/6 are exempt; a second garage C/6 is taxed as any other building", () => {
    // second garage: 100 × 1.05 × 160 = 16,800 × 1.02 % = 171.36; acconto 85.68 → 86; saldo euro(85.36) = 85.
    const r = computeImu(2024, [building("A/2", "850", { mainResidence: true }), building("C/6", "90", { mainResidence: true }), building("C/6", "100", { mainResidence: true })], R2024, R2023);
    expect(r.properties.map((p) => p.treatment.kind)).toEqual(["exempt", "exempt", "other"]);
    expect(cents(r.properties[2]!.annual)).toBe("171.36");
    expect(line(r)).toEqual(["3918 86/85 n1"]);
  });

  it("a main residence A/8 (rendita 2,000) pays 0.6 % less €200: 1,816.00 on 3912, 908 + 908", () => {
    // base 336,000 × 0.6 % = 2,016.00 − 200 = 1,816.00; acconto 1,008.00 − 100 = 908.00.
    const r = computeImu(2024, [building("A/8", "2000", { mainResidence: true })], R2024, R2023);
    expect(cents(r.properties[0]!.annual)).toBe("1816.00");
    expect(cents(r.properties[0]!.deduction)).toBe("200.00");
    expect(line(r)).toEqual(["3912 908/908 n1"]);
  });

  it("held 50 %, the A/8 gets half the deduction; held 7 months, 7/12 of it", () => {
    // 50 %: 1,008.00 − 100 = 908.00. 7 months (from 1 June): 336,000 × 0.6 % × 7/12 = 1,176.00 − 200 × 7/12 (116.67) = 1,059.33.
    expect(cents(computeImu(2024, [building("A/8", "2000", { mainResidence: true, share: Exact.of(50) })], R2024, R2023).properties[0]!.annual)).toBe("908.00");
    const r = computeImu(2024, [building("A/8", "2000", { mainResidence: true, from: "2024-06-01" })], R2024, R2023);
    expect(r.properties[0]!.months).toBe(7);
    expect(cents(r.properties[0]!.annual)).toBe("1059.33");
  });

  it("what the home's tax cannot absorb of the deduction goes to its pertinenza", () => {
    // A/9 rendita 100: 16,800 × 0.6 % = 100.80, all deducted, 99.20 left; its C/6 (rendita 200): 201.60 − 99.20 = 102.40.
    // June: 50.40 − 100 → 0 with 49.60 left; C/6 100.80 − 49.60 = 51.20 → 51; saldo euro(102.40 − 51) = 51.
    const r = computeImu(2024, [building("A/9", "100", { mainResidence: true }), building("C/6", "200", { mainResidence: true })], R2024, R2023);
    expect(r.properties.map((p) => cents(p.annual))).toEqual(["0.00", "102.40"]);
    expect(line(r)).toEqual(["3912 51/51 n1"]);
  });

  it("the 50 % reductions (comodato, unfit, historic) halve the base", () => {
    // A/3 rendita 600: 100,800 / 2 = 50,400 × 1.02 % = 514.08.
    for (const reduction of ["comodato", "inagibile", "storico"] as const) {
      const r = computeImu(2024, [building("A/3", "600", { reduction })], R2024, R2023);
      expect(cents(r.properties[0]!.base), reduction).toBe("50400.00");
      expect(cents(r.properties[0]!.annual), reduction).toBe("514.08");
    }
  });

  it("agreed rent pays 75 % of Seregno's 0.76 %; an ALER dwelling 0.4 % less the €200 deduction", () => {
    // 100,800 × 0.76 % × 75 % = 574.56; 100,800 × 0.4 % = 403.20 − 200 = 203.20.
    expect(cents(computeImu(2024, [building("A/3", "600", { agreedRent: true })], R2024, R2023).properties[0]!.annual)).toBe("574.56");
    expect(cents(computeImu(2024, [building("A/3", "600", { socialHousing: true })], R2024, R2023).properties[0]!.annual)).toBe("203.20");
  });

  it("agricultural land (reddito dominicale 100) and building land (value 50,000) on their own codes", () => {
    // land: 100 × 1.25 × 135 = 16,875 × 1.02 % = 172.125 → 172.13; area: 50,000 × 1.02 % = 510.00.
    const land: ImuProperty = { ...building("A/2", "0"), kind: "terreno", category: null, rendita: null, redditoDominicale: Exact.of(100) };
    const area: ImuProperty = { ...building("A/2", "0"), kind: "area_fabbricabile", category: null, rendita: null, valoreVenale: Exact.of(50_000) };
    const r = computeImu(2024, [land, area], R2024, R2023);
    expect(r.properties.map((p) => cents(p.annual))).toEqual(["172.13", "510.00"]);
    expect(r.lines.map((l) => l.code)).toEqual(["3914", "3916"]);
  });

  it("several properties on the same code make one F24 line, rounded once, with their count", () => {
    // 1,456.56 + 171.36 = 1,627.92; acconto 728.28 + 85.68 = 813.96 → 814; saldo euro(1,627.92 − 814) = 814.
    const r = computeImu(2024, [building("A/2", "850"), building("C/6", "100")], R2024, R2023);
    expect(line(r)).toEqual(["3918 814/814 n2"]);
  });

  it("below the €12 minimum nothing is paid", () => {
    // C/6 rendita 5: 840 × 1.02 % = 8.57.
    const r = computeImu(2024, [building("C/6", "5")], R2024, R2023);
    expect(centsText(r.totalCents)).toBe("8.57");
    expect(r.belowMinimum).toBe(true);
    expect(r.lines).toEqual([]);
    expect(r.acconto + r.saldo).toBe(0n);
  });

  it("an acconto at a higher previous rate than this year's leaves a credit, not a negative saldo", () => {
    const lower: ImuRates = { ...R2024, other: "0.50" };
    // annual 142,800 × 0.5 % = 714.00; acconto 728.28 → 728; 714 − 728 = −14 credit.
    const r = computeImu(2024, [building("A/2", "850")], lower, R2023);
    expect(line(r)).toEqual(["3918 728/0 n1"]);
    expect(centsText(r.creditCents)).toBe("14.00");
  });
});
