import type { Insertable, Kysely } from "kysely";
import type { ObjectiveStatus, PlanTables } from "#db/schema-plan";
import type { DbOrTrx } from "~/utils/db.server";

/**
 * Every query on the plan's tables (issue 6). Readers take the language and join the translation rows
 * of that language; writers used by the seed match each row by its natural key (its code under its
 * parent), update it in place and replace its translations, so ids stay stable across re-runs.
 */

type OwnerTable =
  | "plan"
  | "plan_line"
  | "plan_action"
  | "plan_crocevia"
  | "plan_pnrr_mission"
  | "plan_sdg"
  | "plan_objective"
  | "plan_objective_item"
  | "plan_indicator"
  | "plan_milestone";

/** Inserts or updates the row matched by `match`, then replaces its translations; returns its id. */
export async function upsertPlanRow(
  dbOrTrx: DbOrTrx,
  owner: OwnerTable,
  match: Record<string, string | number>,
  row: Record<string, unknown>,
  translations: Record<string, Record<string, unknown>>,
): Promise<number> {
  // `table` is one of a fixed list of owner tables, each with an `id` and a `<table>_translation`.
  const db = dbOrTrx as unknown as Kysely<any>;
  const table: string = owner;
  let find = db.selectFrom(table).select("id");
  for (const [column, value] of Object.entries(match)) find = find.where(column, "=", value);
  const existing = await find.executeTakeFirst();
  let id: number;
  if (existing) {
    id = existing.id;
    // created_at stays the first seeding's: a re-run changes nothing.
    const { created_at: _kept, ...rest } = row;
    if (Object.keys(rest).length) await db.updateTable(table).set(rest).where("id", "=", id).execute();
  } else {
    id = (await db.insertInto(table).values(row).returning("id").executeTakeFirstOrThrow()).id;
  }
  const fk = `${table}_id`;
  await db.deleteFrom(`${table}_translation`).where(fk, "=", id).execute();
  const rows = Object.entries(translations).map(([lang, t]) => ({ [fk]: id, lang, ...t }));
  if (rows.length) await db.insertInto(`${table}_translation`).values(rows).execute();
  return id;
}

type LinkTable = "plan_action_crocevia" | "plan_objective_mission" | "plan_objective_sdg" | "plan_indicator_milestone" | "plan_indicator_target";

/** Replaces the link rows owned by `ownerColumn = ownerId` with `rows` (the seed's view of them). */
export async function replaceLinks<T extends LinkTable>(
  db: DbOrTrx,
  table: T,
  ownerColumn: keyof PlanTables[T] & string,
  ownerId: number,
  rows: Insertable<PlanTables[T]>[],
): Promise<void> {
  const k = db as unknown as Kysely<any>;
  const name: string = table;
  const column: string = ownerColumn;
  await k.deleteFrom(name).where(column, "=", ownerId).execute();
  if (rows.length) await k.insertInto(name).values(rows).execute();
}

export async function findPlanByCode(db: DbOrTrx, code: string, lang: string) {
  return db
    .selectFrom("plan")
    .innerJoin("plan_translation as t", (j) => j.onRef("t.plan_id", "=", "plan.id").on("t.lang", "=", lang))
    .select(["plan.id", "plan.code", "plan.first_year", "plan.last_year", "plan.source_file", "t.title", "t.section", "t.legal_basis", "t.agenda", "t.coordinator"])
    .where("plan.code", "=", code)
    .executeTakeFirst();
}

export async function listLines(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_line as l")
    .innerJoin("plan_line_translation as t", (j) => j.onRef("t.plan_line_id", "=", "l.id").on("t.lang", "=", lang))
    .select(["l.id", "l.code", "l.slug", "l.number", "l.source_lines", "t.title", "t.description"])
    .where("l.plan_id", "=", planId)
    .orderBy("l.number")
    .execute();
}

export async function listActions(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_action as a")
    .innerJoin("plan_line as l", "l.id", "a.plan_line_id")
    .innerJoin("plan_action_translation as t", (j) => j.onRef("t.plan_action_id", "=", "a.id").on("t.lang", "=", lang))
    .select(["a.id", "a.plan_line_id", "a.code", "a.slug", "a.number", "a.source_lines", "t.title"])
    .where("l.plan_id", "=", planId)
    .orderBy("l.number")
    .orderBy("a.number")
    .execute();
}

