/**
 * The accessibility feedback mechanism and statement on SQLite and PostgreSQL (issue 7 §9): a report
 * sent without login becomes a request due 30 days later, acknowledged by e-mail and audited; the
 * queue lists it by due day; staff take it in hand and answer it (e-mailed, audited, once); reports
 * from one address are throttled; the statement counts the overdue ones and shows the objectives,
 * which the plan's objective OB-07 shows too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { NO_REQUEST } from "~/services/audit.server";
import { actOnFeedback, feedbackDetail, feedbackQueue, feedbackReceipt, submitAccessibilityFeedback, type FeedbackEmail } from "~/services/accessibility-feedback.server";
import {
  accessibilityObjectivesOfPlan,
  addAccessibilityObjective,
  changeAccessibilityObjectiveState,
  loadStatement,
} from "~/services/accessibility-statement.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const email: FeedbackEmail = async (kind, lang, f) => ({ subject: `${kind} ${lang} ${f.reference}`, body: `due ${f.dueOn} ${f.answer ?? ""}` });
const form = (over: Record<string, string> = {}) => ({
  name: "",
  email: "maria@example.it",
  phone: "",
  pageUrl: "/calcolo-tari",
  description: "Il lettore di schermo non legge il risultato",
  assistiveTechnology: "NVDA 2024 con Firefox",
  ...over,
});
const RECEIVED = new Date("2026-11-27T10:00:00.000Z");

describe.each(databaseNames())("accessibility feedback on %s", (name) => {
  let t: TestDatabase;
  let staffId: number;
  const audits = (event: string) => t.db.selectFrom("audit_log").selectAll().where("event", "=", event).execute();

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    staffId = (await t.db.selectFrom("staff_user").select("id").where("username", "=", "anagrafe").executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("refuses a report without a way to answer, storing nothing", async () => {
    const r = await submitAccessibilityFeedback(t.db, { form: form({ email: "" }), lang: "it", now: RECEIVED, meta: NO_REQUEST, email });
    expect(r).toEqual({ ok: false, reason: "invalid", errors: { email: "contactMissing" } });
    expect(await t.db.selectFrom("accessibility_feedback").selectAll().execute()).toEqual([]);
  });

  it("records a report due 30 days later, acknowledges it by e-mail and audits it", async () => {
    const r = await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now: RECEIVED, meta: { ...NO_REQUEST, ip: "192.0.2.7" }, email });
    if (!r.ok) throw new Error("refused");
    const row = await t.db.selectFrom("accessibility_feedback").selectAll().where("reference", "=", r.reference).executeTakeFirstOrThrow();
    expect(r.reference).toBe(`ACC-2026-${String(row.id).padStart(5, "0")}`);
    expect(row).toMatchObject({ state: "received", due_on: "2026-12-27", received_at: RECEIVED.toISOString(), phone: null, name: null, answer: null });
    expect(await feedbackReceipt(t.db, r.token)).toEqual({ reference: r.reference, receivedAt: RECEIVED.toISOString(), dueOn: "2026-12-27", byEmail: true });
    expect(await feedbackReceipt(t.db, "not-a-token")).toBeNull();
    const mail = await t.db.selectFrom("outbox").selectAll().where("related_kind", "=", "accessibility_feedback").execute();
    expect(mail.map((m) => [m.recipient, m.subject])).toEqual([["maria@example.it", `acknowledgement it ${r.reference}`]]);
    const [audit] = await audits("accessibility_feedback.received");
    expect(audit).toMatchObject({ actor_kind: "anonymous", target_id: String(row.id), ip: "192.0.2.7" });
  });

  it("lists open requests by due day, the most urgent first", async () => {
    const later = await submitAccessibilityFeedback(t.db, { form: form({ email: "", phone: "0362 263101" }), lang: "en", now: new Date("2026-11-28T10:00:00Z"), meta: NO_REQUEST, email });
    const earlier = await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now: new Date("2026-10-01T10:00:00Z"), meta: NO_REQUEST, email });
    if (!later.ok || !earlier.ok) throw new Error("refused");
    const { open, answered } = await feedbackQueue(t.db);
    expect(open.map((r) => r.due_on)).toEqual(["2026-10-31", "2026-12-27", "2026-12-28"]);
    expect(answered).toEqual([]);
    // Without an e-mail nothing is queued for the phone-only report.
    expect(await t.db.selectFrom("outbox").select("id").where("related_kind", "=", "accessibility_feedback").execute()).toHaveLength(2);
    // The statement counts the one past its due day on 27 November.
    const s = await loadStatement(t.db, { now: RECEIVED, run: async () => null });
    expect(s.overdueFeedback).toBe(1);
    expect(s.conformity.reasons).toContain("no_automated_run");
  });

  it("staff take a request in hand, then answer it once: e-mailed and audited", async () => {
    const { open } = await feedbackQueue(t.db);
    const id = open[1]!.id;
    const ctx = { now: new Date("2026-12-01T09:00:00Z"), meta: NO_REQUEST, email };
    expect(await actOnFeedback(t.db, staffId, id, { kind: "take" }, ctx)).toEqual({ ok: true });
    expect(await actOnFeedback(t.db, staffId, id, { kind: "take" }, ctx)).toEqual({ ok: false, reason: "not_open" });
    expect((await feedbackDetail(t.db, id))?.state).toBe("in_progress");
    expect(await actOnFeedback(t.db, staffId, id, { kind: "answer", text: "  " }, ctx)).toEqual({ ok: false, reason: "answer_missing" });
    expect(await actOnFeedback(t.db, staffId, id, { kind: "answer", text: "Abbiamo corretto la pagina." }, ctx)).toEqual({ ok: true });
    expect(await actOnFeedback(t.db, staffId, id, { kind: "answer", text: "Di nuovo" }, ctx)).toEqual({ ok: false, reason: "already_answered" });
    const row = await feedbackDetail(t.db, id);
    expect(row).toMatchObject({ state: "answered", answer: "Abbiamo corretto la pagina.", answered_by: staffId, answered_at: "2026-12-01T09:00:00.000Z", answered_by_name: expect.any(String) });
    const mails = await t.db.selectFrom("outbox").selectAll().where("related_kind", "=", "accessibility_feedback").where("related_id", "=", String(id)).orderBy("id").execute();
    expect(mails.map((m) => m.subject)).toEqual([`acknowledgement it ${row!.reference}`, `answer it ${row!.reference}`]);
    expect(mails[1]!.body).toContain("Abbiamo corretto la pagina.");
    const [answeredAudit] = await audits("accessibility_feedback.answered");
    expect(answeredAudit).toMatchObject({ actor_kind: "staff", actor_id: staffId, target_id: String(id) });
    expect(JSON.parse(answeredAudit!.details!)).toMatchObject({ onTime: true, emailed: true });
    expect((await audits("accessibility_feedback.taken")).length).toBe(1);
    const q = await feedbackQueue(t.db);
    expect(q.open.map((r) => r.id)).not.toContain(id);
    expect(q.answered.map((r) => r.id)).toEqual([id]);
    expect(await actOnFeedback(t.db, staffId, 999_999, { kind: "take" }, ctx)).toEqual({ ok: false, reason: "not_found" });
  });

  it("throttles reports from one address, never asking a CAPTCHA", async () => {
    const meta = { ...NO_REQUEST, ip: "198.51.100.9" };
    const now = new Date("2026-11-27T12:00:00Z");
    for (let i = 0; i < 10; i++) expect((await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now, meta, email })).ok).toBe(true);
    expect(await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now, meta, email })).toEqual({ ok: false, reason: "throttled" });
    // Another address is not affected; an hour later the first may report again.
    expect((await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now, meta: { ...meta, ip: "198.51.100.10" }, email })).ok).toBe(true);
    expect((await submitAccessibilityFeedback(t.db, { form: form(), lang: "it", now: new Date("2026-11-27T13:00:01Z"), meta, email })).ok).toBe(true);
  });

  it("staff add and update the yearly objectives, shown on the statement and on the plan's OB-07", async () => {
    const before = (await accessibilityObjectivesOfPlan(t.db, "OB-07")).length;
    const bad = await addAccessibilityObjective(t.db, { staffId, form: { year: "2027", objective: "", intervention: "x", deadline: "2027-02-30", state: "planned" }, now: RECEIVED, meta: NO_REQUEST });
    expect(bad).toEqual({ ok: false, errors: { objective: "objectiveMissing", deadline: "deadlineInvalid" } });
    const ok = await addAccessibilityObjective(t.db, {
      staffId,
      form: { year: "2027", objective: "Moduli PDF accessibili", intervention: "Sostituire i moduli PDF con moduli online", deadline: "31/12/2027", state: "planned" },
      now: RECEIVED,
      meta: NO_REQUEST,
    });
    if (!ok.ok) throw new Error("refused");
    expect(await changeAccessibilityObjectiveState(t.db, { staffId, id: ok.id, state: "in_progress", now: RECEIVED, meta: NO_REQUEST })).toBe(true);
    const plan = await accessibilityObjectivesOfPlan(t.db, "OB-07");
    expect(plan).toHaveLength(before + 1);
    expect(plan.find((o) => o.id === ok.id)).toMatchObject({ year: 2027, deadline: "2027-12-31", state: "in_progress" });
    expect(await accessibilityObjectivesOfPlan(t.db, "OB-01")).toEqual([]);
    const s = await loadStatement(t.db, { now: new Date("2027-04-01T10:00:00Z"), run: async () => null });
    expect(s.hasObjectivesOfYear).toBe(true);
    expect(s.objectivesDueOn).toBe("2027-03-31");
    expect((await audits("accessibility_objective.created")).length).toBe(1);
    expect((await audits("accessibility_objective.state_changed")).length).toBe(1);
  });
});
