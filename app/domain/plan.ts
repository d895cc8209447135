/**
 * The plan's rules (issue 6), pure: an objective's current status, status counts, which milestones are
 * late on a day, which measurement counts for a year's target and how far it got. Values are decimal
 * text read with Exact (no floats), so "0.1 + 0.2" reaches a target of "0.3".
 */
import { Exact } from "./exact";

export const OBJECTIVE_STATUSES = ["not_started", "on_track", "at_risk", "late", "done"] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

/** An objective without any recorded status has not started: nobody has said otherwise. */
export function currentStatus(historyNewestFirst: readonly { status: ObjectiveStatus }[]): ObjectiveStatus {
  return historyNewestFirst[0]?.status ?? "not_started";
}

/** How many objectives are in each status (every status present, zeros included). */
export function statusCounts(statuses: readonly ObjectiveStatus[]): Record<ObjectiveStatus, number> {
  const counts = Object.fromEntries(OBJECTIVE_STATUSES.map((s) => [s, 0])) as Record<ObjectiveStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

export type MilestoneState = "done" | "late" | "due";

/**
 * A milestone is done once it has a done date; otherwise late from the day after its due date
 * (due on 31 December means it can still be reached that day); otherwise still due.
 * Dates are YYYY-MM-DD, which compare as text.
 */
export function milestoneState(m: { due_on: string; done_on: string | null }, today: string): MilestoneState {
  if (m.done_on) return "done";
  return m.due_on < today ? "late" : "due";
}

export function milestoneSummary(milestones: readonly { due_on: string; done_on: string | null }[], today: string) {
  const summary = { total: milestones.length, done: 0, late: 0, due: 0 };
  for (const m of milestones) summary[milestoneState(m, today)] += 1;
  return summary;
}

export function lateMilestones<M extends { due_on: string; done_on: string | null }>(milestones: readonly M[], today: string): M[] {
  return milestones.filter((m) => milestoneState(m, today) === "late");
}

/**
 * The measurement that counts for a year: the latest approved one measured by 31 December of that
 * year (`updates` are approved ones, in any order). A later-measured value never counts for an
 * earlier year.
 */
export function valueForYear<U extends { measured_on: string; id: number }>(updates: readonly U[], year: number): U | null {
  const end = `${year}-12-31`;
  let best: U | null = null;
  for (const u of updates) {
    if (u.measured_on > end) continue;
    if (!best || u.measured_on > best.measured_on || (u.measured_on === best.measured_on && u.id > best.id)) best = u;
  }
  return best;
}

export type Direction = "increase" | "decrease" | "reach";
export type TargetType = "value" | "done" | "trend";

export interface TargetProgress {
  /**
   * - `no_measurement`: nothing published for that year yet;
   * - `no_baseline`: a trend target whose starting value is unknown cannot be judged;
   * - `reached` / `not_reached`.
   */
  state: "no_measurement" | "no_baseline" | "reached" | "not_reached";
  /** Share of the way from baseline to target, whole percent 0-100, when it can be computed. */
  percent: number | null;
}

function wholePercent(share: Exact): number {
  const clamped = share.max(Exact.ZERO).min(Exact.of(1));
  // Half a percent and more goes up: 2/3 is 67 %.
  const n = clamped.n * 100n;
  const q = n / clamped.d;
  return Number(n % clamped.d * 2n >= clamped.d ? q + 1n : q);
}

/**
 * How far a measured value got against a year's target.
 * - `done` targets (milestone indicators): the value is 1 when done, 0 when not;
 * - `value` targets: reached when the value is at least the target (`increase`, `reach`) or at most
 *   the target (`decrease`); the percent is the share of the way from the baseline (0 when the plan
 *   gives none for a count, since counts of things done under the plan start at 0);
 * - `trend` targets: reached when the value is better than the baseline in the indicator's direction.
 */
export function progressAgainstTarget(
  indicator: { direction: Direction; baseline_value: string | null },
  target: { target_type: TargetType; value: string | null },
  measured: string | null,
): TargetProgress {
  if (measured === null) return { state: "no_measurement", percent: null };
  const m = Exact.decimal(measured);
  if (target.target_type === "done") {
    const done = m.cmp(Exact.of(1)) >= 0;
    return { state: done ? "reached" : "not_reached", percent: done ? 100 : 0 };
  }
  const lowerIsBetter = indicator.direction === "decrease";
  if (target.target_type === "trend") {
    if (indicator.baseline_value === null) return { state: "no_baseline", percent: null };
    const cmp = m.cmp(Exact.decimal(indicator.baseline_value));
    const better = lowerIsBetter ? cmp < 0 : cmp > 0;
    return { state: better ? "reached" : "not_reached", percent: null };
  }
  if (target.value === null) throw new RangeError("a value target needs a value");
  const t = Exact.decimal(target.value);
  const reached = lowerIsBetter ? m.cmp(t) <= 0 : m.cmp(t) >= 0;
  const b = indicator.baseline_value === null ? Exact.ZERO : Exact.decimal(indicator.baseline_value);
  const span = lowerIsBetter ? b.sub(t) : t.sub(b);
  if (span.isZero() || span.isNegative()) return { state: reached ? "reached" : "not_reached", percent: reached ? 100 : 0 };
  const gone = lowerIsBetter ? b.sub(m) : m.sub(b);
  return { state: reached ? "reached" : "not_reached", percent: wholePercent(gone.div(span)) };
}

/**
 * One CSV field for the open data files: always quoted, `"` doubled, and a leading `= + - @` or
 * control character neutralised with `'` so a spreadsheet never runs it as a formula.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows as the Italian spreadsheets open them: UTF-8 with a BOM, `;` between fields, CRLF lines. */
export function csvDocument(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/** A decimal as text in the reader's convention: a comma in Italian ("0,5"), a dot in English. */
export function decimalText(value: string, lang: string): string {
  return lang === "it" ? value.replace(".", ",") : value;
}
