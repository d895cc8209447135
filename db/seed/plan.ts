import { replaceLinks, upsertPlanRow } from "../../app/models/plan.server";
import type { DbOrTrx } from "../../app/utils/db.server";
import {
  type PlanText,
  PIAO_ACTIONS,
  PIAO_CROCEVIA,
  PIAO_DIGITAL_COORDINATION,
  PIAO_DOCUMENT,
  PIAO_LINES,
  PIAO_MATRIX,
  PIAO_OBJECTIVES,
  PIAO_PNRR_MISSIONS,
  PIAO_SDGS,
} from "./data/piao";

const LANGS = ["it", "en"] as const;

/** `{ it: {...}, en: {...} }` from a function of the language. */
function perLang(make: (lang: "it" | "en") => Record<string, unknown>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(LANGS.map((l) => [l, make(l)]));
}

const text = (t: PlanText | null, lang: "it" | "en") => (t ? t[lang] : null);

/** Numbers of the seed (JS numbers) as the decimal text the tables keep. */
function decimal(value: number | null): string | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function need<T>(map: Map<string, T>, code: string, what: string): T {
  const v = map.get(code);
  if (v === undefined) throw new Error(`Plan seed refers to an unknown ${what}: ${code}`);
  return v;
}

/**
 * Loads the PIAO 2022-2024 (db/seed/data/piao.ts) into the plan tables. Deterministic and safe to
 * re-run: each row is matched by its code under its parent and updated in place; links and targets
 * are replaced by the seed's. Progress updates and status history are never touched.
 */
