/**
 * The plan's pure rules on cases worked by hand: current status, status counts, late milestones,
 * the measurement that counts for a year, progress against value / done / trend targets.
 */
import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, currentStatus, decimalText, lateMilestones, milestoneState, milestoneSummary, progressAgainstTarget, statusCounts, valueForYear } from "~/domain/plan";

describe("objective status", () => {
  it("is 'not started' while nobody has recorded one, else the newest row", () => {
    expect(currentStatus([])).toBe("not_started");
    expect(currentStatus([{ status: "at_risk" }, { status: "on_track" }])).toBe("at_risk");
  });
  it("counts every status, zeros included", () => {
    expect(statusCounts(["on_track", "late", "on_track", "done"])).toEqual({ not_started: 0, on_track: 2, at_risk: 0, late: 1, done: 1 });
    expect(statusCounts([])).toEqual({ not_started: 0, on_track: 0, at_risk: 0, late: 0, done: 0 });
  });
});

describe("milestones", () => {
  const due = { due_on: "2024-12-31", done_on: null };
  it("is still due on its due date and late the day after", () => {
    expect(milestoneState(due, "2024-12-31")).toBe("due");
    expect(milestoneState(due, "2025-01-01")).toBe("late");
  });
  it("is done once it has a done date, even after the due date", () => {
    expect(milestoneState({ due_on: "2024-12-31", done_on: "2025-03-02" }, "2026-11-27")).toBe("done");
  });
  it("lists the late ones and sums up per state", () => {
    const ms = [
      { code: "A", due_on: "2024-12-31", done_on: null },
      { code: "B", due_on: "2026-12-31", done_on: null },
      { code: "C", due_on: "2023-06-30", done_on: "2023-06-01" },
      { code: "D", due_on: "2026-11-26", done_on: null },
    ];
    expect(lateMilestones(ms, "2026-11-27").map((m) => m.code)).toEqual(["A", "D"]);
    expect(milestoneSummary(ms, "2026-11-27")).toEqual({ total: 4, done: 1, late: 2, due: 1 });
  });
});

describe("the measurement that counts for a year", () => {
  const updates = [
    { id: 1, measured_on: "2022-06-30", measured_value: "100" },
    { id: 2, measured_on: "2023-12-31", measured_value: "250" },
    { id: 3, measured_on: "2024-01-15", measured_value: "300" },
    { id: 4, measured_on: "2023-12-31", measured_value: "260" },
  ];
  it("is the latest measured by 31 December; on the same day the later record wins", () => {
    expect(valueForYear(updates, 2022)?.measured_value).toBe("100");
    expect(valueForYear(updates, 2023)?.measured_value).toBe("260");
    expect(valueForYear(updates, 2024)?.measured_value).toBe("300");
  });
  it("is none before the first measurement", () => {
    expect(valueForYear(updates, 2021)).toBeNull();
    expect(valueForYear([], 2024)).toBeNull();
  });
});

describe("progress against a target", () => {
  const phones = { direction: "increase" as const, baseline_value: "0" };
  const about400 = { target_type: "value" as const, value: "400" };
  it("says there is no measurement when nothing is published", () => {
    expect(progressAgainstTarget(phones, about400, null)).toEqual({ state: "no_measurement", percent: null });
  });
  it("gives the share of the way from the baseline: 300 of 400 phones is 75 %", () => {
    expect(progressAgainstTarget(phones, about400, "300")).toEqual({ state: "not_reached", percent: 75 });
  });
  it("rounds half a percent up: 2 of 3 rooms is 67 %, 1 of 8 is 13 % (12.5)", () => {
    const rooms = { target_type: "value" as const, value: "3" };
    expect(progressAgainstTarget(phones, rooms, "2").percent).toBe(67);
    expect(progressAgainstTarget(phones, { target_type: "value", value: "8" }, "1").percent).toBe(13);
  });
  it("caps at 100 % once the target is passed, and counts exactly in decimals", () => {
    expect(progressAgainstTarget(phones, about400, "412")).toEqual({ state: "reached", percent: 100 });
    // 0.1 + 0.2 read as text is exactly 0.3: reached, not 99 %.
    expect(progressAgainstTarget({ direction: "increase", baseline_value: "0.1" }, { target_type: "value", value: "0.3" }, "0.3")).toEqual({ state: "reached", percent: 100 });
  });
  it("counts from 0 when a count has no baseline", () => {
    expect(progressAgainstTarget({ direction: "increase", baseline_value: null }, { target_type: "value", value: "12" }, "3")).toEqual({ state: "not_reached", percent: 25 });
  });
  it("reads a lower-is-better target the other way: from 20 days down to 10, 14 is 60 %", () => {
    const days = { direction: "decrease" as const, baseline_value: "20" };
    expect(progressAgainstTarget(days, { target_type: "value", value: "10" }, "14")).toEqual({ state: "not_reached", percent: 60 });
    expect(progressAgainstTarget(days, { target_type: "value", value: "10" }, "9.5")).toEqual({ state: "reached", percent: 100 });
  });
  it("keeps a 'reach' target (1 Gb maintained) reached at the baseline and lost below it", () => {
    const fibre = { direction: "reach" as const, baseline_value: "1" };
    expect(progressAgainstTarget(fibre, { target_type: "value", value: "1" }, "1")).toEqual({ state: "reached", percent: 100 });
    expect(progressAgainstTarget(fibre, { target_type: "value", value: "1" }, "0.5")).toEqual({ state: "not_reached", percent: 0 });
  });
  it("reads a done target as 1 = done, 0 = not yet", () => {
    const done = { target_type: "done" as const, value: null };
    const m = { direction: "reach" as const, baseline_value: "0" };
    expect(progressAgainstTarget(m, done, "1")).toEqual({ state: "reached", percent: 100 });
    expect(progressAgainstTarget(m, done, "0")).toEqual({ state: "not_reached", percent: 0 });
  });
  it("judges a trend against the baseline in the indicator's direction, and not without one", () => {
    const trend = { target_type: "trend" as const, value: null };
    expect(progressAgainstTarget({ direction: "decrease", baseline_value: "12" }, trend, "7")).toEqual({ state: "reached", percent: null });
    expect(progressAgainstTarget({ direction: "decrease", baseline_value: "12" }, trend, "12")).toEqual({ state: "not_reached", percent: null });
    expect(progressAgainstTarget({ direction: "increase", baseline_value: "40" }, trend, "41")).toEqual({ state: "reached", percent: null });
    expect(progressAgainstTarget({ direction: "increase", baseline_value: null }, trend, "41")).toEqual({ state: "no_baseline", percent: null });
  });
});

describe("open data text", () => {
  it("quotes every CSV field, doubles quotes and defuses formulas", () => {
    expect(csvCell('il "printer code"')).toBe('"il ""printer code"""');
    expect(csvCell("=SUM(A1)")).toBe(`"'=SUM(A1)"`);
    expect(csvCell("-3")).toBe(`"'-3"`);
    expect(csvCell(null)).toBe('""');
    expect(csvCell(2024)).toBe('"2024"');
  });
  it("writes a BOM, semicolons and CRLF lines", () => {
    expect(csvDocument([["codice", "nome"], ["OB-01", "Fonia; fibra"]])).toBe('\uFEFF"codice";"nome"\r\n"OB-01";"Fonia; fibra"\r\n');
  });
  it("writes decimals with a comma in Italian, a dot in English", () => {
    expect(decimalText("0.5", "it")).toBe("0,5");
    expect(decimalText("0.5", "en")).toBe("0.5");
    expect(decimalText("400", "it")).toBe("400");
  });
});
