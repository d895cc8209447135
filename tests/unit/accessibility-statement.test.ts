import { describe, expect, it } from "vitest";
import { MANUAL_CHECKS } from "../../accessibility/manual-checks";
import { declarationLink } from "~/domain/accessibility-links";
import {
  type AutomatedRun,
  type KnownIssue,
  type ManualCheck,
  checkFeedbackForm,
  checkObjectiveForm,
  conformityOf,
  feedbackDaysLeft,
  feedbackDueOn,
  feedbackReference,
} from "~/domain/accessibility-statement";
import { parseDayInput } from "~/domain/dates";

const check = (id: string, outcome: ManualCheck["outcome"]): ManualCheck => ({
  id,
  description: { it: id, en: id },
  wcag: ["1.4.10"],
  method: { it: "m", en: "m" },
  who: outcome === "not_done" ? null : "RTD",
  date: outcome === "not_done" ? null : "2026-11-20",
  outcome,
});
const clean: AutomatedRun = { checkedOn: "2026-11-27", states: 100, failed: 0, violations: 0 };
const issue = (kind: KnownIssue["kind"]): KnownIssue => ({ id: kind, kind, description: { it: "d", en: "d" }, wcag: [], remedy: { it: "r", en: "r" } });

describe("conformity state", () => {
  it("is conforme only with a clean run, every manual check passed and no known non-compliance", () => {
    expect(conformityOf(clean, [check("a", "pass"), check("b", "pass")], [issue("out_of_scope"), issue("disproportionate_burden")])).toEqual({
      state: "compliant",
      reasons: [],
      manual: { total: 2, passed: 2, failed: 0, notDone: 0 },
    });
  });

  it("a check nobody performed keeps it parzialmente conforme, with the reason", () => {
    const c = conformityOf(clean, [check("a", "pass"), check("b", "not_done")], []);
    expect(c.state).toBe("partially_compliant");
    expect(c.reasons).toEqual(["manual_not_done"]);
  });

  it("no automated report is said, never taken as a pass", () => {
    const c = conformityOf(null, [check("a", "pass")], []);
    expect(c.state).toBe("partially_compliant");
    expect(c.reasons).toEqual(["no_automated_run"]);
  });

  it("violations, failed checks and known non-compliance each give their reason", () => {
    const c = conformityOf({ ...clean, failed: 2, violations: 3 }, [check("a", "fail"), check("b", "pass"), check("c", "pass")], [issue("non_compliance")]);
    expect(c.state).toBe("partially_compliant");
    expect(c.reasons).toEqual(["automated_violations", "manual_failed", "known_non_compliance"]);
  });

  it("is non conforme when most automated states or most manual checks fail", () => {
    expect(conformityOf({ ...clean, failed: 51, violations: 80 }, [], []).state).toBe("non_compliant");
    expect(conformityOf({ ...clean, failed: 50, violations: 80 }, [], []).state).toBe("partially_compliant");
    expect(conformityOf(clean, [check("a", "fail"), check("b", "fail"), check("c", "pass")], []).state).toBe("non_compliant");
  });

  it("a report without the failed count counts its violations", () => {
    expect(conformityOf({ ...clean, failed: null, violations: 1 }, [], []).reasons).toEqual(["automated_violations"]);
  });

  it("the checklist kept in accessibility/ records no result nobody obtained: today the statement is parzialmente conforme", () => {
    for (const c of MANUAL_CHECKS) if (c.outcome !== "not_done") expect(c.who && c.date).toBeTruthy();
    expect(conformityOf(clean, MANUAL_CHECKS, []).state).toBe(MANUAL_CHECKS.every((c) => c.outcome === "pass") ? "compliant" : "partially_compliant");
  });
});

describe("the 30-day answer", () => {
  it("is due 30 calendar days after the Italian day of receipt", () => {
    expect(feedbackDueOn(new Date("2026-11-27T10:00:00Z"))).toBe("2026-12-27");
    // 23:30 UTC on 31 January is already 1 February in Italy.
    expect(feedbackDueOn(new Date("2027-01-31T23:30:00Z"))).toBe("2027-03-03");
    expect(feedbackDueOn(new Date("2028-02-01T09:00:00Z"))).toBe("2028-03-02");
  });

  it("counts the days left, zero on the day, negative when overdue", () => {
    expect(feedbackDaysLeft("2026-12-27", "2026-11-27")).toBe(30);
    expect(feedbackDaysLeft("2026-12-27", "2026-12-27")).toBe(0);
    expect(feedbackDaysLeft("2026-12-27", "2027-01-03")).toBe(-7);
  });

  it("gives a reference from the id and the year of receipt", () => {
    expect(feedbackReference(42, new Date("2026-12-31T23:30:00Z"))).toBe("ACC-2027-00042");
  });
});

describe("the feedback form", () => {
  const base = { name: "", email: "", phone: "", pageUrl: "/calcolo-tari", description: "Il pulsante non si legge", assistiveTechnology: "" };
  it("needs a way to answer, the page and the barrier", () => {
    expect(checkFeedbackForm({ ...base, pageUrl: " ", description: "" })).toEqual({ ok: false, errors: { email: "contactMissing", pageUrl: "pageMissing", description: "descriptionMissing" } });
    expect(checkFeedbackForm({ ...base, email: "nope", phone: "abc" })).toEqual({ ok: false, errors: { email: "emailInvalid", phone: "phoneInvalid" } });
  });
  it("accepts a phone alone and keeps the optional fields null", () => {
    expect(checkFeedbackForm({ ...base, phone: "0362 263101" })).toEqual({
      ok: true,
      value: { name: null, email: null, phone: "0362 263101", pageUrl: "/calcolo-tari", description: "Il pulsante non si legge", assistiveTechnology: null },
    });
  });
  it("refuses over-long texts", () => {
    expect(checkFeedbackForm({ ...base, email: "a@b.it", description: "x".repeat(5001) })).toEqual({ ok: false, errors: { description: "tooLong" } });
  });
});

describe("yearly objectives", () => {
  it("checks year, texts, deadline and state", () => {
    expect(checkObjectiveForm({ year: "27", objective: "", intervention: "", deadline: "31/02/2027", state: "x" }, parseDayInput)).toEqual({
      ok: false,
      errors: { year: "yearInvalid", objective: "objectiveMissing", intervention: "interventionMissing", deadline: "deadlineInvalid", state: "stateInvalid" },
    });
    expect(checkObjectiveForm({ year: "2027", objective: "O", intervention: "I", deadline: "31/12/2027", state: "planned" }, parseDayInput)).toEqual({
      ok: true,
      value: { year: 2027, objective: "O", intervention: "I", deadline: "2027-12-31", state: "planned" },
    });
  });
});

describe("the footer's Dichiarazione di accessibilità", () => {
  it("goes to AGID's form site when configured, else to the generated statement", () => {
    expect(declarationLink("https://form.agid.gov.it/view/abc")).toEqual({ href: "https://form.agid.gov.it/view/abc", external: true });
    expect(declarationLink("")).toEqual({ href: "/accessibilita", external: false });
    expect(declarationLink("https://example.org/dichiarazione")).toEqual({ href: "/accessibilita", external: false });
  });
});
