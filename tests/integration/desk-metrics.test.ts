/**
 * The plan's indicators the desk measures by itself, on SQLite and PostgreSQL: a citizen submitting
 * an application raises the month's count by one (recorded as an approved system measurement the
 * public plan tree then shows), a second refresh with nothing new adds no row, a paid pagoPA notice
 * raises the year's payments, a counter submission lowers the online share (an operator records only
 * for their offices' services, audited), a rating moves the
 * satisfaction, and the last accessibility check is "no check" until a run is recorded.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { insertCounterSubmission, listSystemMeasurements } from "~/models/desk-metrics.server";
import { insertNotice, markNoticePaid } from "~/models/tax-notice.server";
import { NO_REQUEST } from "~/services/audit.server";
import { type CitizenPrincipal, submitApplication } from "~/services/applications.server";
import { type AccessibilityResult, accessibilityReportFile, refreshDeskMetrics } from "~/services/desk-metrics.server";
import { counterServices, recordCounterSubmission } from "~/services/counter-submissions.server";
import { recordFeedback } from "~/services/feedback.server";
import { getPlanTree, objectivesOf } from "~/services/plan.server";
import { completeTariDraft, testCitizen } from "../setup/applications";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const translate = ((key: string) => key) as never;
const texts = () => ({ subject: "Oggetto", body: "Testo" });
const NOW = new Date("2026-11-27T10:00:00.000Z");
const clock = { now: "2026-11-27T09:00:00.000Z", today: "2026-11-27" };

describe.each(databaseNames())("the desk's own indicators on %s", (name) => {
  let t: TestDatabase;
  let anna: CitizenPrincipal;
  let a11y: AccessibilityResult = null;
  let paidBefore = 0;
  const refresh = () => refreshDeskMetrics(t.db, { now: NOW, accessibility: async () => a11y });
  const indicatorId = async (code: string) => (await t.db.selectFrom("plan_indicator").select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
  const latest = async (code: string) => (await listSystemMeasurements(t.db, await indicatorId(code)))[0]?.measured_value ?? null;
  const rows = async () => Number((await t.db.selectFrom("plan_update").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
    anna = (await testCitizen(t.db, 1, clock.now)).principal;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("records the first values as approved system measurements, and nothing more on a second refresh", async () => {
    const first = await refresh();
    // Nothing submitted or rated yet: 0 applications this month; the payments are the seed's paid
    // notices of 2026 (counted here independently); the share, processing time, satisfaction and
    // accessibility have nothing to measure.
    const seeded = await t.db.selectFrom("tax_notice").select(["paid_at"]).where("state", "=", "paid").execute();
    paidBefore = seeded.filter((n) => n.paid_at?.startsWith("2026")).length;
    expect(first.recorded).toEqual({ "OB-05.I4": "0", "OB-04.I3": String(paidBefore) });
    expect([...first.unmeasured].sort()).toEqual(["accessibility-check", "citizen-satisfaction", "online-vs-counter-share", "processing-time-vs-deadline"]);
    const row = await t.db.selectFrom("plan_update").selectAll().where("plan_indicator_id", "=", await indicatorId("OB-05.I4")).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ recorded_by: null, state: "approved", measured_on: "2026-11-27", measured_value: "0" });
    const before = await rows();
    expect((await refresh()).recorded).toEqual({});
    expect(await rows()).toBe(before);
  });

  it("goes up by one when a citizen submits an application, and the public plan shows it", async () => {
    const id = await completeTariDraft(t.db, anna, clock);
    expect((await submitApplication(t.db, { id, principal: anna, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST)).kind).toBe("submitted");
    const report = await refresh();
    expect(report.recorded).toEqual({ "OB-05.I4": "1", "OB-05.I5": "100.00" });
    expect(await latest("OB-05.I4")).toBe("1");
    const history = await listSystemMeasurements(t.db, await indicatorId("OB-05.I4"));
    expect(history.map((h) => h.measured_value)).toEqual(["1", "0"]);
    expect(history[0]!.comment).toContain("tari-iscrizione: 1");

    const before = await rows();
    expect((await refresh()).recorded).toEqual({});
    expect(await rows()).toBe(before);

    const tree = await getPlanTree(t.db, "it", "2026-11-27");
    const indicator = objectivesOf(tree!).flatMap((o) => o.indicators).find((i) => i.code === "OB-05.I4")!;
    expect(indicator.latest).toMatchObject({ value: "1", measuredOn: "2026-11-27" });
  });

  it("records a new value once when several instances refresh at the same time", async () => {
    const id = await completeTariDraft(t.db, anna, clock);
    expect((await submitApplication(t.db, { id, principal: anna, lang: "it", translators: { it: translate, en: translate }, emailTexts: texts }, clock, NO_REQUEST)).kind).toBe("submitted");
    const before = await rows();
    const reports = await Promise.all([refresh(), refresh(), refresh()]);
    expect(reports.map((r) => r.recorded["OB-05.I4"]).filter(Boolean)).toEqual(["2"]);
    expect(await rows()).toBe(before + 1);
    expect(await latest("OB-05.I4")).toBe("2");
  });

  it("lowers the online share when staff record a counter submission", async () => {
    const service = await t.db.selectFrom("service").select("id").where("slug", "=", "tari-iscrizione").executeTakeFirstOrThrow();
    const staff = await t.db.selectFrom("staff_user").select("id").where("username", "=", "anagrafe").executeTakeFirstOrThrow();
    await insertCounterSubmission(t.db, { serviceId: service.id, receivedOn: "2026-11-20", channel: "counter", protocolNumber: null, recordedBy: staff.id, recordedAt: clock.now });
    // 2 online, 1 at the counter: 2/3 = 66.666… → 66.67 %.
    expect((await refresh()).recorded).toEqual({ "OB-05.I5": "66.67" });
    expect(await latest("OB-05.I5")).toBe("66.67");
  });

  it("lets an operator record only for their own offices' services, audited", async () => {
    const staff = await t.db.selectFrom("staff_user").select("id").where("username", "=", "anagrafe").executeTakeFirstOrThrow();
    const base = { staffId: staff.id, offices: ["servizi-demografici"], lang: "it", today: "2026-11-27", now: NOW, meta: NO_REQUEST };
    const services = await counterServices(t.db, ["servizi-demografici"], "it");
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((s) => s.office === "servizi-demografici")).toBe(true);
    // TARI belongs to the tax office, not to this operator's registry office.
    expect(await recordCounterSubmission(t.db, { ...base, form: { service: "tari-iscrizione", receivedOn: "27/11/2026", channel: "phone", protocol: "" } })).toEqual({
      ok: false,
      errors: { service: "service_unknown" },
    });
    const before = await t.db.selectFrom("counter_submission").select("id").execute();
    const ok = await recordCounterSubmission(t.db, { ...base, form: { service: services[0]!.slug, receivedOn: "26/11/2026", channel: "email", protocol: "2026/77" } });
    if (!ok.ok) throw new Error("refused");
    expect(ok).toMatchObject({ service: services[0]!.title, receivedOn: "2026-11-26" });
    expect((await t.db.selectFrom("counter_submission").select("id").execute()).length).toBe(before.length + 1);
    const row = await t.db.selectFrom("counter_submission").selectAll().where("id", "=", ok.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ received_on: "2026-11-26", channel: "email", protocol_number: "2026/77", recorded_by: staff.id });
    const audit = await t.db.selectFrom("audit_log").selectAll().where("event", "=", "counter_submission.recorded").where("target_id", "=", String(ok.id)).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: staff.id, outcome: "success" });
    // 2 online, now 2 at the counter: 50 %.
    expect((await refresh()).recorded).toEqual({ "OB-05.I5": "50.00" });
  });

  it("raises the pagoPA count when a notice is paid", async () => {
    await insertNotice(t.db, {
      fiscal_code: "RSSMRA80A01F205X", tax: "TARI", year: 2026, instalment: "rata1", description: "TARI 2026", amount_cents: 12_345,
      due_on: "2026-12-16", notice_number: "301000000000000099", state: "open", provider: null, receipt_id: null, paid_at: null, created_at: clock.now,
    } as never);
    expect((await refresh()).recorded).toEqual({});
    expect(await markNoticePaid(t.db, "301000000000000099", { provider: "test", receiptId: "r-1", at: "2026-11-27T09:30:00.000Z" })).toBe(true);
    expect((await refresh()).recorded).toEqual({ "OB-04.I3": String(paidBefore + 1) });
  });

  it("measures satisfaction from the rating component and the last accessibility check when there is one", async () => {
    expect((await recordFeedback(t.db, { rating: "5", page: "/servizi/tari-iscrizione" }, "it", new Date("2026-11-27T08:00:00Z"))).ok).toBe(true);
    expect((await recordFeedback(t.db, { rating: "2", page: "/" }, "it", new Date("2026-11-27T08:05:00Z"))).ok).toBe(true);
    a11y = { checkedOn: "2026-11-26", states: 40, violations: 2 };
    // (5 + 2) / 2 = 3.5; the check names two indicators (OB-05.I8 and OB-07.I2).
    expect((await refresh()).recorded).toEqual({ "OB-05.I7": "3.50", "OB-05.I8": "2", "OB-07.I2": "2" });
    const row = (await listSystemMeasurements(t.db, await indicatorId("OB-07.I2")))[0]!;
    expect(row.measured_on).toBe("2026-11-26");
  });
});

describe("the accessibility report as the a11y run writes it", () => {
  it("reads the summary's day (Italy), states and violations, and says none when the file is missing or malformed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "a11y-report-"));
    const file = join(dir, "latest.json");
    expect(await accessibilityReportFile(file)()).toBeNull();
    // 23:30 UTC on 26 November is 00:30 on the 27th in Italy.
    writeFileSync(file, JSON.stringify({ summary: { startedAt: "2026-11-26T23:00:00.000Z", finishedAt: "2026-11-26T23:30:00.000Z", states: 57, passed: 55, failed: 2, violations: 3 }, states: [] }));
    expect(await accessibilityReportFile(file)()).toEqual({ checkedOn: "2026-11-27", states: 57, violations: 3 });
    writeFileSync(file, "{ not json");
    expect(await accessibilityReportFile(file)()).toBeNull();
    writeFileSync(file, JSON.stringify({ summary: { finishedAt: "2026-11-26T10:00:00.000Z" } }));
    expect(await accessibilityReportFile(file)()).toBeNull();
  });
});
