/**
 * The plan's dashboards on SQLite and PostgreSQL, from the seeded plan: the whole plan's numbers; a
 * submitted value shows only in the back office (as awaiting approval), never in the public numbers;
 * once approved it moves the objective's, action's, line's and plan's 2024 outcome; a status change
 * moves the status counts and a reached milestone leaves the late list. The JSON and CSV say the same
 * as the dashboard, and docs/plan-open-data.md documents every field.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PIAO_MILESTONES, PIAO_OBJECTIVES } from "#db/seed/data/piao";
import { seed } from "#db/seed/index";
import { dashboardFacts } from "~/domain/plan-dashboard";
import { decidePlanUpdate, insertObjectiveStatus, insertPlanUpdate } from "~/models/plan.server";
import {
  DASHBOARD_CSV_HEADER,
  dashboardCsv,
  dashboardJsonDocument,
  type DashboardScope,
  getOfficeDashboard,
  getPlanDashboard,
} from "~/services/plan-dashboard.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const TODAY = "2026-11-27";

describe.each(databaseNames())("the plan's dashboards on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  const publicOf = async (scope: DashboardScope) => (await getPlanDashboard(t.db, "it", TODAY, scope))!;

  it("shows the whole plan as seeded: nothing measured, nothing started, every milestone late", async () => {
    const view = await publicOf({ kind: "plan" });
    const d = view.dashboard;
    expect(view.children.map((c) => c.code)).toEqual(["L1", "L2", "L3", "L4"]);
    expect(d.objectives).toBe(PIAO_OBJECTIVES.length);
    expect(d.indicators).toBe(25);
    for (const p of d.progress) {
      expect(p.counts.reached + p.counts.not_reached).toBe(0);
      expect(p.counts.no_measurement + p.counts.no_baseline).toBe(p.total);
    }
    expect(d.progress.map((p) => p.year)).toEqual([2022, 2023, 2024]);
    expect(d.statuses.not_started).toBe(PIAO_OBJECTIVES.length);
    expect(d.milestones).toEqual({ total: PIAO_MILESTONES.length, done: 0, late: PIAO_MILESTONES.length, due: 0 });
    expect(d.lateMilestones.length).toBe(PIAO_MILESTONES.length);
    expect(await getPlanDashboard(t.db, "it", TODAY, { kind: "line", code: "L9" })).toBeNull();
    expect(await getPlanDashboard(t.db, "it", TODAY, { kind: "objective", code: "L1" })).toBeNull();
  });

  it("publishes an update in every dashboard above it only once approved; the back office sees it waiting", async () => {
    const ob01 = await publicOf({ kind: "objective", code: "OB-01" });
    const [plan, line, action] = ob01.parents;
    expect([plan!.kind, line!.kind, action!.kind]).toEqual(["plan", "line", "action"]);
    const scopes: DashboardScope[] = [{ kind: "plan" }, { kind: "line", code: line!.code }, { kind: "action", code: action!.code }, { kind: "objective", code: "OB-01" }];
    const outcome2024 = async () => Promise.all(scopes.map(async (s) => (await publicOf(s)).dashboard.progress.find((p) => p.year === 2024)!.counts));
    const before = await outcome2024();

    const phones = await t.db.selectFrom("plan_indicator").select("id").where("code", "=", "OB-01.I2").executeTakeFirstOrThrow();
    const staff = await t.db.selectFrom("staff_user").select("id").orderBy("id").execute();
    const id = await insertPlanUpdate(t.db, {
      plan_indicator_id: phones.id,
      measured_value: "410",
      measured_on: "2024-11-30",
      comment: "sostituiti tutti",
      evidence_url: "https://example.org/verbale.pdf",
      evidence_blob_id: null,
      evidence_file_name: null,
      corrects_id: null,
      recorded_by: staff[0]!.id,
      recorded_at: "2024-12-01T10:00:00.000Z",
      state: "submitted",
    });

    // Submitted: the public numbers do not move; the back office says one update awaits a decision.
    expect(await outcome2024()).toEqual(before);
    const office = (await getOfficeDashboard(t.db, "it", TODAY, { kind: "objective", code: "OB-01" }))!;
    expect(office.awaiting).toBe(1);
    expect(office.dashboard).toEqual(ob01.dashboard);
    expect((await getOfficeDashboard(t.db, "it", TODAY, { kind: "objective", code: "OB-05" }))!.awaiting).toBe(0);

    expect(await decidePlanUpdate(t.db, id, { state: "approved", decidedBy: staff[1]!.id, decidedAt: "2024-12-02T09:00:00.000Z", note: null })).toBe(true);
    const after = await outcome2024();
    for (const [i, counts] of after.entries()) {
      expect(counts.reached, JSON.stringify(scopes[i])).toBe(before[i]!.reached + 1);
      expect(counts.no_measurement).toBe(before[i]!.no_measurement - 1);
    }
    const row = (await publicOf({ kind: "objective", code: "OB-01" })).dashboard.indicatorProgress.find((i) => i.code === "OB-01.I2")!;
    expect(row.years.find((y) => y.year === 2024)).toEqual({ year: 2024, state: "reached", percent: 100 });
    expect((await getOfficeDashboard(t.db, "it", TODAY, { kind: "plan" }))!.awaiting).toBe(0);
  });

  it("counts a status change and drops a reached milestone from the late list", async () => {
    const ob = await t.db.selectFrom("plan_objective").select("id").where("code", "=", "OB-05").executeTakeFirstOrThrow();
    await insertObjectiveStatus(t.db, { plan_objective_id: ob.id, status: "at_risk", changed_by: null, changed_at: "2026-11-20T09:00:00.000Z", reason: "ritardo del fornitore" });
    await t.db.updateTable("plan_milestone").set({ done_on: "2026-11-20" }).where("code", "=", "OB-05.M2").execute();
    const d = (await publicOf({ kind: "objective", code: "OB-05" })).dashboard;
    expect(d.statuses).toEqual({ not_started: 0, on_track: 0, at_risk: 1, late: 0, done: 0 });
    expect(d.milestones.done).toBe(1);
    expect(d.lateMilestones.map((m) => m.code)).not.toContain("OB-05.M2");
    expect((await publicOf({ kind: "plan" })).dashboard.statuses.at_risk).toBe(1);
  });

  it("exports the same numbers as JSON and CSV, with every field documented", async () => {
    const view = await publicOf({ kind: "line", code: "L1" });
    const doc = dashboardJsonDocument(view, "it");
    expect(doc.scope).toEqual({ type: "line", code: "L1", title: view.scope.title });
    expect(doc.progress).toEqual(view.dashboard.progress);
    const csv = dashboardCsv(view, (figure, category) => `${figure}/${category}`);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe(DASHBOARD_CSV_HEADER.map((h) => `"${h}"`).join(";"));
    const facts = dashboardFacts(view.dashboard);
    expect(lines.length).toBe(1 + facts.length + view.dashboard.lateMilestones.length);
    const reached2024 = facts.find((f) => f.figure === "indicator_progress" && f.year === 2024 && f.category === "reached")!;
    expect(lines).toContain(
      ["line", "L1", TODAY, "indicator_progress", "2024", "reached", "indicator_progress/reached", String(reached2024.count), String(reached2024.total), "", ""].map((c) => `"${c}"`).join(";"),
    );

    const docs = readFileSync("docs/plan-open-data.md", "utf8");
    const fields = new Set([
      ...Object.keys(doc),
      ...Object.keys(doc.progress[0]!),
      ...Object.keys(doc.milestones),
      ...Object.keys(view.dashboard.indicatorProgress[0]!),
      ...Object.keys(view.dashboard.indicatorProgress[0]!.years[0]!),
      ...Object.keys(view.dashboard.lateMilestones[0]!),
      ...DASHBOARD_CSV_HEADER,
    ]);
    // A list is documented as `name[]`.
    for (const f of fields) expect(docs.includes(`\`${f}\``) || docs.includes(`\`${f}[]\``), f).toBe(true);
  });
});
