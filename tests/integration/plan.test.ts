/**
 * The plan on SQLite and PostgreSQL: the seed loads every line, action, crocevia, mark, mission,
 * objective, sub-item, indicator, target and milestone of db/seed/data/piao.ts (codes compared with
 * the seed constants); seeding again changes no row; the tree service publishes only APPROVED
 * measurements (the latest one, per year by its measurement date) and judges milestones on a day.
 */
import { readFileSync } from "node:fs";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PIAO_ACTIONS,
  PIAO_CROCEVIA,
  PIAO_INDICATORS,
  PIAO_LINES,
  PIAO_MATRIX,
  PIAO_MILESTONES,
  PIAO_OBJECTIVES,
  PIAO_PNRR_MISSIONS,
  PIAO_SDGS,
} from "#db/seed/data/piao";
import { seed } from "#db/seed/index";
import { seedPlan } from "#db/seed/plan";
import { decidePlanUpdate, insertObjectiveStatus, insertPlanUpdate } from "~/models/plan.server";
import { findObjective, getPlanTree, indicatorsCsvHeader, OBJECTIVES_CSV_HEADER, objectivesOf, planJsonDocument } from "~/services/plan.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const PLAN_TABLES = [
  "plan", "plan_translation", "plan_line", "plan_line_translation", "plan_action", "plan_action_translation",
  "plan_crocevia", "plan_crocevia_translation", "plan_action_crocevia", "plan_pnrr_mission", "plan_pnrr_mission_translation",
  "plan_sdg", "plan_sdg_translation", "plan_objective", "plan_objective_translation", "plan_objective_item",
  "plan_objective_item_translation", "plan_objective_mission", "plan_objective_sdg", "plan_indicator",
  "plan_indicator_translation", "plan_indicator_target", "plan_milestone", "plan_milestone_translation", "plan_indicator_milestone",
] as const;

