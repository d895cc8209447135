/**
 * A dashboard of the plan (issue 6 §5) for any part of it — the whole plan, a strategic line, an
 * action or one objective — from the objectives in that part: how the indicators stand against each
 * year's target, how many objectives are in each status, and which milestones are late on a day.
 * Pure: the service hands in objectives already judged (approved values only for the public).
 */
import { lateMilestones, milestoneSummary, OBJECTIVE_STATUSES, type ObjectiveStatus, statusCounts, type TargetProgress } from "./plan";

export type ProgressState = TargetProgress["state"];
/** The order the charts and the open data list a year's outcomes in: the finding first. */
export const PROGRESS_STATES = ["reached", "not_reached", "no_measurement", "no_baseline"] as const satisfies readonly ProgressState[];
export const MILESTONE_STATES = ["done", "late", "due"] as const;

export interface DashboardObjectiveInput {
  code: string;
  title: string;
  status: ObjectiveStatus;
  milestones: readonly { code: string; title: string; dueOn: string; doneOn: string | null }[];
  indicators: readonly { code: string; name: string; targets: readonly { year: number; progress: TargetProgress }[] }[];
}

/** One year of the plan: of the indicators with a target that year, how many are in each state. */
export interface YearProgress {
  year: number;
  /** Indicators with a target that year (the others do not count for it). */
  total: number;
  counts: Record<ProgressState, number>;
}

export interface IndicatorProgress {
  code: string;
  name: string;
  objectiveCode: string;
  /** One per year of the plan; `no_target` when the plan sets none for that year. */
  years: { year: number; state: ProgressState | "no_target"; percent: number | null }[];
}

export interface LateMilestone {
  code: string;
  title: string;
  objectiveCode: string;
  dueOn: string;
}

export interface PlanDashboard {
  asOf: string;
  objectives: number;
  indicators: number;
  progress: YearProgress[];
  indicatorProgress: IndicatorProgress[];
  statuses: Record<ObjectiveStatus, number>;
  milestones: { total: number; done: number; late: number; due: number };
  /** Late on `asOf`, the longest overdue first. */
  lateMilestones: LateMilestone[];
}

const zeroCounts = (): Record<ProgressState, number> => Object.fromEntries(PROGRESS_STATES.map((s) => [s, 0])) as Record<ProgressState, number>;

export function planDashboard(objectives: readonly DashboardObjectiveInput[], years: readonly number[], today: string): PlanDashboard {
  const indicatorProgress: IndicatorProgress[] = objectives.flatMap((o) =>
    o.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      objectiveCode: o.code,
      years: years.map((year) => {
        const target = i.targets.find((t) => t.year === year);
        return target ? { year, state: target.progress.state, percent: target.progress.percent } : { year, state: "no_target" as const, percent: null };
      }),
    })),
  );
  const progress = years.map((year, index) => {
    const counts = zeroCounts();
    let total = 0;
    for (const i of indicatorProgress) {
      const y = i.years[index]!;
      if (y.state === "no_target") continue;
      counts[y.state] += 1;
      total += 1;
    }
    return { year, total, counts };
  });
  const milestones = objectives.flatMap((o) => o.milestones.map((m) => ({ ...m, objectiveCode: o.code, due_on: m.dueOn, done_on: m.doneOn })));
  return {
    asOf: today,
    objectives: objectives.length,
    indicators: indicatorProgress.length,
    progress,
    indicatorProgress,
    statuses: statusCounts(objectives.map((o) => o.status)),
    milestones: milestoneSummary(milestones, today),
    lateMilestones: lateMilestones(milestones, today)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code))
      .map((m) => ({ code: m.code, title: m.title, objectiveCode: m.objectiveCode, dueOn: m.dueOn })),
  };
}

/** Whole percent of a part, half up (for the "share" column; 0 of nothing is 0). */
export function sharePercent(part: number, total: number): number {
  return total === 0 ? 0 : Math.floor((part * 200 + total) / (2 * total));
}

/** The chart rows of a dashboard as (figure, key, number, total) facts: what the CSV export lists and what the charts draw. */
export interface DashboardFact {
  figure: "indicator_progress" | "objective_status" | "milestones";
  year: number | null;
  category: ProgressState | ObjectiveStatus | (typeof MILESTONE_STATES)[number];
  count: number;
  total: number;
}

export function dashboardFacts(d: PlanDashboard): DashboardFact[] {
  return [
    ...d.progress.flatMap((p) => PROGRESS_STATES.map((s) => ({ figure: "indicator_progress" as const, year: p.year, category: s, count: p.counts[s], total: p.total }))),
    ...OBJECTIVE_STATUSES.map((s) => ({ figure: "objective_status" as const, year: null, category: s, count: d.statuses[s], total: d.objectives })),
    ...MILESTONE_STATES.map((s) => ({ figure: "milestones" as const, year: null, category: s, count: d.milestones[s], total: d.milestones.total })),
  ];
}
