import { describe, expect, it } from "vitest";
import {
  APPLICATION_EVENTS,
  APPLICATION_STATES,
  DEFAULT_DEADLINE_RULE,
  TARI_TQRIF_RULES,
  actorsFor,
  availableEvents,
  citizenState,
  daysLeft,
  deadline,
  isFinal,
  isOverdue,
  transition,
  type Actor,
  type ApplicationEvent,
  type ApplicationState,
} from "~/domain/application-workflow";

const ACTORS: Actor[] = ["citizen", "operator", "system"];

/** The whole allowed graph, written out from the issue rather than derived from the module. */
const ALLOWED: [ApplicationState, ApplicationEvent, Actor, ApplicationState][] = [
  ["draft", "submit", "citizen", "submitted"],
  ["submitted", "take_in_charge", "operator", "in_charge"],
  ["submitted", "withdraw", "citizen", "withdrawn"],
  ["in_charge", "request_integration", "operator", "integration_requested"],
  ["in_charge", "accept", "operator", "accepted"],
  ["in_charge", "reject", "operator", "rejected"],
  ["integration_requested", "integration_received", "citizen", "in_charge"],
  ["integration_requested", "integration_received", "operator", "in_charge"],
  ["integration_requested", "reject", "operator", "rejected"],
  ["in_charge", "request_payment", "operator", "payment_requested"],
  ["payment_requested", "payment_received", "system", "in_charge"],
  ["payment_requested", "reject", "operator", "rejected"],
];

const WHO: Record<ApplicationEvent, Actor[]> = {
  submit: ["citizen"],
  take_in_charge: ["operator"],
  request_integration: ["operator"],
  integration_received: ["citizen", "operator"],
  request_payment: ["operator"],
  payment_received: ["system"],
  accept: ["operator"],
  reject: ["operator"],
  withdraw: ["citizen"],
};

describe("transitions", () => {
  it.each(ALLOWED)("%s --%s by %s--> %s", (from, event, actor, to) => {
    expect(transition(from, event, actor)).toEqual({ ok: true, state: to });
  });

  it("refuses every other combination, with the right reason", () => {
    let refused = 0;
    for (const state of APPLICATION_STATES) {
      for (const event of APPLICATION_EVENTS) {
        for (const actor of ACTORS) {
          if (ALLOWED.some(([s, e, a]) => s === state && e === event && a === actor)) continue;
          const result = transition(state, event, actor);
          const reason = WHO[event].includes(actor) ? "not_allowed_in_state" : "actor_not_allowed";
          expect(result, `${state} ${event} ${actor}`).toEqual({ ok: false, reason });
          refused++;
        }
      }
    }
    expect(refused).toBe(8 * 9 * 3 - ALLOWED.length);
  });

  it("says who may fire each event", () => {
    for (const event of APPLICATION_EVENTS) expect([...actorsFor(event)].sort()).toEqual([...WHO[event]].sort());
  });

  it("keeps the office's decisions for the office", () => {
    expect(transition("in_charge", "accept", "citizen")).toEqual({ ok: false, reason: "actor_not_allowed" });
    expect(transition("submitted", "take_in_charge", "citizen")).toEqual({ ok: false, reason: "actor_not_allowed" });
    expect(transition("draft", "submit", "operator")).toEqual({ ok: false, reason: "actor_not_allowed" });
    expect(transition("submitted", "withdraw", "operator")).toEqual({ ok: false, reason: "actor_not_allowed" });
  });

  it("lets the citizen withdraw only before the office takes the application in charge", () => {
    expect(transition("submitted", "withdraw", "citizen").ok).toBe(true);
    for (const state of ["draft", "in_charge", "integration_requested", "accepted", "rejected", "withdrawn"] as const) {
      expect(transition(state, "withdraw", "citizen")).toEqual({ ok: false, reason: "not_allowed_in_state" });
    }
  });

  it("cannot accept while an integration is pending, nor reopen a concluded application", () => {
    expect(transition("integration_requested", "accept", "operator")).toEqual({ ok: false, reason: "not_allowed_in_state" });
    for (const state of ["accepted", "rejected", "withdrawn"] as const) {
      expect(isFinal(state)).toBe(true);
      expect(availableEvents(state, "operator")).toEqual([]);
      expect(availableEvents(state, "citizen")).toEqual([]);
    }
    expect(isFinal("integration_requested")).toBe(false);
  });

  it("lists the events each actor can fire now", () => {
    expect(availableEvents("in_charge", "operator")).toEqual(["request_integration", "request_payment", "accept", "reject"]);
    expect(availableEvents("payment_requested", "operator")).toEqual(["reject"]);
    expect(availableEvents("payment_requested", "citizen")).toEqual([]);
    expect(availableEvents("payment_requested", "system")).toEqual(["payment_received"]);
    expect(citizenState("payment_requested")).toBe("action_needed");
    expect(availableEvents("in_charge", "citizen")).toEqual([]);
    expect(availableEvents("submitted", "citizen")).toEqual(["withdraw"]);
    expect(availableEvents("submitted", "operator")).toEqual(["take_in_charge"]);
    expect(availableEvents("integration_requested", "citizen")).toEqual(["integration_received"]);
    expect(availableEvents("integration_requested", "operator")).toEqual(["integration_received", "reject"]);
  });

  it("walks the path of the browser test: submit, take, ask, answer, accept", () => {
    const steps: [ApplicationEvent, Actor][] = [
      ["submit", "citizen"],
      ["take_in_charge", "operator"],
      ["request_integration", "operator"],
      ["integration_received", "citizen"],
      ["accept", "operator"],
    ];
    let state: ApplicationState = "draft";
    const seen: string[] = [];
    for (const [event, actor] of steps) {
      const result = transition(state, event, actor);
      if (!result.ok) throw new Error(`${event} refused: ${result.reason}`);
      state = result.state;
      seen.push(citizenState(state));
    }
    expect(state).toBe("accepted");
    expect(seen).toEqual(["sent", "in_progress", "action_needed", "in_progress", "concluded"]);
  });
});

