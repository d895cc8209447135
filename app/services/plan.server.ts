/**
 * The comune's plan as one tree for a language (issue 6): lines → actions → objectives → sub-items,
 * indicators with their yearly targets and the latest APPROVED measurement (only approved values are
 * published), milestones with their state on a day, the crocevia matrix, PNRR missions and SDGs, and
 * per-objective / per-line / per-action summaries. The public page, the JSON and CSV exports all read
 * this one tree, so they cannot disagree.
 */
import {
  csvDocument,
  currentStatus,
  decimalText,
  milestoneState,
  milestoneSummary,
  type MilestoneState,
  type ObjectiveStatus,
  progressAgainstTarget,
  statusCounts,
  type TargetProgress,
  valueForYear,
} from "~/domain/plan";
import {
  findPlanByCode,
  listActions,
  listApprovedUpdates,
  listCrocevia,
  listIndicatorMilestones,
  listIndicators,
  listLines,
  listMatrix,
  listMilestones,
  listMissions,
  listObjectiveItems,
  listObjectiveMissions,
  listObjectives,
  listObjectiveSdgs,
  listSdgs,
  listStatusHistory,
  listTargets,
} from "~/models/plan.server";
import { listPlanOwners } from "~/models/plan-owner.server";
import { type PublicOwner, publicOwner } from "~/domain/plan-owners";
import type { DbOrTrx } from "~/utils/db.server";

/** The plan the desk tracks today (db/seed/data/piao.ts). */
export const CURRENT_PLAN_CODE = "PIAO-2022-2024";

export interface PublishedValue {
  id: number;
  /** The approved update that corrects this one (it then no longer counts), or null. */
  correctedBy: number | null;
  value: string;
  measuredOn: string;
  comment: string;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
}

export interface PlanTarget {
  year: number;
  type: "value" | "done" | "trend";
  value: string | null;
  approximate: boolean;
  /** Against the latest approved value measured by the end of that year. */
  progress: TargetProgress;
}

export interface PlanIndicator {
  code: string;
  slug: string;
  itemCode: string | null;
  kind: "milestone" | "quantity";
  name: string;
  unit: string;
  direction: "increase" | "decrease" | "reach";
  baseline: { value: string | null; year: number | null; note: string | null };
  dataSource: string;
  measuredBy: string | null;
  derived: boolean;
  note: string | null;
  planBasis: string;
  milestoneCodes: string[];
  targets: PlanTarget[];
  /** The latest approved measurement not corrected by another; null while none is published. */
  latest: PublishedValue | null;
  /** Every approved measurement, newest first, corrected ones included (marked). */
  published: PublishedValue[];
}

export interface PlanMilestone {
  code: string;
  itemCode: string | null;
  title: string;
  dueOn: string;
  doneOn: string | null;
  dateBasis: string;
  planBasis: string;
  state: MilestoneState;
}

export interface PlanObjective {
  code: string;
  slug: string;
  planNumber: number | null;
  digital: boolean;
  actionCode: string;
  lineCode: string;
  title: string;
  text: string;
  actionBasis: string;
  period: string;
  contributionNote: string;
  expectedResults: string[];
  /** The plan names no owner: null until the comune assigns one. */
  responsible: { officeId: number | null; staffId: number | null } | null;
  /** Who answers for it (office and person), named in the back office; empty until the comune names them. */
  owners: PublicOwner[];
  status: ObjectiveStatus;
  statusChangedAt: string | null;
  /** Why the latest status was given (null while none was). */
  statusReason: string | null;
  pnrrMissions: string[];
  sdgs: number[];
  items: { code: string; letter: string; text: string }[];
  indicators: PlanIndicator[];
  milestones: PlanMilestone[];
  summary: ReturnType<typeof milestoneSummary>;
  sourceLines: string;
}

export interface PlanSummary {
  objectives: number;
  statuses: Record<ObjectiveStatus, number>;
  milestones: ReturnType<typeof milestoneSummary>;
}

export interface PlanTree {
  code: string;
  title: string;
  section: string;
  legalBasis: string;
  agenda: string;
  coordinator: string;
  firstYear: number;
  lastYear: number;
  years: number[];
  sourceFile: string;
  /** The day milestones were judged on (YYYY-MM-DD). */
  asOf: string;
  lines: {
    code: string;
    slug: string;
    number: number;
    title: string;
    description: string | null;
    summary: PlanSummary;
    actions: {
      code: string;
      slug: string;
      number: number;
      title: string;
      croceviaCodes: string[];
      summary: PlanSummary;
      objectives: PlanObjective[];
    }[];
  }[];
  crocevia: { code: string; slug: string; name: string; title: string; matrixNote: string | null }[];
  /** One row per action and crocevia the matrix marks; `mark` is the source glyph. */
  matrix: { actionCode: string; croceviaCode: string; mark: string; sourceLine: number }[];
  pnrrMissions: { code: string; number: number; name: string; description: string }[];
  sdgs: { number: number; shortName: string }[];
  summary: PlanSummary;
}