async function dump(db: Kysely<any>) {
  const out: Record<string, unknown[]> = {};
  for (const t of PLAN_TABLES) {
    const rows = await db.selectFrom(t).selectAll().execute();
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe.each(databaseNames())("the plan on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("loads every line, action, crocevia, mark, mission, objective, item, indicator, target and milestone of the seed", async () => {
    const codes = async (table: "plan_line" | "plan_action" | "plan_crocevia" | "plan_pnrr_mission" | "plan_objective" | "plan_objective_item" | "plan_indicator" | "plan_milestone") =>
      (await t.db.selectFrom(table).select("code").execute()).map((r) => r.code).sort();
    const sorted = (xs: readonly { code: string }[]) => xs.map((x) => x.code).sort();
    expect(await codes("plan_line")).toEqual(sorted(PIAO_LINES));
    expect(await codes("plan_action")).toEqual(sorted(PIAO_ACTIONS));
    expect(await codes("plan_crocevia")).toEqual(sorted(PIAO_CROCEVIA));
    expect(await codes("plan_pnrr_mission")).toEqual(sorted(PIAO_PNRR_MISSIONS));
    expect(await codes("plan_objective")).toEqual(sorted(PIAO_OBJECTIVES));
    expect(await codes("plan_objective_item")).toEqual(sorted(PIAO_OBJECTIVES.flatMap((o) => o.items)));
    expect(await codes("plan_indicator")).toEqual(sorted(PIAO_INDICATORS));
    expect(await codes("plan_milestone")).toEqual(sorted(PIAO_MILESTONES));
    // The counts docs/piao-data.md gives, so a shrunken seed cannot pass by loading less.
    expect([PIAO_LINES.length, PIAO_ACTIONS.length, PIAO_CROCEVIA.length, PIAO_MATRIX.length, PIAO_OBJECTIVES.length, PIAO_INDICATORS.length, PIAO_MILESTONES.length]).toEqual([4, 11, 6, 9, 7, 25, 20]);
    expect((await t.db.selectFrom("plan_sdg").select("id").execute()).length).toBe(PIAO_SDGS.length);
    expect((await t.db.selectFrom("plan_action_crocevia").select("mark").execute()).length).toBe(PIAO_MATRIX.length);
    const targetRows = await t.db.selectFrom("plan_indicator_target").select("year").execute();
    expect(targetRows.length).toBe(PIAO_INDICATORS.reduce((n, i) => n + i.years.length, 0));
  });

  it("keeps the plan's wording in Italian and the translation in English", async () => {
    const it3 = await t.db
      .selectFrom("plan_action as a")
      .innerJoin("plan_action_translation as tr", "tr.plan_action_id", "a.id")
      .select(["tr.lang", "tr.title"])
      .where("a.code", "=", "L2.A2")
      .orderBy("tr.lang")
      .execute();
    const seedAction = PIAO_ACTIONS.find((a) => a.code === "L2.A2")!;
    expect(it3).toEqual([
      { lang: "en", title: seedAction.title.en },
      { lang: "it", title: "Sviluppare, Garantire, Qualificare: riappropriarsi consapevolmente di un Territorio" },
    ]);
  });

  it("keeps numbers as decimal text: about 400 phones, 1 Gb each year", async () => {
    const rows = await t.db
      .selectFrom("plan_indicator_target as g")
      .innerJoin("plan_indicator as i", "i.id", "g.plan_indicator_id")
      .select(["i.code", "g.year", "g.target_type", "g.value", "g.approximate"])
      .where("i.code", "in", ["OB-01.I2", "OB-01.I4"])
      .orderBy("i.code")
      .orderBy("g.year")
      .execute();
    expect(rows).toEqual([
      { code: "OB-01.I2", year: 2024, target_type: "value", value: "400", approximate: 1 },
      { code: "OB-01.I4", year: 2022, target_type: "value", value: "1", approximate: 0 },
      { code: "OB-01.I4", year: 2023, target_type: "value", value: "1", approximate: 0 },
      { code: "OB-01.I4", year: 2024, target_type: "value", value: "1", approximate: 0 },
    ]);
  });

  it("seeding again changes no row (ids, texts, links, targets)", async () => {
    const before = await dump(t.db);
    await seed(t.db, new Date("2027-01-01T00:00:00Z"), { demoStaff: true });
    await t.db.transaction().execute((trx) => seedPlan(trx, "2028-01-01T00:00:00.000Z"));
    expect(await dump(t.db)).toEqual(before);
  });

  it("builds the tree: 4 lines, 11 actions, 7 objectives under their actions, no published value yet", async () => {
    const tree = await getPlanTree(t.db, "it", "2026-11-27");
    if (!tree) throw new Error("no plan");
    expect(tree.lines.map((l) => l.code)).toEqual(["L1", "L2", "L3", "L4"]);
    expect(tree.lines.map((l) => l.actions.length)).toEqual([4, 4, 2, 1]);
    expect(tree.lines[2]!.actions[0]!.objectives.map((o) => o.code)).toEqual(["OB-01", "OB-02", "OB-03", "OB-04", "OB-05", "OB-07"]);
    expect(tree.lines[0]!.actions[0]!.objectives.map((o) => o.code)).toEqual(["OB-06"]);
    expect(tree.lines[1]!.actions[1]!.croceviaCodes).toEqual(["C1", "C2"]);
    expect(tree.years).toEqual([2022, 2023, 2024]);
    expect(objectivesOf(tree).map((o) => o.code)).toEqual(PIAO_OBJECTIVES.map((o) => o.code));
    const all = objectivesOf(tree).flatMap((o) => o.indicators);
    expect(all.length).toBe(25);
    expect(all.every((i) => i.latest === null && i.published.length === 0)).toBe(true);
    expect(all.flatMap((i) => i.targets).every((g) => g.progress.state === "no_measurement")).toBe(true);
    // Every milestone is due 31/12/2024 and none is done: on 27/11/2026 all 20 are late.
    expect(tree.summary).toEqual({ objectives: 7, statuses: { not_started: 7, on_track: 0, at_risk: 0, late: 0, done: 0 }, milestones: { total: 20, done: 0, late: 20, due: 0 } });
    const before = await getPlanTree(t.db, "it", "2024-12-31");
    expect(before?.summary.milestones).toEqual({ total: 20, done: 0, late: 0, due: 20 });
    const en = await getPlanTree(t.db, "en", "2026-11-27");
    expect(en?.lines[0]?.title).toBe("I choose Seregno: on the side of the people");
  });

  it("publishes only approved values: the latest, per year by measurement date; drafts, submitted and rejected stay hidden", async () => {
    const phones = await t.db.selectFrom("plan_indicator").select("id").where("code", "=", "OB-01.I2").executeTakeFirstOrThrow();
    const staff = await t.db.selectFrom("staff_user").select("id").orderBy("id").execute();
    const [owner, approver] = [staff[0]!.id, staff[1]!.id];
    /** Records an update as submitted, then decides it when asked (as the back office will). */
    const record = async (value: string, on: string, state: "draft" | "submitted" | "approved" | "rejected", corrects: number | null = null) => {
      const id = await insertPlanUpdate(t.db, {
        plan_indicator_id: phones.id,
        measured_value: value,
        measured_on: on,
        comment: `misura ${value}`,
        evidence_url: "https://example.org/verbale.pdf",
        evidence_blob_id: null,
        evidence_file_name: null,
        corrects_id: corrects,
        recorded_by: owner,
        recorded_at: `${on}T10:00:00.000Z`,
        state: state === "draft" ? "draft" : "submitted",
      });
      if (state === "approved" || state === "rejected") {
        expect(await decidePlanUpdate(t.db, id, { state, decidedBy: approver, decidedAt: `${on}T12:00:00.000Z`, note: null })).toBe(true);
      }
      return id;
    };
    const first = await record("120", "2023-06-30", "approved");
    const second = await record("300", "2024-06-30", "approved");
    await record("390", "2024-12-15", "rejected");
    const submitted = await record("395", "2024-12-20", "submitted");
    const draft = await record("399", "2024-12-21", "draft");
    // The 300 was wrong: the correction is a new row (measured on 1 June); the 300 stays, marked, and no
    // longer counts even though it was measured later.
    const correction = await record("280", "2024-06-01", "approved", second);

    const tree = await getPlanTree(t.db, "it", "2026-11-27");
    const ob1 = findObjective(tree!, "fibra-ottica-e-fonia-voip");
    const ind = ob1!.objective.indicators.find((i) => i.code === "OB-01.I2")!;
    expect(ind.latest?.value).toBe("280");
    expect(ind.published.map((p) => [p.value, p.correctedBy])).toEqual([["300", correction], ["280", null], ["120", null]]);
    // 280 of about 400 phones: 70 % of the way.
    expect(ind.targets).toEqual([{ year: 2024, type: "value", value: "400", approximate: true, progress: { state: "not_reached", percent: 70 } }]);
    expect((await t.db.selectFrom("plan_update").select("id").execute()).length).toBe(6);

    // A decided update is never decided again, and a draft cannot be approved without being submitted.
    expect(await decidePlanUpdate(t.db, first, { state: "rejected", decidedBy: approver, decidedAt: "2026-11-27T09:00:00.000Z", note: "ripensamento" })).toBe(false);
    expect(await decidePlanUpdate(t.db, draft, { state: "approved", decidedBy: approver, decidedAt: "2026-11-27T09:00:00.000Z", note: null })).toBe(false);
    const kept = await t.db.selectFrom("plan_update").select(["state", "measured_value", "decision_note"]).where("id", "=", first).executeTakeFirstOrThrow();
    expect(kept).toEqual({ state: "approved", measured_value: "120", decision_note: null });
    // Approving the submitted one publishes it, the latest measured in 2024.
    expect(await decidePlanUpdate(t.db, submitted, { state: "approved", decidedBy: approver, decidedAt: "2026-11-27T09:00:00.000Z", note: "verificato" })).toBe(true);
    const after = findObjective((await getPlanTree(t.db, "it", "2026-11-27"))!, "fibra-ottica-e-fonia-voip")!.objective.indicators.find((i) => i.code === "OB-01.I2")!;
    expect(after.latest?.value).toBe("395");
    expect(after.targets[0]!.progress).toEqual({ state: "not_reached", percent: 99 });
  });

  it("documents every field of the JSON document and of the CSV files (docs/plan-open-data.md)", async () => {
    const docs = readFileSync("docs/plan-open-data.md", "utf8");
    const tree = (await getPlanTree(t.db, "it", "2026-11-27"))!;
    const doc = planJsonDocument(tree, "it");
    const line = doc.lines[0]!;
    const action = line.actions.find((a) => a.objectives.length)!;
    const objective = action.objectives[0]!;
    const indicator = objective.indicators.find((i) => i.published.length) ?? objective.indicators[0]!;
    const keys = [
      ...Object.keys(doc), ...Object.keys(line), ...Object.keys(action), ...Object.keys(objective), ...Object.keys(indicator),
      ...Object.keys(doc.summary), ...Object.keys(objective.milestones[0]!), ...Object.keys(indicator.targets[0]!),
      ...Object.keys(indicator.targets[0]!.progress), ...Object.keys(tree.crocevia[0]!), ...Object.keys(tree.matrix[0]!), ...Object.keys(tree.pnrrMissions[0]!),
    ];
    const missing = [...new Set(keys)].filter((k) => !docs.includes(`\`${k}\``) && !docs.includes(`\`${k}[]\``));
    expect(missing).toEqual([]);
    const csvFields = [...OBJECTIVES_CSV_HEADER, ...indicatorsCsvHeader(tree.years).map((f) => f.replace(/^atteso_\d{4}_/, "atteso_<anno>_"))];
    expect(csvFields.filter((f) => !docs.includes(`\`${f}\``))).toEqual([]);
  });

  it("reads the status from its history and marks done milestones", async () => {
    const ob = await t.db.selectFrom("plan_objective").select("id").where("code", "=", "OB-05").executeTakeFirstOrThrow();
    await insertObjectiveStatus(t.db, { plan_objective_id: ob.id, status: "on_track", changed_by: null, changed_at: "2025-01-10T09:00:00.000Z", reason: "avvio" });
    await insertObjectiveStatus(t.db, { plan_objective_id: ob.id, status: "done", changed_by: null, changed_at: "2026-11-20T09:00:00.000Z", reason: "sportello in esercizio" });
    await t.db.updateTable("plan_milestone").set({ done_on: "2026-11-20" }).where("code", "=", "OB-05.M2").execute();
    const tree = await getPlanTree(t.db, "it", "2026-11-27");
    const o = findObjective(tree!, PIAO_OBJECTIVES.find((x) => x.code === "OB-05")!.slug)!;
    expect(o.objective.status).toBe("done");
    expect(o.objective.summary).toEqual({ total: 3, done: 1, late: 2, due: 0 });
    expect(tree!.summary.statuses).toEqual({ not_started: 6, on_track: 0, at_risk: 0, late: 0, done: 1 });
    // A re-seed keeps what the owners recorded.
    await t.db.transaction().execute((trx) => seedPlan(trx, "2028-01-01T00:00:00.000Z"));
    const again = await t.db.selectFrom("plan_milestone").select("done_on").where("code", "=", "OB-05.M2").executeTakeFirstOrThrow();
    expect(again.done_on).toBe("2026-11-20");
  });
});
