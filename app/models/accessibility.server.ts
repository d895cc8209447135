import type { Insertable, Selectable } from "kysely";
import type { AccessibilityFeedbackState, AccessibilityFeedbackTable, AccessibilityObjectiveState, AccessibilityObjectiveTable } from "#db/schema-accessibility";
import type { DbOrTrx } from "~/utils/db.server";

/** The accessibility feedback requests and the yearly accessibility objectives (issue 7 §9). */

export type AccessibilityFeedbackRow = Selectable<AccessibilityFeedbackTable>;
export type AccessibilityObjectiveRow = Selectable<AccessibilityObjectiveTable>;

export async function insertAccessibilityFeedback(db: DbOrTrx, row: Omit<Insertable<AccessibilityFeedbackTable>, "reference">): Promise<number> {
  const { id } = await db.insertInto("accessibility_feedback").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function setFeedbackReference(db: DbOrTrx, id: number, reference: string): Promise<void> {
  await db.updateTable("accessibility_feedback").set({ reference }).where("id", "=", id).execute();
}

export async function findFeedbackByToken(db: DbOrTrx, token: string) {
  return db.selectFrom("accessibility_feedback").select(["reference", "received_at", "due_on", "state", "email", "phone"]).where("token", "=", token).executeTakeFirst();
}

export async function findFeedback(db: DbOrTrx, id: number) {
  return db
    .selectFrom("accessibility_feedback as f")
    .leftJoin("staff_user as s", "s.id", "f.answered_by")
    .selectAll("f")
    .select("s.display_name as answered_by_name")
    .where("f.id", "=", id)
    .executeTakeFirst();
}

/** The queue: open requests first, by due day (the most urgent on top), then the answered ones, newest first. */
export async function listFeedbackQueue(db: DbOrTrx, limit: number) {
  const open = await db
    .selectFrom("accessibility_feedback")
    .select(["id", "reference", "page_url", "received_at", "due_on", "state", "answered_at"])
    .where("state", "!=", "answered")
    .orderBy("due_on")
    .orderBy("id")
    .limit(limit)
    .execute();
  const answered = await db
    .selectFrom("accessibility_feedback")
    .select(["id", "reference", "page_url", "received_at", "due_on", "state", "answered_at"])
    .where("state", "=", "answered")
    .orderBy("answered_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return { open, answered };
}

/** Moves a request from `from` to `to` (guarded: false when it was not in `from`). */
export async function setFeedbackState(db: DbOrTrx, id: number, from: AccessibilityFeedbackState[], to: AccessibilityFeedbackState): Promise<boolean> {
  const r = await db.updateTable("accessibility_feedback").set({ state: to }).where("id", "=", id).where("state", "in", from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records the answer, once: false when the request was already answered. */
export async function answerFeedback(db: DbOrTrx, id: number, answer: { text: string; by: number; at: string }): Promise<boolean> {
  const r = await db
    .updateTable("accessibility_feedback")
    .set({ state: "answered", answer: answer.text, answered_by: answer.by, answered_at: answer.at })
    .where("id", "=", id)
    .where("state", "!=", "answered")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open requests past their due day (for the statement's note on the procedura di attuazione). */
export async function countOverdueFeedback(db: DbOrTrx, today: string): Promise<number> {
  const row = await db
    .selectFrom("accessibility_feedback")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("state", "!=", "answered")
    .where("due_on", "<", today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listObjectives(db: DbOrTrx, options: { planObjectiveCode?: string } = {}) {
  let q = db.selectFrom("accessibility_objective").selectAll();
  if (options.planObjectiveCode) q = q.where("plan_objective_code", "=", options.planObjectiveCode);
  return q.orderBy("year", "desc").orderBy("deadline").orderBy("id").execute();
}

export async function insertObjective(db: DbOrTrx, row: Insertable<AccessibilityObjectiveTable>): Promise<number> {
  const { id } = await db.insertInto("accessibility_objective").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Seed: inserts an objective unless the same (year, objective) exists. */
export async function ensureObjective(db: DbOrTrx, row: Insertable<AccessibilityObjectiveTable>): Promise<void> {
  await db.insertInto("accessibility_objective").values(row).onConflict((oc) => oc.columns(["year", "objective"]).doNothing()).execute();
}

export async function setObjectiveState(db: DbOrTrx, id: number, state: AccessibilityObjectiveState, by: number, at: string): Promise<boolean> {
  const r = await db.updateTable("accessibility_objective").set({ state, updated_by: by, updated_at: at }).where("id", "=", id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
