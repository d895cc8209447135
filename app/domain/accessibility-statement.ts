/**
 * The accessibility statement on the AGID model (issue 7 §9), as pure rules: the conformity state
 * computed from the automated run, the manual checklist and the known non-conformities; the 30-day
 * answer deadline of the feedback mechanism; the feedback form's checks. No I/O.
 */
import { daysBetween } from "./desk-metrics";
import { todayInItaly } from "./dates";
import { addCalendarDays } from "./working-days";

// ---------------------------------------------------------------------------------------------
// Inputs of the statement
// ---------------------------------------------------------------------------------------------

/** What the last automated run (accessibility/run.ts) found; null when no report exists. */
export interface AutomatedRun {
  /** Italian day the run finished. */
  checkedOn: string;
  states: number;
  /** States that failed; null when the report does not say. */
  failed: number | null;
  violations: number;
}

export type ManualOutcome = "pass" | "fail" | "not_done";

/** One manual check of the release checklist (accessibility/manual-checks.ts). */
export interface ManualCheck {
  id: string;
  description: { it: string; en: string };
  /** WCAG 2.2 success criteria, e.g. "1.4.10". */
  wcag: readonly string[];
  method: { it: string; en: string };
  /** Who performed it (a role or a name); null until someone has. */
  who: string | null;
  /** ISO day it was performed; null until then. */
  date: string | null;
  outcome: ManualOutcome;
  notes?: { it: string; en: string };
}

/** AGID's three kinds of "contenuti non accessibili". */
export type KnownIssueKind = "non_compliance" | "disproportionate_burden" | "out_of_scope";

export interface KnownIssue {
  id: string;
  kind: KnownIssueKind;
  description: { it: string; en: string };
  wcag: readonly string[];
  /** What the comune does about it, or the alternative offered. */
  remedy: { it: string; en: string };
}

// ---------------------------------------------------------------------------------------------
// Conformity state
// ---------------------------------------------------------------------------------------------

export type ConformityState = "compliant" | "partially_compliant" | "non_compliant";

/** Why the state is not "conforme"; each becomes a sentence on the statement. */
export type ConformityReason = "no_automated_run" | "automated_violations" | "manual_not_done" | "manual_failed" | "known_non_compliance";

export interface Conformity {
  state: ConformityState;
  reasons: ConformityReason[];
  manual: { total: number; passed: number; failed: number; notDone: number };
}

/**
 * AGID's model: "conforme" only when every requirement is met, "non conforme" when most are not,
 * "parzialmente conforme" otherwise. Here: conforme needs a clean automated run, every manual check
 * performed and passed, and no known non-compliance (a disproportionate burden or out-of-scope
 * content does not count: the model lists them apart). Non conforme when more than half of the
 * automated states failed or more than half of the manual checks failed. A check nobody has
 * performed is never counted as passed.
 */
export function conformityOf(run: AutomatedRun | null, checks: readonly ManualCheck[], issues: readonly KnownIssue[]): Conformity {
  const manual = {
    total: checks.length,
    passed: checks.filter((c) => c.outcome === "pass").length,
    failed: checks.filter((c) => c.outcome === "fail").length,
    notDone: checks.filter((c) => c.outcome === "not_done").length,
  };
  const reasons: ConformityReason[] = [];
  if (!run) reasons.push("no_automated_run");
  else if (run.violations > 0 || (run.failed ?? 0) > 0) reasons.push("automated_violations");
  if (manual.notDone > 0) reasons.push("manual_not_done");
  if (manual.failed > 0) reasons.push("manual_failed");
  if (issues.some((i) => i.kind === "non_compliance")) reasons.push("known_non_compliance");
  const mostlyFailing = (run !== null && run.states > 0 && (run.failed ?? 0) * 2 > run.states) || (manual.total > 0 && manual.failed * 2 > manual.total);
  const state: ConformityState = mostlyFailing ? "non_compliant" : reasons.length > 0 ? "partially_compliant" : "compliant";
  return { state, reasons, manual };
}

// ---------------------------------------------------------------------------------------------
// Feedback: the 30-day answer
// ---------------------------------------------------------------------------------------------

/** The comune must answer within 30 days (AGID guidelines); then the "procedura di attuazione" opens. */
export const FEEDBACK_ANSWER_DAYS = 30;

/** The day the answer is due: the Italian day of receipt plus 30 calendar days. */
export function feedbackDueOn(receivedAt: Date): string {
  return addCalendarDays(todayInItaly(receivedAt), FEEDBACK_ANSWER_DAYS);
}

/** Days left until the due day (0 on the day itself, negative once overdue). */
export function feedbackDaysLeft(dueOn: string, today: string): number {
  return daysBetween(today, dueOn);
}

