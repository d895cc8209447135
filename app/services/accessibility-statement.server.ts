/**
 * The accessibility statement on the AGID model (issue 7 §9), generated from the last automated run
 * (accessibility/report/latest.json), the manual checklist and the known non-conformities kept as
 * data in accessibility/manual-checks.ts, and the comune's yearly objectives (table, staff-edited).
 */
import { KNOWN_ISSUES, MANUAL_CHECKS, STATEMENT_PREPARED_ON } from "../../accessibility/manual-checks";
import {
  type AutomatedRun,
  type KnownIssue,
  type ManualCheck,
  checkObjectiveForm,
  conformityOf,
  objectivesDueOn,
  type ObjectiveForm,
  type ObjectiveState,
} from "~/domain/accessibility-statement";
import { parseDayInput, todayInItaly } from "~/domain/dates";
import { countOverdueFeedback, insertObjective, listObjectives, setObjectiveState } from "~/models/accessibility.server";
import type { Db } from "~/utils/db.server";
import { type RequestMeta, record } from "./audit.server";
import { readAccessibilityReport } from "./desk-metrics.server";

export type AutomatedRunSource = () => Promise<AutomatedRun | null>;

/** The plan objective the accessibility objectives contribute to (PIAO: needs of citizens over 65 and with disabilities). */
export const PLAN_OBJECTIVE_FOR_ACCESSIBILITY = "OB-07";

export async function loadStatement(
  db: Db,
  options: { now: Date; run?: AutomatedRunSource; checks?: readonly ManualCheck[]; issues?: readonly KnownIssue[] },
) {
  const today = todayInItaly(options.now);
  const checks = options.checks ?? MANUAL_CHECKS;
  const issues = options.issues ?? KNOWN_ISSUES;
  const [run, objectives, overdue] = await Promise.all([(options.run ?? (() => readAccessibilityReport()))(), listObjectives(db), countOverdueFeedback(db, today)]);
  const reviewDays = [run?.checkedOn, ...checks.map((c) => c.date)].filter((d): d is string => Boolean(d)).sort();
  const year = Number(today.slice(0, 4));
  return {
    today,
    run,
    checks,
    issues,
    conformity: conformityOf(run, checks, issues),
    preparedOn: STATEMENT_PREPARED_ON,
    lastReviewOn: reviewDays.at(-1) ?? STATEMENT_PREPARED_ON,
    objectives,
    objectivesYear: year,
    objectivesDueOn: objectivesDueOn(year),
    hasObjectivesOfYear: objectives.some((o) => o.year === year),
    overdueFeedback: overdue,
  };
}

export async function accessibilityObjectives(db: Db) {
  return listObjectives(db);
}

/** The objectives tied to one objective of the integrated plan (shown on its public page). */
export async function accessibilityObjectivesOfPlan(db: Db, planObjectiveCode: string) {
  return listObjectives(db, { planObjectiveCode });
}

export async function addAccessibilityObjective(db: Db, input: { staffId: number; form: ObjectiveForm; now: Date; meta: RequestMeta }) {
  const checked = checkObjectiveForm(input.form, parseDayInput);
  if (!checked.ok) return checked;
  const v = checked.value;
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertObjective(trx, {
      year: v.year,
      objective: v.objective,
      intervention: v.intervention,
      deadline: v.deadline,
      state: v.state,
      plan_objective_code: PLAN_OBJECTIVE_FOR_ACCESSIBILITY,
      updated_by: input.staffId,
      updated_at: input.now.toISOString(),
    });
    await record(trx, {
      event: "accessibility_objective.created",
      outcome: "success",
      actor: { kind: "staff", id: input.staffId },
      target: { kind: "accessibility_objective", id },
      details: { year: v.year, state: v.state },
      meta: input.meta,
      at: input.now,
    });
    return id;
  });
  return { ok: true as const, id };
}

export async function changeAccessibilityObjectiveState(db: Db, input: { staffId: number; id: number; state: ObjectiveState; now: Date; meta: RequestMeta }) {
  return db.transaction().execute(async (trx) => {
    if (!(await setObjectiveState(trx, input.id, input.state, input.staffId, input.now.toISOString()))) return false;
    await record(trx, {
      event: "accessibility_objective.state_changed",
      outcome: "success",
      actor: { kind: "staff", id: input.staffId },
      target: { kind: "accessibility_objective", id: input.id },
      details: { state: input.state },
      meta: input.meta,
      at: input.now,
    });
    return true;
  });
}