describe("what the citizen sees", () => {
  it.each([
    ["draft", "draft"],
    ["submitted", "sent"],
    ["in_charge", "in_progress"],
    ["integration_requested", "action_needed"],
    ["accepted", "concluded"],
    ["rejected", "concluded"],
    ["withdrawn", "concluded"],
  ] as const)("%s is shown as %s", (state, shown) => {
    expect(citizenState(state)).toBe(shown);
  });
});

describe("legal deadline", () => {
  const base = { submittedOn: "2026-03-02", rule: DEFAULT_DEADLINE_RULE }; // a Monday

  it("defaults to 30 calendar days", () => {
    expect(DEFAULT_DEADLINE_RULE).toEqual({ days: 30, kind: "calendar" });
    expect(deadline(base)).toBe("2026-04-01");
    expect(deadline({ ...base, suspensions: [] })).toBe("2026-04-01");
  });

  it("moves a calendar term ending on a weekend or holiday to the next working day", () => {
    expect(deadline({ submittedOn: "2026-01-08", rule: DEFAULT_DEADLINE_RULE })).toBe("2026-02-09"); // Sat 7 Feb
    expect(deadline({ submittedOn: "2026-03-06", rule: DEFAULT_DEADLINE_RULE })).toBe("2026-04-07"); // Easter Sunday
    expect(deadline({ submittedOn: "2026-11-07", rule: DEFAULT_DEADLINE_RULE })).toBe("2026-12-07"); // Monday
    expect(
      deadline({ submittedOn: "2026-11-07", rule: DEFAULT_DEADLINE_RULE, extraHolidays: [{ month: 12, day: 7 }] }),
    ).toBe("2026-12-09"); // Sant'Ambrogio, then the Immacolata
  });

  it("adds the days between the integration request and the answer", () => {
    const suspensions = [{ from: "2026-03-10", to: "2026-03-19" }];
    expect(deadline({ ...base, suspensions })).toBe("2026-04-10");
  });

  it("loses nothing when the answer comes the same day", () => {
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: "2026-03-10" }] })).toBe("2026-04-01");
  });

  it("counts a request made on the submission day or on the last day in full", () => {
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-02", to: "2026-03-11" }] })).toBe("2026-04-10");
    expect(deadline({ ...base, suspensions: [{ from: "2026-04-01", to: "2026-04-10" }] })).toBe("2026-04-10");
  });

  it("ignores a request sent after the term had already run out", () => {
    expect(deadline({ ...base, suspensions: [{ from: "2026-04-02", to: "2026-04-20" }] })).toBe("2026-04-01");
  });

  it("suspends at most 30 days, and gives the latest due date while the answer is awaited", () => {
    // 1 April + 30 = Friday 1 May, a holiday, then the weekend.
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: null }] })).toBe("2026-05-04");
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: "2026-04-24" }] })).toBe("2026-05-04");
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: "2026-04-08" }] })).toBe("2026-04-30");
    // Here no weekend absorbs an off-by-one in the cap: 8 April + 30 = Friday 8 May.
    const monday = { submittedOn: "2026-03-09", rule: DEFAULT_DEADLINE_RULE };
    expect(deadline(monday)).toBe("2026-04-08");
    expect(deadline({ ...monday, suspensions: [{ from: "2026-03-10", to: null }] })).toBe("2026-05-08");
    expect(deadline({ ...monday, suspensions: [{ from: "2026-03-10", to: "2026-04-10" }] })).toBe("2026-05-08");
    expect(deadline({ ...monday, suspensions: [{ from: "2026-03-10", to: "2026-04-08" }] })).toBe("2026-05-07");
  });

  it("suspends only once: later integration requests do not move the deadline", () => {
    const suspensions = [
      { from: "2026-04-01", to: "2026-04-05" },
      { from: "2026-03-10", to: "2026-03-19" },
    ];
    expect(deadline({ ...base, suspensions })).toBe("2026-04-10");
  });

  it("can count every suspension in full when a service's policy says so", () => {
    const suspensionPolicy = { maxSuspensions: null, maxDaysEach: null };
    const suspensions = [
      { from: "2026-03-10", to: "2026-03-19" },
      { from: "2026-04-01", to: "2026-04-05" },
    ];
    expect(deadline({ ...base, suspensions, suspensionPolicy })).toBe("2026-04-14");
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: "2026-05-20" }], suspensionPolicy })).toBe(
      "2026-06-11",
    );
    // Without a cap, an unanswered request stops the clock and no due date exists yet.
    expect(deadline({ ...base, suspensions: [{ from: "2026-03-10", to: null }], suspensionPolicy })).toBeNull();
  });

  it("counts working days for the TARI rules of ARERA TQRIF", () => {
    expect(TARI_TQRIF_RULES.information_request).toEqual({ days: 30, kind: "working" });
    expect(TARI_TQRIF_RULES.complaint).toEqual({ days: 30, kind: "working" });
    expect(TARI_TQRIF_RULES.bill_correction).toEqual({ days: 60, kind: "working" });
    // Skips weekends and Easter Monday (6 April 2026).
    expect(deadline({ ...base, rule: TARI_TQRIF_RULES.complaint })).toBe("2026-04-14");
    // Also 25 April (a Saturday anyway) and 1 May.
    expect(deadline({ ...base, rule: TARI_TQRIF_RULES.bill_correction })).toBe("2026-05-27");
  });

  it("suspends a working-day term by the working days of the wait", () => {
    // Tuesday 10 to Tuesday 17 March: five working days stopped.
    const suspensions = [{ from: "2026-03-10", to: "2026-03-17" }];
    expect(deadline({ ...base, rule: TARI_TQRIF_RULES.complaint, suspensions })).toBe("2026-04-21");
  });

  it("refuses inconsistent input", () => {
    expect(() => deadline({ ...base, suspensions: [{ from: "2026-03-01", to: "2026-03-05" }] })).toThrow(RangeError);
    expect(() => deadline({ ...base, suspensions: [{ from: "2026-03-10", to: "2026-03-09" }] })).toThrow(RangeError);
    expect(() => deadline({ ...base, rule: { days: -1, kind: "calendar" } })).toThrow(RangeError);
  });
});