export async function listCrocevia(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_crocevia as c")
    .innerJoin("plan_crocevia_translation as t", (j) => j.onRef("t.plan_crocevia_id", "=", "c.id").on("t.lang", "=", lang))
    .select(["c.id", "c.code", "c.slug", "c.sort_order", "c.matrix_column", "c.matrix_header", "t.name", "t.title", "t.matrix_note"])
    .where("c.plan_id", "=", planId)
    .orderBy("c.sort_order")
    .execute();
}

export async function listMatrix(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_action_crocevia as m")
    .innerJoin("plan_crocevia as c", "c.id", "m.plan_crocevia_id")
    .select(["m.plan_action_id", "m.plan_crocevia_id", "m.mark", "m.source_line"])
    .where("c.plan_id", "=", planId)
    .orderBy("m.plan_action_id")
    .orderBy("c.sort_order")
    .execute();
}

export async function listMissions(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_pnrr_mission as m")
    .innerJoin("plan_pnrr_mission_translation as t", (j) => j.onRef("t.plan_pnrr_mission_id", "=", "m.id").on("t.lang", "=", lang))
    .select(["m.id", "m.code", "m.number", "m.source_lines", "t.name", "t.description"])
    .where("m.plan_id", "=", planId)
    .orderBy("m.number")
    .execute();
}

export async function listSdgs(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_sdg as s")
    .innerJoin("plan_sdg_translation as t", (j) => j.onRef("t.plan_sdg_id", "=", "s.id").on("t.lang", "=", lang))
    .select(["s.id", "s.number", "t.short_name"])
    .where("s.plan_id", "=", planId)
    .orderBy("s.number")
    .execute();
}

export async function listObjectives(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_objective as o")
    .innerJoin("plan_objective_translation as t", (j) => j.onRef("t.plan_objective_id", "=", "o.id").on("t.lang", "=", lang))
    .select([
      "o.id",
      "o.plan_action_id",
      "o.code",
      "o.slug",
      "o.plan_number",
      "o.digital",
      "o.sort_order",
      "o.responsible_office_id",
      "o.responsible_staff_id",
      "o.source_lines",
      "t.title",
      "t.text",
      "t.action_basis",
      "t.period",
      "t.contribution_note",
      "t.expected_results",
    ])
    .where("o.plan_id", "=", planId)
    .orderBy("o.sort_order")
    .execute();
}

export async function listObjectiveItems(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_objective_item as i")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .innerJoin("plan_objective_item_translation as t", (j) => j.onRef("t.plan_objective_item_id", "=", "i.id").on("t.lang", "=", lang))
    .select(["i.id", "i.plan_objective_id", "i.code", "i.letter", "t.text"])
    .where("o.plan_id", "=", planId)
    .orderBy("o.sort_order")
    .orderBy("i.sort_order")
    .execute();
}

export async function listObjectiveMissions(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_objective_mission as l")
    .innerJoin("plan_objective as o", "o.id", "l.plan_objective_id")
    .select(["l.plan_objective_id", "l.plan_pnrr_mission_id"])
    .where("o.plan_id", "=", planId)
    .execute();
}

export async function listObjectiveSdgs(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_objective_sdg as l")
    .innerJoin("plan_objective as o", "o.id", "l.plan_objective_id")
    .select(["l.plan_objective_id", "l.plan_sdg_id"])
    .where("o.plan_id", "=", planId)
    .execute();
}

export async function listIndicators(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_indicator as i")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .innerJoin("plan_indicator_translation as t", (j) => j.onRef("t.plan_indicator_id", "=", "i.id").on("t.lang", "=", lang))
    .select([
      "i.id",
      "i.plan_objective_id",
      "i.plan_objective_item_id",
      "i.code",
      "i.slug",
      "i.kind",
      "i.direction",
      "i.baseline_value",
      "i.baseline_year",
      "i.measured_by",
      "i.derived",
      "i.plan_basis",
      "t.name",
      "t.unit",
      "t.data_source",
      "t.baseline_note",
      "t.note",
    ])
    .where("o.plan_id", "=", planId)
    .orderBy("o.sort_order")
    .orderBy("i.sort_order")
    .execute();
}

