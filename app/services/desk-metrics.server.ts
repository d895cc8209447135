/**
 * Refreshes the plan's indicators the desk measures by itself (issue 6 §4): reads the desk's own
 * data, computes each metric (app/domain/desk-metrics.ts) and records it as an approved system
 * measurement (`plan_update`, recorded_by null) on every indicator whose `measured_by` names it —
 * only when the value changed, so the history is append-only and a refresh with nothing new adds
 * nothing. Run by the server's background loop (server.ts) and by scripts/refresh-desk-metrics.ts.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AutomatedRun } from "~/domain/accessibility-statement";
import { computeDeskMetrics, type DeskMetricInputs, type DeskMetricKey } from "~/domain/desk-metrics";
import { todayInItaly } from "~/domain/dates";
import {
  listCounterSubmissionsSince,
  listDecidedApplications,
  listMeasuredIndicators,
  listOnlineSubmissions,
  listPaidNoticeInstants,
  listRatingsSince,
  recordSystemMeasurement,
} from "~/models/desk-metrics.server";
import type { Db } from "~/utils/db.server";

export type AccessibilityResult = DeskMetricInputs["accessibility"];

/** Where the last accessibility check comes from: a seam, so a check run elsewhere can be plugged in. */
export type AccessibilitySource = () => Promise<AccessibilityResult>;

const REPORT_FILE = join(process.cwd(), "accessibility", "report", "latest.json");

/**
 * The summary of the report the a11y run (accessibility/run.ts) writes: null in a deployment that
 * never ran it, or when the file is unreadable. `failed` (states that failed) is null in a report
 * that does not carry it. Also read by the accessibility statement (app/services/accessibility-statement.server.ts).
 */
export async function readAccessibilityReport(file = REPORT_FILE): Promise<AutomatedRun | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  try {
    const s = (JSON.parse(text) as { summary?: { finishedAt?: string; states?: number; violations?: number; failed?: number } }).summary;
    if (!s?.finishedAt || typeof s.states !== "number" || typeof s.violations !== "number") return null;
    return { checkedOn: todayInItaly(new Date(s.finishedAt)), states: s.states, violations: s.violations, failed: typeof s.failed === "number" ? s.failed : null };
  } catch {
    return null;
  }
}

/** The report the a11y run writes, as the metrics' source; none in a deployment that never ran it. */
export function accessibilityReportFile(file = REPORT_FILE): AccessibilitySource {
  return async () => {
    const run = await readAccessibilityReport(file);
    return run ? { checkedOn: run.checkedOn, states: run.states, violations: run.violations } : null;
  };
}

const italianDay = (instant: string) => todayInItaly(new Date(instant));

/** Everything the metrics need, from the start of the previous year (Italian days are then exact). */
export async function loadDeskMetricInputs(db: Db, now: Date, accessibility: AccessibilitySource): Promise<DeskMetricInputs> {
  const today = todayInItaly(now);
  // A margin of a day before 1 January: instants are UTC, the year is Italy's.
  const sinceDay = `${Number(today.slice(0, 4)) - 1}-12-31`;
  const since = `${sinceDay}T00:00:00.000Z`;
  const [online, decided, ratings, paid, counter, a11y] = await Promise.all([
    listOnlineSubmissions(db, since),
    listDecidedApplications(db, since),
    listRatingsSince(db, since),
    listPaidNoticeInstants(db, since),
    listCounterSubmissionsSince(db, sinceDay),
    accessibility(),
  ]);
  return {
    today,
    online: online.filter((a) => !a.assisted).map((a) => ({ service: a.service, submittedOn: italianDay(a.submitted_at) })),
    assisted: online.filter((a) => a.assisted).map((a) => ({ service: a.service, submittedOn: italianDay(a.submitted_at) })),
    counter: counter.map((c) => ({ service: c.service, receivedOn: c.received_on })),
    concluded: decided.map((a) => ({ submittedOn: italianDay(a.submitted_at), concludedOn: italianDay(a.concluded_at), dueOn: a.due_on })),
    ratings: ratings.map((r) => ({ rating: Number(r.rating), ratedOn: italianDay(r.created_at) })),
    paidOn: paid.map(italianDay),
    accessibility: a11y,
  };
}

export interface RefreshReport {
  /** Indicator code → the value recorded now. */
  recorded: Record<string, string>;
  unchanged: number;
  /** Metrics with nothing to measure yet (no ratings, no check…). */
  unmeasured: DeskMetricKey[];
}

export async function refreshDeskMetrics(
  db: Db,
  options: { now?: Date; accessibility?: AccessibilitySource } = {},
): Promise<RefreshReport> {
  const now = options.now ?? new Date();
  const inputs = await loadDeskMetricInputs(db, now, options.accessibility ?? accessibilityReportFile());
  const metrics = new Map(computeDeskMetrics(inputs).map((m) => [m.key as string, m]));
  const report: RefreshReport = { recorded: {}, unchanged: 0, unmeasured: [] };
  for (const m of metrics.values()) if (m.value === null) report.unmeasured.push(m.key);
  for (const indicator of await listMeasuredIndicators(db)) {
    const m = metrics.get(indicator.measured_by);
    if (!m || m.value === null) continue;
    const value = m.value;
    const id = await db.transaction().execute((trx) =>
      recordSystemMeasurement(trx, {
        indicatorId: indicator.id,
        value,
        measuredOn: m.measuredOn,
        // The comment is stored once, in the comune's language, like the plan owners' comments.
        comment: m.detail.it,
        at: now.toISOString(),
        periodLength: m.key === "online-applications-per-service-month" ? 7 : 4,
      }),
    );
    if (id === null) report.unchanged++;
    else report.recorded[indicator.code] = value;
  }
  return report;
}
