/**
 * The life of an online application (istanza) as the office processes it, and its legal deadline.
 * Pure rules: the service layer stores the state, writes the audit log and decides who is the
 * operator; this module only says whether a change is allowed and when the term ends.
 */
import {
  fromDayNumber,
  isWorkingDay,
  nextWorkingDayIfHoliday,
  toDayNumber,
  type ExtraHolidays,
} from "./working-days";

export const APPLICATION_STATES = [
  "draft",
  "submitted",
  "in_charge",
  "integration_requested",
  "payment_requested",
  "accepted",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_EVENTS = [
  "submit",
  "take_in_charge",
  "request_integration",
  "integration_received",
  "request_payment",
  "payment_received",
  "accept",
  "reject",
  "withdraw",
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** "system": the desk itself, when a payment it was told of moves an application on. */
export type Actor = "citizen" | "operator" | "system";

interface Rule {
  from: readonly ApplicationState[];
  to: ApplicationState;
  actors: readonly Actor[];
}

const RULES: Record<ApplicationEvent, Rule> = {
  submit: { from: ["draft"], to: "submitted", actors: ["citizen"] },
  take_in_charge: { from: ["submitted"], to: "in_charge", actors: ["operator"] },
  request_integration: { from: ["in_charge"], to: "integration_requested", actors: ["operator"] },
  // The operator may record it too: documents also arrive at the counter or by PEC, outside the desk.
  integration_received: { from: ["integration_requested"], to: "in_charge", actors: ["citizen", "operator"] },
  // A fee (copying costs, a concession's charge): the office asks it as a pagoPA notice, and only the
  // payment itself — reported by the checkout or by pagoPA's reconciliation flow — moves the case on.
  request_payment: { from: ["in_charge"], to: "payment_requested", actors: ["operator"] },
  payment_received: { from: ["payment_requested"], to: "in_charge", actors: ["system"] },
  accept: { from: ["in_charge"], to: "accepted", actors: ["operator"] },
  // Rejecting while waiting covers a citizen who never answers the integration request (or never pays).
  reject: { from: ["in_charge", "integration_requested", "payment_requested"], to: "rejected", actors: ["operator"] },
  // Once an operator has started, the citizen can no longer pull the application back silently:
  // from then on it ends with a decision (the citizen may still write to the office to ask).
  withdraw: { from: ["submitted"], to: "withdrawn", actors: ["citizen"] },
};

export type TransitionRefusal = "actor_not_allowed" | "not_allowed_in_state";

export type TransitionResult =
  | { ok: true; state: ApplicationState }
  | { ok: false; reason: TransitionRefusal };

/** The actor is checked first: an event that is never theirs should not reveal anything about the state. */
export function transition(state: ApplicationState, event: ApplicationEvent, actor: Actor): TransitionResult {
  const rule = RULES[event];
  if (!rule.actors.includes(actor)) return { ok: false, reason: "actor_not_allowed" };
  if (!rule.from.includes(state)) return { ok: false, reason: "not_allowed_in_state" };
  return { ok: true, state: rule.to };
}

/** The events `actor` may fire now, to show only the buttons that will work. */
export function availableEvents(state: ApplicationState, actor: Actor): ApplicationEvent[] {
  return APPLICATION_EVENTS.filter((event) => transition(state, event, actor).ok);
}

export function actorsFor(event: ApplicationEvent): readonly Actor[] {
  return RULES[event].actors;
}

export const FINAL_STATES: readonly ApplicationState[] = ["accepted", "rejected", "withdrawn"];

export function isFinal(state: ApplicationState): boolean {
  return FINAL_STATES.includes(state);
}

/** What the citizen sees: Bozza, Inviata, In lavorazione, Serve una tua azione, Conclusa. */
export type CitizenState = "draft" | "sent" | "in_progress" | "action_needed" | "concluded";

const CITIZEN_STATES: Record<ApplicationState, CitizenState> = {
  draft: "draft",
  submitted: "sent",
  in_charge: "in_progress",
  integration_requested: "action_needed",
  payment_requested: "action_needed",
  accepted: "concluded",
  rejected: "concluded",
  withdrawn: "concluded",
};

export function citizenState(state: ApplicationState): CitizenState {
  return CITIZEN_STATES[state];
}

// ---------------------------------------------------------------------------------------------
// Legal deadlines

export interface DeadlineRule {
  days: number;
  kind: "calendar" | "working";
}

/** L. 241/1990 art. 2 c. 2: without a specific rule, the procedure ends within 30 days. */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = { days: 30, kind: "calendar" };

/**
 * ARERA TQRIF (del. 15/2022/R/rif) maximum response times for TARI requests, as an example of a
 * working-day rule set. The suspension cap below is the L. 241 one; TQRIF's own rules on when its
 * clock stops are not modelled.
 */
export const TARI_TQRIF_RULES = {
  information_request: { days: 30, kind: "working" },
  complaint: { days: 30, kind: "working" },
  bill_correction: { days: 60, kind: "working" },
} as const satisfies Record<string, DeadlineRule>;

/** An integration request: `from` is the day it was sent, `to` the day the answer arrived (null: still waiting). */
export interface Suspension {
  from: string;
  to: string | null;
}

/**
 * How many suspensions stop the clock and for how long each (calendar days); null means no limit.
 * The default follows L. 241/1990 art. 2 c. 7 ("per una sola volta e per un periodo non superiore a
 * trenta giorni"): only the first integration request suspends the term, and the clock restarts by
 * itself 30 days after it even if the citizen has not answered. Later requests are allowed by the
 * workflow but do not move the deadline.
 */
export interface SuspensionPolicy {
  maxSuspensions: number | null;
  maxDaysEach: number | null;
}

export const LEGAL_SUSPENSION_POLICY: SuspensionPolicy = { maxSuspensions: 1, maxDaysEach: 30 };

export interface DeadlineInput {
  submittedOn: string;
  rule: DeadlineRule;
  suspensions?: readonly Suspension[];
  extraHolidays?: ExtraHolidays;
  suspensionPolicy?: SuspensionPolicy;
}

/**
 * The last day the office has to conclude. The term starts the day after submission. A suspension
 * stops the clock on the day the request is sent and restarts it on the day the answer arrives, so
 * it lasts exactly "the days between request and answer", and a request sent on the last day still
 * saves that day. For a working-day rule only working days count, in and out of suspensions. A
 * calendar-day term that ends on a holiday or weekend moves to the next working day (see
 * nextWorkingDayIfHoliday). A suspension that starts after the term has run out does not revive it.
 *
 * Returns null only when a suspension without a cap is still open: the clock is stopped and no day
 * can be named. With the default policy an open suspension gives the latest possible due date,
 * which moves earlier when the citizen answers sooner.
 */
export function deadline(input: DeadlineInput): string | null {
  const { submittedOn, rule, suspensions = [], extraHolidays = [], suspensionPolicy = LEGAL_SUSPENSION_POLICY } = input;
  if (!Number.isInteger(rule.days) || rule.days < 0) throw new RangeError(`not a valid term: ${rule.days}`);
  const start = toDayNumber(submittedOn);

  const windows = suspensions
    .map((s) => {
      const from = toDayNumber(s.from);
      const to = s.to === null ? null : toDayNumber(s.to);
      if (from < start) throw new RangeError(`suspension before submission: ${s.from}`);
      if (to !== null && to < from) throw new RangeError(`suspension ends before it starts: ${s.from}..${s.to}`);
      return { from, to };
    })
    .sort((a, b) => a.from - b.from)
    .slice(0, suspensionPolicy.maxSuspensions ?? undefined)
    .map(({ from, to }) => {
      const cap = suspensionPolicy.maxDaysEach === null ? null : from + suspensionPolicy.maxDaysEach;
      const end = to === null ? cap : cap === null ? to : Math.min(to, cap);
      // The submission day never counts, so a request sent that same day is shifted by one to still
      // stop the clock for its full length.
      const shift = from === start ? 1 : 0;
      // Suspended days are [from, end); end null means the clock is stopped until further notice.
      return { from: from + shift, end: end === null ? null : end + shift };
    });

  const counts = (day: number) => rule.kind === "calendar" || isWorkingDay(fromDayNumber(day), extraHolidays);
  const covering = (day: number) => windows.filter((w) => day >= w.from && (w.end === null || day < w.end));

  let day = start;
  let remaining = rule.days;
  while (remaining > 0) {
    day += 1;
    const suspensionsToday = covering(day);
    if (suspensionsToday.some((w) => w.end === null)) return null;
    if (suspensionsToday.length === 0 && counts(day)) remaining -= 1;
  }
  const due = fromDayNumber(day);
  return rule.kind === "calendar" ? nextWorkingDayIfHoliday(due, extraHolidays) : due;
}

/** Calendar days from `today` to `due`: 0 on the due day itself, negative once overdue. */
export function daysLeft(due: string, today: string): number {
  return toDayNumber(due) - toDayNumber(today);
}

/** The due day itself is still in time. */
export function isOverdue(due: string, today: string): boolean {
  return daysLeft(due, today) < 0;
}

/**
 * The suspensions of an application's clock, read from its history: each integration request opens
 * one on the day it was sent; the next integration received (or a decision) closes it on that day.
 * A payment request suspends the term the same way until the payment is received: the office cannot
 * go on without it, as it cannot without the documents it asked for (and the same cap applies).
 * Instants are ISO; days are taken in the comune's calendar by the caller's `dayOf`.
 */
export function suspensionsOf(
  events: readonly { event: string; occurred_at: string }[],
  dayOf: (instant: string) => string = (instant) => instant.slice(0, 10),
): Suspension[] {
  const out: Suspension[] = [];
  let open: string | null = null;
  for (const e of events) {
    if ((e.event === "request_integration" || e.event === "request_payment") && open === null) open = dayOf(e.occurred_at);
    else if (open !== null && (e.event === "integration_received" || e.event === "payment_received" || e.event === "accept" || e.event === "reject")) {
      out.push({ from: open, to: dayOf(e.occurred_at) });
      open = null;
    }
  }
  if (open !== null) out.push({ from: open, to: null });
  return out;
}
