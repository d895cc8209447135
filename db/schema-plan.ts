import type { ColumnType, Generated } from "kysely";

/**
 * The comune's plan (PIAO, issue 6). Texts in `<table>_translation` rows keyed by (owner id, lang);
 * baselines, targets and measured values are decimal text (never floats); booleans are 0/1.
 * See db/migrations/2026-11-27T14-00-00_create_plan.ts.
 */
export type ObjectiveStatus = "not_started" | "on_track" | "at_risk" | "late" | "done";
export type IndicatorKind = "milestone" | "quantity";
export type IndicatorDirection = "increase" | "decrease" | "reach";
export type TargetType = "value" | "done" | "trend";
export type PlanUpdateState = "draft" | "submitted" | "approved" | "rejected";

export interface PlanTable {
  id: Generated<number>;
  code: string;
  first_year: number;
  last_year: number;
  /** The document the plan was read from (path in the repository). */
  source_file: string;
  created_at: string;
}
export interface PlanTranslationTable {
  plan_id: number;
  lang: string;
  title: string;
  section: string;
  legal_basis: string;
  agenda: string;
  /** Who coordinates the digital objectives (the plan names no office per objective). */
  coordinator: string;
}

export interface PlanLineTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  slug: string;
  number: number;
  source_lines: string;
  created_at: string;
}
export interface PlanLineTranslationTable {
  plan_line_id: number;
  lang: string;
  title: string;
  description: string | null;
}

export interface PlanActionTable {
  id: Generated<number>;
  plan_line_id: number;
  code: string;
  slug: string;
  number: number;
  source_lines: string;
  created_at: string;
}
export interface PlanActionTranslationTable {
  plan_action_id: number;
  lang: string;
  title: string;
}

export interface PlanCroceviaTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  slug: string;
  sort_order: number;
  matrix_column: number;
  matrix_header: string;
  created_at: string;
}
export interface PlanCroceviaTranslationTable {
  plan_crocevia_id: number;
  lang: string;
  name: string;
  title: string;
  matrix_note: string | null;
}

/** The action contributes to the crocevia; `mark` is the table's glyph as the OCR read it. */
export interface PlanActionCroceviaTable {
  plan_action_id: number;
  plan_crocevia_id: number;
  mark: string;
  source_line: number;
}

export interface PlanPnrrMissionTable {
  id: Generated<number>;
  plan_id: number;
  code: string;
  number: number;
  source_lines: string;
  created_at: string;
}
export interface PlanPnrrMissionTranslationTable {
  plan_pnrr_mission_id: number;
  lang: string;
  name: string;
  description: string;
}

export interface PlanSdgTable {
  id: Generated<number>;
  plan_id: number;
  number: number;
  created_at: string;
}
export interface PlanSdgTranslationTable {
  plan_sdg_id: number;
  lang: string;
  short_name: string;
}

export interface PlanObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  plan_action_id: number;
  code: string;
  slug: string;
  /** The plan's own number ("1)".."6)"); null when the plan does not number it. */
  plan_number: number | null;
  digital: number;
  sort_order: number;
  responsible_office_id: ColumnType<number | null, number | null | undefined, number | null>;
  responsible_staff_id: ColumnType<number | null, number | null | undefined, number | null>;
  source_lines: string;
  created_at: string;
}
export interface PlanObjectiveTranslationTable {
  plan_objective_id: number;
  lang: string;
  title: string;
  text: string;
  action_basis: string;
  period: string;
  contribution_note: string;
  /** One expected result per line. */
  expected_results: string;
}

export interface PlanObjectiveItemTable {
  id: Generated<number>;
  plan_objective_id: number;
  code: string;
  letter: string;
  sort_order: number;
  created_at: string;
}
export interface PlanObjectiveItemTranslationTable {
  plan_objective_item_id: number;
  lang: string;
  text: string;
}

export interface PlanObjectiveMissionTable {
  plan_objective_id: number;
  plan_pnrr_mission_id: number;
}
export interface PlanObjectiveSdgTable {
  plan_objective_id: number;
  plan_sdg_id: number;
}