/** "ACC-2026-00042": the number people quote, from the id and the year of receipt. */
export function feedbackReference(id: number, receivedAt: Date): string {
  return `ACC-${todayInItaly(receivedAt).slice(0, 4)}-${String(id).padStart(5, "0")}`;
}

export const FEEDBACK_FIELDS = ["name", "email", "phone", "pageUrl", "description", "assistiveTechnology"] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];
export type FeedbackForm = Record<FeedbackField, string>;
export type FeedbackError = "contactMissing" | "emailInvalid" | "phoneInvalid" | "pageMissing" | "descriptionMissing" | "tooLong";

export type FeedbackErrors = Partial<Record<FeedbackField, FeedbackError>>;

export interface FeedbackValue {
  name: string | null;
  email: string | null;
  phone: string | null;
  pageUrl: string;
  description: string;
  assistiveTechnology: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ./-]{6,20}$/;
const LIMITS: Record<FeedbackField, number> = { name: 200, email: 200, phone: 30, pageUrl: 500, description: 5000, assistiveTechnology: 300 };

/** The form's checks: a way to answer (e-mail or phone), the page and the barrier; the rest optional. */
export function checkFeedbackForm(form: FeedbackForm): { ok: true; value: FeedbackValue } | { ok: false; errors: FeedbackErrors } {
  const v = Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, (form[f] ?? "").trim()])) as FeedbackForm;
  const errors: FeedbackErrors = {};
  for (const f of FEEDBACK_FIELDS) if (v[f].length > LIMITS[f]) errors[f] = "tooLong";
  if (!errors.email && v.email && !EMAIL.test(v.email)) errors.email = "emailInvalid";
  if (!errors.phone && v.phone && !PHONE.test(v.phone)) errors.phone = "phoneInvalid";
  if (!v.email && !v.phone) errors.email = "contactMissing";
  if (!v.pageUrl) errors.pageUrl = "pageMissing";
  if (!v.description) errors.description = "descriptionMissing";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const orNull = (s: string) => (s ? s : null);
  return {
    ok: true,
    value: { name: orNull(v.name), email: orNull(v.email), phone: orNull(v.phone), pageUrl: v.pageUrl, description: v.description, assistiveTechnology: orNull(v.assistiveTechnology) },
  };
}

/** Reports allowed from one address: generous (an office or a library shares one), never a CAPTCHA. */
export const FEEDBACK_THROTTLE = { limit: 10, windowMs: 60 * 60_000 } as const;
export const feedbackThrottleKey = (ip: string): string => `a11y-feedback-ip:${ip}`;

// ---------------------------------------------------------------------------------------------
// Yearly objectives
// ---------------------------------------------------------------------------------------------

export const OBJECTIVE_STATES = ["planned", "in_progress", "done", "not_done"] as const;
export type ObjectiveState = (typeof OBJECTIVE_STATES)[number];

/** The objectives of a year are due by 31 March of that year (DL 179/2012 art. 9 c. 7). */
export const objectivesDueOn = (year: number): string => `${year}-03-31`;

export const OBJECTIVE_FIELDS = ["year", "objective", "intervention", "deadline", "state"] as const;
export type ObjectiveField = (typeof OBJECTIVE_FIELDS)[number];
export type ObjectiveForm = Record<ObjectiveField, string>;
export type ObjectiveError = "yearInvalid" | "objectiveMissing" | "interventionMissing" | "deadlineInvalid" | "stateInvalid" | "tooLong";

export function checkObjectiveForm(
  form: ObjectiveForm,
  parseDay: (text: string) => string | null,
): { ok: true; value: { year: number; objective: string; intervention: string; deadline: string; state: ObjectiveState } } | { ok: false; errors: Partial<Record<ObjectiveField, ObjectiveError>> } {
  const v = Object.fromEntries(OBJECTIVE_FIELDS.map((f) => [f, (form[f] ?? "").trim()])) as ObjectiveForm;
  const errors: Partial<Record<ObjectiveField, ObjectiveError>> = {};
  const year = /^\d{4}$/.test(v.year) ? Number(v.year) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.year = "yearInvalid";
  if (!v.objective) errors.objective = "objectiveMissing";
  else if (v.objective.length > 500) errors.objective = "tooLong";
  if (!v.intervention) errors.intervention = "interventionMissing";
  else if (v.intervention.length > 2000) errors.intervention = "tooLong";
  const deadline = parseDay(v.deadline);
  if (!deadline) errors.deadline = "deadlineInvalid";
  if (!(OBJECTIVE_STATES as readonly string[]).includes(v.state)) errors.state = "stateInvalid";
  if (Object.keys(errors).length > 0 || !deadline) return { ok: false, errors };
  return { ok: true, value: { year, objective: v.objective, intervention: v.intervention, deadline, state: v.state as ObjectiveState } };
}

export { DIGITAL_OMBUDSMAN_URL, FEEDBACK_PATH, STATEMENT_PATH, declarationLink } from "./accessibility-links";