function summarise(objectives: readonly PlanObjective[], today: string): PlanSummary {
  return {
    objectives: objectives.length,
    statuses: statusCounts(objectives.map((o) => o.status)),
    milestones: milestoneSummary(
      objectives.flatMap((o) => o.milestones.map((m) => ({ due_on: m.dueOn, done_on: m.doneOn }))),
      today,
    ),
  };
}

function group<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(r);
    else map.set(key(r), [r]);
  }
  return map;
}

/** The whole plan for `lang`, judged on `today` (YYYY-MM-DD); null when the plan is not loaded. */
export async function getPlanTree(db: DbOrTrx, lang: string, today: string, code = CURRENT_PLAN_CODE): Promise<PlanTree | null> {
  const plan = await findPlanByCode(db, code, lang);
  if (!plan) return null;
  const [lines, actions, crocevia, matrix, missions, sdgs, objectives, items, objMissions, objSdgs, indicators, targets, milestones, indMilestones, approved, statuses] =
    await Promise.all([
      listLines(db, plan.id, lang),
      listActions(db, plan.id, lang),
      listCrocevia(db, plan.id, lang),
      listMatrix(db, plan.id),
      listMissions(db, plan.id, lang),
      listSdgs(db, plan.id, lang),
      listObjectives(db, plan.id, lang),
      listObjectiveItems(db, plan.id, lang),
      listObjectiveMissions(db, plan.id),
      listObjectiveSdgs(db, plan.id),
      listIndicators(db, plan.id, lang),
      listTargets(db, plan.id),
      listMilestones(db, plan.id, lang),
      listIndicatorMilestones(db, plan.id),
      listApprovedUpdates(db, plan.id),
      listStatusHistory(db, plan.id),
    ]);
  const ownersOf = group(await listPlanOwners(db, plan.id, lang), (w) => w.plan_objective_id);

  const lineCode = new Map(lines.map((l) => [l.id, l.code]));
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const croceviaCode = new Map(crocevia.map((c) => [c.id, c.code]));
  const missionCode = new Map(missions.map((m) => [m.id, m.code]));
  const sdgNumber = new Map(sdgs.map((s) => [s.id, s.number]));
  const itemCode = new Map(items.map((i) => [i.id, i.code]));
  const milestoneCode = new Map(milestones.map((m) => [m.id, m.code]));
  const itemsOf = group(items, (i) => i.plan_objective_id);
  const missionsOf = group(objMissions, (l) => l.plan_objective_id);
  const sdgsOf = group(objSdgs, (l) => l.plan_objective_id);
  const indicatorsOf = group(indicators, (i) => i.plan_objective_id);
  const targetsOf = group(targets, (t) => t.plan_indicator_id);
  const milestonesOf = group(milestones, (m) => m.plan_objective_id);
  const milestoneLinksOf = group(indMilestones, (l) => l.plan_indicator_id);
  const approvedOf = group(approved, (u) => u.plan_indicator_id);
  const statusesOf = group(statuses, (s) => s.plan_objective_id);
  // An approved correction replaces the value it corrects (which stays in the history, marked).
  const correctedBy = new Map(approved.filter((u) => u.corrects_id !== null).map((u) => [u.corrects_id as number, u.id]));
  const publishedValue = (u: (typeof approved)[number]): PublishedValue => ({
    id: u.id,
    correctedBy: correctedBy.get(u.id) ?? null,
    value: u.measured_value,
    measuredOn: u.measured_on,
    comment: u.comment,
    evidenceUrl: u.evidence_url,
    evidenceFileName: u.evidence_file_name,
  });

  const objectiveTree: PlanObjective[] = objectives.map((o) => {
    const action = actionById.get(o.plan_action_id);
    if (!action) throw new Error(`objective ${o.code} points at a missing action`);
    const history = statusesOf.get(o.id) ?? [];
    const objMilestones: PlanMilestone[] = (milestonesOf.get(o.id) ?? []).map((m) => ({
      code: m.code,
      itemCode: m.plan_objective_item_id === null ? null : (itemCode.get(m.plan_objective_item_id) ?? null),
      title: m.title,
      dueOn: m.due_on,
      doneOn: m.done_on,
      dateBasis: m.date_basis,
      planBasis: m.plan_basis,
      state: milestoneState(m, today),
    }));
    return {
      code: o.code,
      slug: o.slug,
      planNumber: o.plan_number,
      digital: o.digital === 1,
      actionCode: action.code,
      lineCode: lineCode.get(action.plan_line_id) ?? "",
      title: o.title,
      text: o.text,
      actionBasis: o.action_basis,
      period: o.period,
      contributionNote: o.contribution_note,
      expectedResults: o.expected_results ? o.expected_results.split("\n") : [],
      responsible: o.responsible_office_id === null && o.responsible_staff_id === null ? null : { officeId: o.responsible_office_id, staffId: o.responsible_staff_id },
      owners: (ownersOf.get(o.id) ?? []).map(publicOwner),
      status: currentStatus(history),
      statusChangedAt: history[0]?.changed_at ?? null,
      statusReason: history[0]?.reason ?? null,
      pnrrMissions: (missionsOf.get(o.id) ?? []).map((l) => missionCode.get(l.plan_pnrr_mission_id) ?? "").sort(),
      sdgs: (sdgsOf.get(o.id) ?? []).map((l) => sdgNumber.get(l.plan_sdg_id) ?? 0).sort((a, b) => a - b),
      items: (itemsOf.get(o.id) ?? []).map((i) => ({ code: i.code, letter: i.letter, text: i.text })),
      indicators: (indicatorsOf.get(o.id) ?? []).map((i) => {
        const history = approvedOf.get(i.id) ?? [];
        const updates = history.filter((u) => !correctedBy.has(u.id));
        return {
          code: i.code,
          slug: i.slug,
          itemCode: i.plan_objective_item_id === null ? null : (itemCode.get(i.plan_objective_item_id) ?? null),
          kind: i.kind,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          baseline: { value: i.baseline_value, year: i.baseline_year, note: i.baseline_note },
          dataSource: i.data_source,
          measuredBy: i.measured_by,
          derived: i.derived === 1,
          note: i.note,
          planBasis: i.plan_basis,
          milestoneCodes: (milestoneLinksOf.get(i.id) ?? []).map((l) => milestoneCode.get(l.plan_milestone_id) ?? "").sort(),
          targets: (targetsOf.get(i.id) ?? []).map((t) => ({
            year: t.year,
            type: t.target_type,
            value: t.value,
            approximate: t.approximate === 1,
            progress: progressAgainstTarget(i, t, valueForYear(updates, t.year)?.measured_value ?? null),
          })),
          latest: updates[0] ? publishedValue(updates[0]) : null,
          published: history.map(publishedValue),
        };
      }),
      milestones: objMilestones,
      summary: milestoneSummary(objMilestones.map((m) => ({ due_on: m.dueOn, done_on: m.doneOn })), today),
      sourceLines: o.source_lines,
    };
  });

  const objectivesOfAction = group(objectiveTree, (o) => o.actionCode);
  const actionsOfLine = group(actions, (a) => a.plan_line_id);
  const marksOf = group(matrix, (m) => m.plan_action_id);
  const years: number[] = [];
  for (let y = plan.first_year; y <= plan.last_year; y++) years.push(y);

  return {
    code: plan.code,
    title: plan.title,
    section: plan.section,
    legalBasis: plan.legal_basis,
    agenda: plan.agenda,
    coordinator: plan.coordinator,
    firstYear: plan.first_year,
    lastYear: plan.last_year,
    years,
    sourceFile: plan.source_file,
    asOf: today,
    lines: lines.map((l) => {
      const lineActions = (actionsOfLine.get(l.id) ?? []).map((a) => {
        const objs = objectivesOfAction.get(a.code) ?? [];
        return {
          code: a.code,
          slug: a.slug,
          number: a.number,
          title: a.title,
          croceviaCodes: (marksOf.get(a.id) ?? []).map((m) => croceviaCode.get(m.plan_crocevia_id) ?? ""),
          summary: summarise(objs, today),
          objectives: objs,
        };
      });
      return {
        code: l.code,
        slug: l.slug,
        number: l.number,
        title: l.title,
        description: l.description,
        summary: summarise(lineActions.flatMap((a) => a.objectives), today),
        actions: lineActions,
      };
    }),
    crocevia: crocevia.map((c) => ({ code: c.code, slug: c.slug, name: c.name, title: c.title, matrixNote: c.matrix_note })),
    matrix: matrix.map((m) => ({
      actionCode: actionById.get(m.plan_action_id)?.code ?? "",
      croceviaCode: croceviaCode.get(m.plan_crocevia_id) ?? "",
      mark: m.mark,
      sourceLine: m.source_line,
    })),
    pnrrMissions: missions.map((m) => ({ code: m.code, number: m.number, name: m.name, description: m.description })),
    sdgs: sdgs.map((s) => ({ number: s.number, shortName: s.short_name })),
    summary: summarise(objectiveTree, today),
  };
}