export async function listTargets(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_indicator_target as g")
    .innerJoin("plan_indicator as i", "i.id", "g.plan_indicator_id")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .select(["g.plan_indicator_id", "g.year", "g.target_type", "g.value", "g.approximate"])
    .where("o.plan_id", "=", planId)
    .orderBy("g.plan_indicator_id")
    .orderBy("g.year")
    .execute();
}

export async function listMilestones(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_milestone as m")
    .innerJoin("plan_objective as o", "o.id", "m.plan_objective_id")
    .innerJoin("plan_milestone_translation as t", (j) => j.onRef("t.plan_milestone_id", "=", "m.id").on("t.lang", "=", lang))
    .select(["m.id", "m.plan_objective_id", "m.plan_objective_item_id", "m.code", "m.due_on", "m.done_on", "m.plan_basis", "t.title", "t.date_basis"])
    .where("o.plan_id", "=", planId)
    .orderBy("o.sort_order")
    .orderBy("m.sort_order")
    .execute();
}

export async function listIndicatorMilestones(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_indicator_milestone as l")
    .innerJoin("plan_indicator as i", "i.id", "l.plan_indicator_id")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .select(["l.plan_indicator_id", "l.plan_milestone_id"])
    .where("o.plan_id", "=", planId)
    .execute();
}

/** Every approved update of the plan's indicators, newest measurement first (then newest decision). */
export async function listApprovedUpdates(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_update as u")
    .innerJoin("plan_indicator as i", "i.id", "u.plan_indicator_id")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .select(["u.id", "u.plan_indicator_id", "u.measured_value", "u.measured_on", "u.comment", "u.evidence_url", "u.evidence_file_name", "u.corrects_id", "u.decided_at"])
    .where("o.plan_id", "=", planId)
    .where("u.state", "=", "approved")
    .orderBy("u.measured_on", "desc")
    .orderBy("u.decided_at", "desc")
    .orderBy("u.id", "desc")
    .execute();
}