export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_objective_id: number;
  plan_objective_item_id: number | null;
  code: string;
  slug: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  /** Decimal text; null when it must be measured at the start. */
  baseline_value: string | null;
  baseline_year: number | null;
  /** Key of the desk metric that measures it (DESK_METRICS), or null. */
  measured_by: string | null;
  /** 1 when the target is derived from the plan's text rather than a number of the plan. */
  derived: number;
  /** The plan's words the indicator comes from, verbatim (Italian). */
  plan_basis: string;
  sort_order: number;
  created_at: string;
}
export interface PlanIndicatorTranslationTable {
  plan_indicator_id: number;
  lang: string;
  name: string;
  unit: string;
  data_source: string;
  baseline_note: string | null;
  note: string | null;
}

export interface PlanIndicatorTargetTable {
  plan_indicator_id: number;
  year: number;
  target_type: TargetType;
  /** Decimal text for `value` targets; null for `done` and `trend`. */
  value: string | null;
  approximate: ColumnType<number, number | undefined, number>;
}

export interface PlanMilestoneTable {
  id: Generated<number>;
  plan_objective_id: number;
  plan_objective_item_id: number | null;
  code: string;
  /** YYYY-MM-DD. */
  due_on: string;
  /** YYYY-MM-DD; null until reached. */
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
  plan_basis: string;
  sort_order: number;
  created_at: string;
}
export interface PlanMilestoneTranslationTable {
  plan_milestone_id: number;
  lang: string;
  title: string;
  date_basis: string;
}

export interface PlanIndicatorMilestoneTable {
  plan_indicator_id: number;
  plan_milestone_id: number;
}

/**
 * A measured value of an indicator. Append-only: the measured fields are never changed (a correction
 * is a new row with `corrects_id`); the decision fields are filled once, when an approver decides.
 * The published value of an indicator is its latest approved update.
 */
export interface PlanUpdateTable {
  id: Generated<number>;
  plan_indicator_id: number;
  measured_value: string;
  /** YYYY-MM-DD. */
  measured_on: string;
  comment: string;
  evidence_url: string | null;
  evidence_blob_id: number | null;
  evidence_file_name: string | null;
  corrects_id: number | null;
  /** Staff who recorded it; null for a value the desk measured by itself. */
  recorded_by: number | null;
  recorded_at: string;
  state: PlanUpdateState;
  decided_by: ColumnType<number | null, number | null | undefined, number | null>;
  decided_at: ColumnType<string | null, string | null | undefined, string | null>;
  decision_note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Append-only: an objective's status is its latest row ("not started" while it has none). */
export interface PlanObjectiveStatusTable {
  id: Generated<number>;
  plan_objective_id: number;
  status: ObjectiveStatus;
  changed_by: number | null;
  changed_at: string;
  reason: string;
}

/** An objective's owner: an office and a person (a staff account and/or a name and role). */
export interface PlanOwnerTable {
  id: Generated<number>;
  plan_objective_id: number;
  office_id: number;
  staff_user_id: number | null;
  person_name: string | null;
  person_role: string | null;
  created_by: number | null;
  created_at: string;
}

export interface PlanTables {
  plan: PlanTable;
  plan_translation: PlanTranslationTable;
  plan_line: PlanLineTable;
  plan_line_translation: PlanLineTranslationTable;
  plan_action: PlanActionTable;
  plan_action_translation: PlanActionTranslationTable;
  plan_crocevia: PlanCroceviaTable;
  plan_crocevia_translation: PlanCroceviaTranslationTable;
  plan_action_crocevia: PlanActionCroceviaTable;
  plan_pnrr_mission: PlanPnrrMissionTable;
  plan_pnrr_mission_translation: PlanPnrrMissionTranslationTable;
  plan_sdg: PlanSdgTable;
  plan_sdg_translation: PlanSdgTranslationTable;
  plan_objective: PlanObjectiveTable;
  plan_objective_translation: PlanObjectiveTranslationTable;
  plan_objective_item: PlanObjectiveItemTable;
  plan_objective_item_translation: PlanObjectiveItemTranslationTable;
  plan_objective_mission: PlanObjectiveMissionTable;
  plan_objective_sdg: PlanObjectiveSdgTable;
  plan_indicator: PlanIndicatorTable;
  plan_indicator_translation: PlanIndicatorTranslationTable;
  plan_indicator_target: PlanIndicatorTargetTable;
  plan_milestone: PlanMilestoneTable;
  plan_milestone_translation: PlanMilestoneTranslationTable;
  plan_indicator_milestone: PlanIndicatorMilestoneTable;
  plan_update: PlanUpdateTable;
  plan_objective_status: PlanObjectiveStatusTable;
  plan_owner: PlanOwnerTable;
}