/** Every objective of the tree, in the plan's order. */
export function objectivesOf(tree: PlanTree): PlanObjective[] {
  return tree.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives)).sort((a, b) => a.code.localeCompare(b.code));
}

/** One objective by its slug, with the line and action it belongs to. */
export function findObjective(tree: PlanTree, slug: string) {
  for (const line of tree.lines)
    for (const action of line.actions)
      for (const objective of action.objectives) if (objective.slug === slug) return { line, action, objective };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Open data (docs/plan-open-data.md): the field names are fixed, the texts are in the asked language.

/** The documented version of the JSON document's shape; change it when a field changes meaning. */
export const PLAN_JSON_SCHEMA = "sportello-piano-integrato/1";

export function planJsonDocument(tree: PlanTree, lang: string) {
  return {
    schema: PLAN_JSON_SCHEMA,
    documentation: "docs/plan-open-data.md",
    language: lang,
    license: "CC-BY-4.0",
    ...tree,
  };
}

/** Words the CSV files need in the asked language. */
export interface CsvWords {
  status: (status: ObjectiveStatus) => string;
  yes: string;
  no: string;
}

export const OBJECTIVES_CSV_HEADER = [
  "codice", "numero_nel_piano", "linea", "azione", "titolo", "testo", "sotto_obiettivi", "stato", "stato_descrizione",
  "data_stato", "traguardi_totali", "traguardi_raggiunti", "traguardi_in_ritardo", "traguardi_da_raggiungere",
  "missioni_pnrr", "obiettivi_agenda_onu", "periodo", "indicatori", "righe_fonte", "situazione_al", "responsabili",
] as const;

export function objectivesCsv(tree: PlanTree, words: CsvWords): string {
  const rows = objectivesOf(tree).map((o) => [
    o.code,
    o.planNumber,
    o.lineCode,
    o.actionCode,
    o.title,
    o.text,
    o.items.map((i) => `${i.letter}) ${i.text}`).join(" | "),
    o.status,
    words.status(o.status),
    o.statusChangedAt ? o.statusChangedAt.slice(0, 10) : "",
    o.summary.total,
    o.summary.done,
    o.summary.late,
    o.summary.due,
    o.pnrrMissions.join(" "),
    o.sdgs.join(" "),
    o.period,
    o.indicators.map((i) => i.code).join(" "),
    o.sourceLines,
    tree.asOf,
    o.owners.map((w) => [w.office, w.person, w.role ? `(${w.role})` : null].filter(Boolean).join(" ")).join(" | "),
  ]);
  return csvDocument([[...OBJECTIVES_CSV_HEADER], ...rows]);
}

export function indicatorsCsvHeader(years: readonly number[]): string[] {
  return [
    "codice", "obiettivo", "sotto_obiettivo", "nome", "tipo", "unita_di_misura", "direzione", "valore_di_partenza",
    "anno_di_partenza", "nota_partenza",
    ...years.flatMap((y) => [`atteso_${y}_tipo`, `atteso_${y}_valore`, `atteso_${y}_circa`, `atteso_${y}_esito`]),
    "ultimo_valore_pubblicato", "data_ultimo_valore", "fonte_del_dato", "misurato_dallo_sportello", "atteso_derivato_dal_testo",
    "nota", "base_nel_piano", "traguardi_collegati",
  ];
}

export function indicatorsCsv(tree: PlanTree, lang: string, words: CsvWords): string {
  const dec = (v: string | null) => (v === null ? "" : decimalText(v, lang));
  const rows = objectivesOf(tree).flatMap((o) =>
    o.indicators.map((i) => [
      i.code,
      o.code,
      i.itemCode,
      i.name,
      i.kind,
      i.unit,
      i.direction,
      dec(i.baseline.value),
      i.baseline.year,
      i.baseline.note,
      ...tree.years.flatMap((y) => {
        const g = i.targets.find((x) => x.year === y);
        return g ? [g.type, dec(g.value), g.approximate ? words.yes : words.no, g.progress.state] : ["", "", "", ""];
      }),
      dec(i.latest?.value ?? null),
      i.latest?.measuredOn ?? "",
      i.dataSource,
      i.measuredBy ?? "",
      i.derived ? words.yes : words.no,
      i.note,
      i.planBasis,
      i.milestoneCodes.join(" "),
    ]),
  );
  return csvDocument([indicatorsCsvHeader(tree.years), ...rows]);
}
