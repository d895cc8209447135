/**
 * A dashboard's numbers on a small plan worked by hand: outcomes per year (only indicators with a
 * target that year count), objectives per status, milestones done / late / due on a day and the late
 * ones in order, the facts the CSV lists, and a part of the plan with nothing in it.
 */
import { describe, expect, it } from "vitest";
import { dashboardFacts, type DashboardObjectiveInput, planDashboard, sharePercent } from "~/domain/plan-dashboard";

const reached = (percent: number | null = 100) => ({ state: "reached" as const, percent });
const notReached = (percent: number | null) => ({ state: "not_reached" as const, percent });
const none = { state: "no_measurement" as const, percent: null };

const OBJECTIVES: DashboardObjectiveInput[] = [
  {
    code: "OB-01",
    title: "Fibra",
    status: "on_track",
    milestones: [
      { code: "OB-01.M1", title: "Collaudo", dueOn: "2023-12-31", doneOn: "2023-11-02" },
      { code: "OB-01.M2", title: "Centralino", dueOn: "2024-12-31", doneOn: null },
    ],
    indicators: [
      { code: "OB-01.I1", name: "Sedi collegate", targets: [{ year: 2022, progress: notReached(40) }, { year: 2023, progress: reached() }, { year: 2024, progress: reached() }] },
      // No target in 2022: it does not count for that year.
      { code: "OB-01.I2", name: "Telefoni", targets: [{ year: 2023, progress: notReached(50) }, { year: 2024, progress: none }] },
    ],
  },
  {
    code: "OB-02",
    title: "Sportello",
    status: "late",
    milestones: [
      { code: "OB-02.M1", title: "Avvio", dueOn: "2022-06-30", doneOn: null },
      { code: "OB-02.M2", title: "Pagamenti", dueOn: "2026-12-31", doneOn: null },
    ],
    indicators: [{ code: "OB-02.I1", name: "Soddisfazione", targets: [{ year: 2024, progress: { state: "no_baseline", percent: null } }] }],
  },
  { code: "OB-03", title: "Sale", status: "on_track", milestones: [], indicators: [] },
];

describe("plan dashboard", () => {
  const d = planDashboard(OBJECTIVES, [2022, 2023, 2024], "2025-01-15");

  it("counts each year's outcomes among the indicators with a target that year", () => {
    expect(d.indicators).toBe(3);
    expect(d.progress).toEqual([
      { year: 2022, total: 1, counts: { reached: 0, not_reached: 1, no_measurement: 0, no_baseline: 0 } },
      { year: 2023, total: 2, counts: { reached: 1, not_reached: 1, no_measurement: 0, no_baseline: 0 } },
      { year: 2024, total: 3, counts: { reached: 1, not_reached: 0, no_measurement: 1, no_baseline: 1 } },
    ]);
    expect(d.indicatorProgress.find((i) => i.code === "OB-01.I2")!.years).toEqual([
      { year: 2022, state: "no_target", percent: null },
      { year: 2023, state: "not_reached", percent: 50 },
      { year: 2024, state: "no_measurement", percent: null },
    ]);
    expect(d.indicatorProgress.map((i) => i.objectiveCode)).toEqual(["OB-01", "OB-01", "OB-02"]);
  });

  it("counts objectives per status, every status present", () => {
    expect(d.objectives).toBe(3);
    expect(d.statuses).toEqual({ not_started: 0, on_track: 2, at_risk: 0, late: 1, done: 0 });
  });

  it("lists the milestones late on the day, the longest overdue first", () => {
    expect(d.milestones).toEqual({ total: 4, done: 1, late: 2, due: 1 });
    expect(d.lateMilestones).toEqual([
      { code: "OB-02.M1", title: "Avvio", objectiveCode: "OB-02", dueOn: "2022-06-30" },
      { code: "OB-01.M2", title: "Centralino", objectiveCode: "OB-01", dueOn: "2024-12-31" },
    ]);
    // On its due date a milestone can still be reached.
    expect(planDashboard(OBJECTIVES, [2024], "2024-12-31").lateMilestones.map((m) => m.code)).toEqual(["OB-02.M1"]);
  });

  it("lists one fact per chart row, with the total it is a share of", () => {
    const facts = dashboardFacts(d);
    expect(facts.length).toBe(3 * 4 + 5 + 3);
    expect(facts).toContainEqual({ figure: "indicator_progress", year: 2023, category: "reached", count: 1, total: 2 });
    expect(facts).toContainEqual({ figure: "objective_status", year: null, category: "late", count: 1, total: 3 });
    expect(facts).toContainEqual({ figure: "milestones", year: null, category: "late", count: 2, total: 4 });
  });

  it("is all zeros for a part of the plan with no objective", () => {
    const empty = planDashboard([], [2022, 2023], "2025-01-15");
    expect(empty).toEqual({
      asOf: "2025-01-15",
      objectives: 0,
      indicators: 0,
      progress: [
        { year: 2022, total: 0, counts: { reached: 0, not_reached: 0, no_measurement: 0, no_baseline: 0 } },
        { year: 2023, total: 0, counts: { reached: 0, not_reached: 0, no_measurement: 0, no_baseline: 0 } },
      ],
      indicatorProgress: [],
      statuses: { not_started: 0, on_track: 0, at_risk: 0, late: 0, done: 0 },
      milestones: { total: 0, done: 0, late: 0, due: 0 },
      lateMilestones: [],
    });
    expect(dashboardFacts(empty).every((f) => f.count === 0 && f.total === 0)).toBe(true);
  });

  it("rounds shares half up and gives 0 of nothing", () => {
    expect(sharePercent(2, 3)).toBe(67);
    expect(sharePercent(1, 8)).toBe(13);
    expect(sharePercent(1, 3)).toBe(33);
    expect(sharePercent(0, 0)).toBe(0);
    expect(sharePercent(7, 7)).toBe(100);
  });
});