/** Each objective's status rows, newest first; the first per objective is its current status. */
export async function listStatusHistory(db: DbOrTrx, planId: number): Promise<{ plan_objective_id: number; status: ObjectiveStatus; changed_at: string; reason: string }[]> {
  return db
    .selectFrom("plan_objective_status as s")
    .innerJoin("plan_objective as o", "o.id", "s.plan_objective_id")
    .select(["s.plan_objective_id", "s.status", "s.changed_at", "s.reason"])
    .where("o.plan_id", "=", planId)
    .orderBy("s.changed_at", "desc")
    .orderBy("s.id", "desc")
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Progress updates and status history: append-only. There is deliberately no function that changes
// a measured value or a status row; the only change an update ever gets is its one decision.

export type NewPlanUpdate = Omit<Insertable<PlanTables["plan_update"]>, "id" | "decided_by" | "decided_at" | "decision_note">;

export async function insertPlanUpdate(db: DbOrTrx, row: NewPlanUpdate): Promise<number> {
  return (await db.insertInto("plan_update").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

/**
 * Records the decision on a submitted update; false when it is not (or no longer) submitted, so two
 * approvers deciding at once cannot both succeed and a decided update is never decided again.
 */
export async function decidePlanUpdate(
  db: DbOrTrx,
  id: number,
  decision: { state: "approved" | "rejected"; decidedBy: number; decidedAt: string; note: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable("plan_update")
    .set({ state: decision.state, decided_by: decision.decidedBy, decided_at: decision.decidedAt, decision_note: decision.note })
    .where("id", "=", id)
    .where("state", "=", "submitted")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertObjectiveStatus(
  db: DbOrTrx,
  row: { plan_objective_id: number; status: ObjectiveStatus; changed_by: number | null; changed_at: string; reason: string },
): Promise<number> {
  return (await db.insertInto("plan_objective_status").values(row).returning("id").executeTakeFirstOrThrow()).id;
}

// ---------------------------------------------------------------------------------------------
// The back office (issue 6 §3): one indicator or objective by code, its full history with who
// recorded and who decided, the updates awaiting a decision, and a milestone's done date.

export async function findIndicatorByCode(db: DbOrTrx, planId: number, code: string) {
  return db
    .selectFrom("plan_indicator as i")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .select(["i.id", "i.code", "i.kind", "o.id as objective_id", "o.code as objective_code"])
    .where("o.plan_id", "=", planId)
    .where("i.code", "=", code)
    .executeTakeFirst();
}

export async function findObjectiveByCode(db: DbOrTrx, planId: number, code: string) {
  return db.selectFrom("plan_objective").select(["id", "code", "slug"]).where("plan_id", "=", planId).where("code", "=", code).executeTakeFirst();
}

/** Every update of an indicator, approved or not, newest recorded first, with the staff names. */
export async function listIndicatorUpdates(db: DbOrTrx, indicatorId: number) {
  return db
    .selectFrom("plan_update as u")
    .leftJoin("staff_user as r", "r.id", "u.recorded_by")
    .leftJoin("staff_user as d", "d.id", "u.decided_by")
    .select([
      "u.id",
      "u.measured_value",
      "u.measured_on",
      "u.comment",
      "u.evidence_url",
      "u.evidence_blob_id",
      "u.evidence_file_name",
      "u.corrects_id",
      "u.recorded_by",
      "u.recorded_at",
      "u.state",
      "u.decided_by",
      "u.decided_at",
      "u.decision_note",
      "r.display_name as recorded_by_name",
      "d.display_name as decided_by_name",
    ])
    .where("u.plan_indicator_id", "=", indicatorId)
    .orderBy("u.recorded_at", "desc")
    .orderBy("u.id", "desc")
    .execute();
}

export async function findPlanUpdate(db: DbOrTrx, id: number) {
  return db
    .selectFrom("plan_update")
    .select(["id", "plan_indicator_id", "state", "recorded_by", "evidence_blob_id", "evidence_file_name", "corrects_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Updates of the plan awaiting a decision, oldest first (first in, first decided). */
export async function listSubmittedUpdates(db: DbOrTrx, planId: number) {
  return db
    .selectFrom("plan_update as u")
    .innerJoin("plan_indicator as i", "i.id", "u.plan_indicator_id")
    .innerJoin("plan_objective as o", "o.id", "i.plan_objective_id")
    .leftJoin("staff_user as r", "r.id", "u.recorded_by")
    .select(["u.id", "u.plan_indicator_id", "i.code as indicator_code", "u.measured_value", "u.measured_on", "u.recorded_by", "u.recorded_at", "u.corrects_id", "r.display_name as recorded_by_name"])
    .where("o.plan_id", "=", planId)
    .where("u.state", "=", "submitted")
    .orderBy("u.recorded_at")
    .orderBy("u.id")
    .execute();
}

/** One objective's status rows with who changed it, newest first. */
export async function listObjectiveStatusRows(db: DbOrTrx, objectiveId: number) {
  return db
    .selectFrom("plan_objective_status as s")
    .leftJoin("staff_user as u", "u.id", "s.changed_by")
    .select(["s.id", "s.status", "s.changed_at", "s.reason", "s.changed_by", "u.display_name as changed_by_name"])
    .where("s.plan_objective_id", "=", objectiveId)
    .orderBy("s.changed_at", "desc")
    .orderBy("s.id", "desc")
    .execute();
}

export async function findMilestoneOfObjective(db: DbOrTrx, objectiveId: number, milestoneId: number) {
  return db.selectFrom("plan_milestone").select(["id", "code", "done_on"]).where("id", "=", milestoneId).where("plan_objective_id", "=", objectiveId).executeTakeFirst();
}

/**
 * Marks a milestone reached, once: false when it already has a date (a reached milestone is not
 * re-dated; who and when are in the audit log, as the table has no column for them).
 */
export async function markMilestoneDone(db: DbOrTrx, milestoneId: number, doneOn: string): Promise<boolean> {
  const result = await db.updateTable("plan_milestone").set({ done_on: doneOn }).where("id", "=", milestoneId).where("done_on", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listMilestoneIds(db: DbOrTrx, objectiveId: number) {
  return db.selectFrom("plan_milestone").select(["id", "code"]).where("plan_objective_id", "=", objectiveId).execute();
}