export async function seedPlan(trx: DbOrTrx, stamp: string): Promise<number> {
  const planId = await upsertPlanRow(
    trx,
    "plan",
    { code: PIAO_DOCUMENT.code },
    { code: PIAO_DOCUMENT.code, first_year: PIAO_DOCUMENT.years[0], last_year: PIAO_DOCUMENT.years[PIAO_DOCUMENT.years.length - 1], source_file: PIAO_DOCUMENT.sourceFile, created_at: stamp },
    perLang((l) => ({
      title: PIAO_DOCUMENT.title[l],
      section: PIAO_DOCUMENT.section[l],
      legal_basis: PIAO_DOCUMENT.legalBasis[l],
      agenda: PIAO_DOCUMENT.agenda[l],
      coordinator: PIAO_DIGITAL_COORDINATION.role[l],
    })),
  );

  const lineIds = new Map<string, number>();
  for (const line of PIAO_LINES) {
    lineIds.set(
      line.code,
      await upsertPlanRow(
        trx,
        "plan_line",
        { plan_id: planId, code: line.code },
        { plan_id: planId, code: line.code, slug: line.slug, number: line.number, source_lines: line.sourceLines, created_at: stamp },
        perLang((l) => ({ title: line.title[l], description: text(line.description, l) })),
      ),
    );
  }

  const actionIds = new Map<string, number>();
  for (const action of PIAO_ACTIONS) {
    const lineId = need(lineIds, action.lineCode, "line");
    actionIds.set(
      action.code,
      await upsertPlanRow(
        trx,
        "plan_action",
        { plan_line_id: lineId, code: action.code },
        { plan_line_id: lineId, code: action.code, slug: action.slug, number: action.number, source_lines: action.sourceLines, created_at: stamp },
        perLang((l) => ({ title: action.title[l] })),
      ),
    );
  }

  const croceviaIds = new Map<string, number>();
  for (const [i, c] of PIAO_CROCEVIA.entries()) {
    croceviaIds.set(
      c.code,
      await upsertPlanRow(
        trx,
        "plan_crocevia",
        { plan_id: planId, code: c.code },
        { plan_id: planId, code: c.code, slug: c.slug, sort_order: i, matrix_column: c.matrixColumn, matrix_header: c.matrixHeader, created_at: stamp },
        perLang((l) => ({ name: c.name[l], title: c.title[l], matrix_note: text(c.matrixNote, l) })),
      ),
    );
  }
  for (const [code, actionId] of actionIds) {
    await replaceLinks(
      trx,
      "plan_action_crocevia",
      "plan_action_id",
      actionId,
      PIAO_MATRIX.filter((m) => m.actionCode === code).map((m) => ({
        plan_action_id: actionId,
        plan_crocevia_id: need(croceviaIds, m.croceviaCode, "crocevia"),
        mark: m.mark,
        source_line: m.sourceLine,
      })),
    );
  }

  const missionIds = new Map<string, number>();
  for (const m of PIAO_PNRR_MISSIONS) {
    missionIds.set(
      m.code,
      await upsertPlanRow(
        trx,
        "plan_pnrr_mission",
        { plan_id: planId, code: m.code },
        { plan_id: planId, code: m.code, number: m.number, source_lines: m.sourceLines, created_at: stamp },
        perLang((l) => ({ name: m.name[l], description: m.description[l] })),
      ),
    );
  }
  const sdgIds = new Map<string, number>();
  for (const s of PIAO_SDGS) {
    sdgIds.set(
      String(s.number),
      await upsertPlanRow(trx, "plan_sdg", { plan_id: planId, number: s.number }, { plan_id: planId, number: s.number, created_at: stamp }, perLang((l) => ({ short_name: s.shortName[l] }))),
    );
  }

  for (const [order, o] of PIAO_OBJECTIVES.entries()) {
    const objectiveId = await upsertPlanRow(
      trx,
      "plan_objective",
      { plan_id: planId, code: o.code },
      {
        plan_id: planId,
        plan_action_id: need(actionIds, o.actionCode, "action"),
        code: o.code,
        slug: o.slug,
        plan_number: o.planNumber,
        digital: o.digital ? 1 : 0,
        sort_order: order,
        source_lines: o.sourceLines,
        created_at: stamp,
      },
      perLang((l) => ({
        title: o.title[l],
        text: o.text[l],
        action_basis: o.actionBasis[l],
        period: o.period[l],
        contribution_note: o.contributionNote[l],
        expected_results: o.expectedResults.map((r) => r[l]).join("\n"),
      })),
    );
    await replaceLinks(trx, "plan_objective_mission", "plan_objective_id", objectiveId, o.pnrrMissions.map((m) => ({ plan_objective_id: objectiveId, plan_pnrr_mission_id: need(missionIds, m, "PNRR mission") })));
    await replaceLinks(trx, "plan_objective_sdg", "plan_objective_id", objectiveId, o.sdgs.map((n) => ({ plan_objective_id: objectiveId, plan_sdg_id: need(sdgIds, String(n), "SDG") })));

    const itemIds = new Map<string, number>();
    for (const [i, item] of o.items.entries()) {
      itemIds.set(
        item.code,
        await upsertPlanRow(
          trx,
          "plan_objective_item",
          { plan_objective_id: objectiveId, code: item.code },
          { plan_objective_id: objectiveId, code: item.code, letter: item.letter, sort_order: i, created_at: stamp },
          perLang((l) => ({ text: item.text[l] })),
        ),
      );
    }
    const itemId = (code: string | null) => (code === null ? null : need(itemIds, code, "objective item"));

    const milestoneIds = new Map<string, number>();
    for (const [i, m] of o.milestones.entries()) {
      milestoneIds.set(
        m.code,
        await upsertPlanRow(
          trx,
          "plan_milestone",
          { plan_objective_id: objectiveId, code: m.code },
          // done_on is left out: it is the owners' record, never reset by a re-seed.
          { plan_objective_id: objectiveId, plan_objective_item_id: itemId(m.itemCode), code: m.code, due_on: m.dueDate, plan_basis: m.planBasis, sort_order: i, created_at: stamp },
          perLang((l) => ({ title: m.title[l], date_basis: m.dateBasis[l] })),
        ),
      );
    }

    for (const [i, ind] of o.indicators.entries()) {
      const indicatorId = await upsertPlanRow(
        trx,
        "plan_indicator",
        { plan_objective_id: objectiveId, code: ind.code },
        {
          plan_objective_id: objectiveId,
          plan_objective_item_id: itemId(ind.itemCode),
          code: ind.code,
          slug: ind.slug,
          kind: ind.kind,
          direction: ind.direction,
          baseline_value: decimal(ind.baseline.value),
          baseline_year: ind.baseline.year,
          measured_by: ind.measuredBy,
          derived: ind.derived ? 1 : 0,
          plan_basis: ind.planBasis,
          sort_order: i,
          created_at: stamp,
        },
        perLang((l) => ({ name: ind.name[l], unit: ind.unit[l], data_source: ind.dataSource[l], baseline_note: text(ind.baseline.note, l), note: text(ind.note, l) })),
      );
      await replaceLinks(
        trx,
        "plan_indicator_target",
        "plan_indicator_id",
        indicatorId,
        ind.years.map((year) => {
          const target = ind.targets[year];
          if (!target) throw new Error(`Indicator ${ind.code} has no target for ${year}`);
          return {
            plan_indicator_id: indicatorId,
            year,
            target_type: target.kind,
            value: target.kind === "value" ? decimal(target.value) : null,
            approximate: target.kind === "value" && target.approximate ? 1 : 0,
          };
        }),
      );
      await replaceLinks(trx, "plan_indicator_milestone", "plan_indicator_id", indicatorId, ind.milestoneCodes.map((c) => ({ plan_indicator_id: indicatorId, plan_milestone_id: need(milestoneIds, c, "milestone") })));
    }
  }
  return planId;
}
