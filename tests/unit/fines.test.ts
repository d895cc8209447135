/**
 * Traffic fines (art. 202-203 CdS) on cases worked by hand; the calendar of each date is in the comment.
 */
import { describe, expect, it } from "vitest";
import { centsText } from "~/domain/exact";
import { fineBands, fineDueOn, normalizePlate, normalizeReportNumber, paymentSettles, termEnd, type FineTerms } from "~/domain/fines";

// Parking (art. 7 c.14 CdS): minimum 42.00, maximum 173.00; 15.40 of notification costs.
const PARKING: FineTerms = { minimum: "42.00", maximum: "173.00", costs: "15.40", notifiedOn: "2026-11-24", noReduction: false };

const view = (b: { key: string; until: string | null; sanction: bigint; costs: bigint; total: bigint }) => ({ key: b.key, until: b.until, sanction: centsText(b.sanction), costs: centsText(b.costs), total: centsText(b.total) });

describe("term ends", () => {
  it("counts from the day after the notification: the 5th day after is still in time", () => {
    // Notified Wed 2026-11-18: days 19, 20, 21, 22, 23 → Mon 2026-11-23.
    expect(termEnd("2026-11-18", 5)).toBe("2026-11-23");
  });
  it("moves a term ending on a Sunday to the Monday", () => {
    // Notified Tue 2026-11-24: +5 = Sun 2026-11-29 → Mon 2026-11-30.
    expect(termEnd("2026-11-24", 5)).toBe("2026-11-30");
  });
  it("does not move a term ending on a plain Saturday", () => {
    // Notified Tue 2026-11-24: +60 = 6 (to 30/11) + 31 (December) + 23 = Sat 2027-01-23.
    expect(termEnd("2026-11-24", 60)).toBe("2027-01-23");
  });
  it("moves a term ending on a holiday, and past a Sunday that follows it", () => {
    // Notified Thu 2026-12-03: +5 = Tue 2026-12-08 (Immacolata) → Wed 2026-12-09.
    expect(termEnd("2026-12-03", 5)).toBe("2026-12-09");
    // Notified Mon 2026-12-21: +5 = Sat 2026-12-26 (Santo Stefano) → Sun 27 → Mon 2026-12-28.
    expect(termEnd("2026-12-21", 5)).toBe("2026-12-28");
  });
  it("matches the published 2018 examples (momentoitalia.it): Sunday counted inside, Saturday kept, Christmas and St Stephen skipped", () => {
    expect(termEnd("2018-12-14", 5)).toBe("2018-12-19");
    expect(termEnd("2018-12-17", 5)).toBe("2018-12-22");
    expect(termEnd("2018-12-20", 5)).toBe("2018-12-27");
  });
  it("moves a term ending on the comune's own holiday", () => {
    // Notified Fri 2026-11-20: +5 = Wed 2026-11-25; with a patron saint on 25/11 → Thu 2026-11-26.
    expect(termEnd("2026-11-20", 5, [{ month: 11, day: 25 }])).toBe("2026-11-26");
  });
});

describe("the bands of a fine", () => {
  it("parking 42.00–173.00 + 15.40 costs: 29.40 + 15.40, then 57.40, then 86.50 + 15.40", () => {
    expect(fineBands(PARKING).map(view)).toEqual([
      { key: "reduced", until: "2026-11-30", sanction: "29.40", costs: "15.40", total: "44.80" },
      { key: "minimum", until: "2027-01-23", sanction: "42.00", costs: "15.40", total: "57.40" },
      { key: "half_maximum", until: null, sanction: "86.50", costs: "15.40", total: "101.90" },
    ]);
  });

  it("a violation with confiscation or revocation is never reduced", () => {
    const terms: FineTerms = { minimum: "866.00", maximum: "3464.00", costs: "15.40", notifiedOn: "2026-11-24", noReduction: true };
    expect(fineBands(terms).map(view)).toEqual([
      { key: "minimum", until: "2027-01-23", sanction: "866.00", costs: "15.40", total: "881.40" },
      { key: "half_maximum", until: null, sanction: "1732.00", costs: "15.40", total: "1747.40" },
    ]);
    const due = fineDueOn(terms, "2026-11-25");
    expect(due.current.key).toBe("minimum");
    expect(centsText(due.current.total)).toBe("881.40");
  });

  it("rounds each sanction to the cent, half up, and never the costs by 30%", () => {
    // 25.01 × 0.7 = 17.507 → 17.51; 347.01 / 2 = 173.505 → 173.51; costs 9.99 whole in every band.
    const terms: FineTerms = { minimum: "25.01", maximum: "347.01", costs: "9.99", notifiedOn: "2026-11-24", noReduction: false };
    expect(fineBands(terms).map((b) => [centsText(b.sanction), centsText(b.total)])).toEqual([
      ["17.51", "27.50"],
      ["25.01", "35.00"],
      ["173.51", "183.50"],
    ]);
  });
});

describe("the amount due on a day", () => {
  it("the notification day and the 5th day (moved to Monday) are in the reduced band", () => {
    for (const day of ["2026-11-24", "2026-11-27", "2026-11-29", "2026-11-30"]) {
      const due = fineDueOn(PARKING, day);
      expect(due.current.key, day).toBe("reduced");
      expect(centsText(due.current.total)).toBe("44.80");
      expect(due.next?.key).toBe("minimum");
      expect(centsText(due.next!.total)).toBe("57.40");
    }
  });
  it("the day after the reduced band pays the minimum until the 60th day", () => {
    expect(fineDueOn(PARKING, "2026-12-01").current.key).toBe("minimum");
    expect(fineDueOn(PARKING, "2027-01-23").current.key).toBe("minimum");
  });
  it("after 60 days: half the maximum plus costs, and no band after it", () => {
    const due = fineDueOn(PARKING, "2027-01-24");
    expect(due.current.key).toBe("half_maximum");
    expect(centsText(due.current.total)).toBe("101.90");
    expect(due.next).toBeNull();
  });
});

describe("whether a payment closes the fine", () => {
  it("a notice paid by its own due day settles the fine, whatever the day's band", () => {
    // The reduced notice (44.80, due Mon 30/11) paid on Monday.
    expect(paymentSettles(PARKING, { payDay: "2026-11-30", noticeDueOn: "2026-11-30", paidTotalCents: 4480n })).toBe(true);
  });
  it("paid after its due day, it closes the fine only when all paid reaches that day's band", () => {
    // Paid Tue 1/12: the minimum band asks 57.40.
    expect(paymentSettles(PARKING, { payDay: "2026-12-01", noticeDueOn: "2026-11-30", paidTotalCents: 4480n })).toBe(false);
    expect(paymentSettles(PARKING, { payDay: "2026-12-01", noticeDueOn: "2026-11-30", paidTotalCents: 5740n })).toBe(true);
    // After 60 days (Sun 24/01/2027 is past the Saturday 23/01 end): 101.90.
    expect(paymentSettles(PARKING, { payDay: "2027-01-24", noticeDueOn: "2027-01-23", paidTotalCents: 5740n })).toBe(false);
    expect(paymentSettles(PARKING, { payDay: "2027-01-24", noticeDueOn: "2027-01-23", paidTotalCents: 10190n })).toBe(true);
  });
});

describe("normalising what is typed", () => {
  it("plates and report numbers: capitals, no spaces", () => {
    expect(normalizePlate(" ab 123-cd ")).toBe("AB123CD");
    expect(normalizeReportNumber(" v 2026/001234 ")).toBe("V2026/001234");
  });
});