describe("days left", () => {
  it("counts down to zero on the due day and goes negative after", () => {
    expect(daysLeft("2026-04-01", "2026-03-02")).toBe(30);
    expect(daysLeft("2026-04-01", "2026-03-31")).toBe(1);
    expect(daysLeft("2026-04-01", "2026-04-01")).toBe(0);
    expect(daysLeft("2026-04-01", "2026-04-03")).toBe(-2);
    expect(daysLeft("2027-01-01", "2026-12-31")).toBe(1);
  });
  it("is overdue only after the due day", () => {
    expect(isOverdue("2026-04-01", "2026-03-31")).toBe(false);
    expect(isOverdue("2026-04-01", "2026-04-01")).toBe(false);
    expect(isOverdue("2026-04-01", "2026-04-02")).toBe(true);
  });
});

describe("waiting for a payment", () => {
  it("suspends the legal term from the payment request until the payment arrives, like an integration", async () => {
    const { suspensionsOf } = await import("~/domain/application-workflow");
    const events = [
      { event: "submit", occurred_at: "2026-11-02T09:00:00Z" },
      { event: "take_in_charge", occurred_at: "2026-11-03T09:00:00Z" },
      { event: "request_payment", occurred_at: "2026-11-05T09:00:00Z" },
      { event: "payment_received", occurred_at: "2026-11-12T09:00:00Z" },
    ];
    expect(suspensionsOf(events)).toEqual([{ from: "2026-11-05", to: "2026-11-12" }]);
    // 30 calendar days from 2 November end on 2 December; 7 days suspended: 9 December (a Wednesday).
    expect(deadline({ submittedOn: "2026-11-02", rule: DEFAULT_DEADLINE_RULE, suspensions: suspensionsOf(events) })).toBe("2026-12-09");
    // Still waiting: stopped for at most 30 days (L. 241/1990 art. 2 c. 7): 2 December + 30 = 1 January 2027, a holiday, then a weekend → Monday 4th.
    expect(suspensionsOf(events.slice(0, 3))).toEqual([{ from: "2026-11-05", to: null }]);
    expect(deadline({ submittedOn: "2026-11-02", rule: DEFAULT_DEADLINE_RULE, suspensions: suspensionsOf(events.slice(0, 3)) })).toBe("2027-01-04");
  });
});
