/**
 * The plan's back office (issue 6 §3): plan owners record measured values with evidence, approvers
 * (never the recorder) approve or reject them, owners change an objective's status and mark
 * milestones reached. Every change is appended (plan_update, plan_objective_status) and audited;
 * the public tree (app/services/plan.server.ts) publishes only approved values.
 */
import { sniffFileKind, mediaTypeOf } from "~/domain/file-type";
import { mayDecide, type DecisionRefusal, MAX_NOTE, validateStatusChange, validateUpdate } from "~/domain/plan-updates";
import { parseDayInput } from "~/domain/dates";
import {
  decidePlanUpdate,
  findIndicatorByCode,
  findMilestoneOfObjective,
  findObjectiveByCode,
  findPlanByCode,
  findPlanUpdate,
  insertObjectiveStatus,
  insertPlanUpdate,
  listIndicatorUpdates,
  listMilestoneIds,
  listObjectiveStatusRows,
  listSubmittedUpdates,
  markMilestoneDone,
} from "~/models/plan.server";
import type { AntivirusScanner } from "./antivirus.server";
import { record, type RequestMeta } from "./audit.server";
import { mayRecordOn } from "./plan-owners.server";
import { databaseFileStore } from "./file-store.server";
import { CURRENT_PLAN_CODE, getPlanTree, objectivesOf, type PlanIndicator, type PlanObjective, type PlanTree } from "./plan.server";
import type { UploadedFile } from "./uploads.server";
import type { Db, DbOrTrx } from "~/utils/db.server";

export interface PlanClock {
  now: string;
  today: string;
}

/** What evidence files may be: the same kinds as the applications' documents. */
export const EVIDENCE_FILES = { accept: ["pdf", "png", "jpeg"] as const, maxBytes: 10 * 1024 * 1024, maxFiles: 1 };

async function planId(db: DbOrTrx, lang: string): Promise<number | null> {
  return (await findPlanByCode(db, CURRENT_PLAN_CODE, lang))?.id ?? null;
}

/** The plan tree plus, per indicator code, how many updates await a decision; and that list. */
export async function officeOverview(db: DbOrTrx, lang: string, today: string) {
  const tree = await getPlanTree(db, lang, today);
  if (!tree) return null;
  const id = (await planId(db, lang))!;
  const submitted = await listSubmittedUpdates(db, id);
  const pending = new Map<string, number>();
  for (const u of submitted) pending.set(u.indicator_code, (pending.get(u.indicator_code) ?? 0) + 1);
  const nameOf = new Map(objectivesOf(tree).flatMap((o) => o.indicators.map((i) => [i.code, { name: i.name, objective: o.code, kind: i.kind }] as const)));
  return {
    tree,
    pending,
    submitted: submitted.map((u) => ({ ...u, indicator: nameOf.get(u.indicator_code) ?? null })),
  };
}

export type HistoryRow = Awaited<ReturnType<typeof listIndicatorUpdates>>[number];

export interface IndicatorOffice {
  tree: PlanTree;
  objective: PlanObjective;
  indicator: PlanIndicator;
  history: HistoryRow[];
}

export async function indicatorOffice(db: DbOrTrx, lang: string, today: string, code: string): Promise<IndicatorOffice | null> {
  const tree = await getPlanTree(db, lang, today);
  if (!tree) return null;
  for (const objective of objectivesOf(tree)) {
    const indicator = objective.indicators.find((i) => i.code === code);
    if (!indicator) continue;
    const row = await findIndicatorByCode(db, (await planId(db, lang))!, code);
    if (!row) return null;
    return { tree, objective, indicator, history: await listIndicatorUpdates(db, row.id) };
  }
  return null;
}

export async function objectiveOffice(db: DbOrTrx, lang: string, today: string, code: string) {
  const tree = await getPlanTree(db, lang, today);
  if (!tree) return null;
  const objective = objectivesOf(tree).find((o) => o.code === code);
  if (!objective) return null;
  const row = await findObjectiveByCode(db, (await planId(db, lang))!, code);
  if (!row) return null;
  const milestoneIds = await listMilestoneIds(db, row.id);
  return { tree, objective, history: await listObjectiveStatusRows(db, row.id), milestoneIds: new Map(milestoneIds.map((m) => [m.code, m.id])) };
}

export interface RecordInput {
  value: string;
  measuredOn: string;
  comment: string;
  evidenceUrl: string;
  /** The id of the approved update this one corrects, as typed in the form ("" for none). */
  corrects: string;
  file: UploadedFile | null;
}

/** Field → error code; the handler translates them. */
export type RecordErrors = Partial<Record<"value" | "measuredOn" | "comment" | "evidenceUrl" | "evidenceFile" | "corrects", string>>;

/**
 * Records a measured value, submitted for approval at once. The file is scanned before anything is
 * stored (an infected file never is); the blob, the update and the audit row share one transaction.
 */
export async function recordUpdate(
  db: Db,
  staffId: number,
  indicatorCode: string,
  input: RecordInput,
  scanner: AntivirusScanner,
  clock: PlanClock,
  meta: RequestMeta,
): Promise<{ ok: true; id: number } | { ok: false; errors: RecordErrors } | { ok: false; notFound: true } | { ok: false; refused: "not_owner"; objective: string }> {
  const id = await planId(db, "it");
  const indicator = id === null ? undefined : await findIndicatorByCode(db, id, indicatorCode);
  if (!indicator) return { ok: false, notFound: true };
  // Only the objective's own owners record on its indicators (issue 6 §2); the refusal is audited.
  if (!(await mayRecordOn(db, staffId, indicator.objective_id))) {
    await record(db, {
      event: "plan.update_record_refused",
      outcome: "denied",
      actor: { kind: "staff", id: staffId },
      target: { kind: "plan_indicator", id: indicator.id },
      details: { indicator: indicator.code, objective: indicator.objective_code, reason: "not_owner" },
      meta,
      at: new Date(clock.now),
    });
    return { ok: false, refused: "not_owner", objective: indicator.objective_code };
  }
  const file = input.file;
  const errors: RecordErrors = {};
  if (file?.error) errors.evidenceFile = file.error;
  const checked = validateUpdate({ value: input.value, measuredOn: input.measuredOn, comment: input.comment, evidenceUrl: input.evidenceUrl, hasFile: Boolean(file) }, indicator.kind, clock.today);
  if (!checked.ok) Object.assign(errors, checked.errors);
  let corrects: number | null = null;
  if (input.corrects.trim()) {
    const target = /^[1-9]\d{0,8}$/.test(input.corrects.trim()) ? await findPlanUpdate(db, Number(input.corrects.trim())) : undefined;
    // Only a published value needs correcting; a submitted one is rejected and recorded again instead.
    if (!target || target.plan_indicator_id !== indicator.id || target.state !== "approved") errors.corrects = "corrects_invalid";
    else corrects = target.id;
  }
  if (Object.keys(errors).length || !checked.ok) return { ok: false, errors };
  let scan: "clean" | "not_scanned" | null = null;
  if (file?.bytes) {
    try {
      const result = await scanner.scan(file.bytes);
      if (result === "infected") return { ok: false, errors: { evidenceFile: "infected" } };
      scan = result;
    } catch {
      return { ok: false, errors: { evidenceFile: "scan_failed" } };
    }
  }
  const u = checked.update;
  const newId = await db.transaction().execute(async (trx) => {
    const blobId = file?.bytes ? await databaseFileStore.put(trx, file.bytes) : null;
    const updateId = await insertPlanUpdate(trx, {
      plan_indicator_id: indicator.id,
      measured_value: u.value,
      measured_on: u.measuredOn,
      comment: u.comment,
      evidence_url: u.evidenceUrl,
      evidence_blob_id: blobId,
      evidence_file_name: file?.bytes ? file.name : null,
      corrects_id: corrects,
      recorded_by: staffId,
      recorded_at: clock.now,
      state: "submitted",
    });
    await record(trx, {
      event: "plan.update_recorded",
      outcome: "success",
      actor: { kind: "staff", id: staffId },
      target: { kind: "plan_update", id: updateId },
      details: { indicator: indicator.code, value: u.value, measuredOn: u.measuredOn, corrects, file: file?.bytes ? { sha256: file.sha256, scan } : null },
      meta,
      at: new Date(clock.now),
    });
    return updateId;
  });
  return { ok: true, id: newId };
}

export type DecideResult = { ok: true; indicatorId: number } | { ok: false; reason: DecisionRefusal | "not_found" | "note_required" | "note_too_long" };

/** Approves or rejects a submitted update: never its recorder's own; a rejection says why. */
export async function decideUpdate(
  db: Db,
  staffId: number,
  updateId: number,
  decision: "approved" | "rejected",
  note: string,
  clock: PlanClock,
  meta: RequestMeta,
): Promise<DecideResult> {
  const text = note.trim();
  if (decision === "rejected" && !text) return { ok: false, reason: "note_required" };
  if (text.length > MAX_NOTE) return { ok: false, reason: "note_too_long" };
  return db.transaction().execute(async (trx) => {
    const update = await findPlanUpdate(trx, updateId);
    if (!update) return { ok: false, reason: "not_found" } as const;
    const refusal = mayDecide(update, staffId);
    if (refusal) {
      await record(trx, { event: `plan.update_${decision === "approved" ? "approve" : "reject"}_refused`, outcome: "denied", actor: { kind: "staff", id: staffId }, target: { kind: "plan_update", id: updateId }, details: { reason: refusal }, meta, at: new Date(clock.now) });
      return { ok: false, reason: refusal } as const;
    }
    const done = await decidePlanUpdate(trx, updateId, { state: decision, decidedBy: staffId, decidedAt: clock.now, note: text || null });
    if (!done) return { ok: false, reason: "not_submitted" } as const;
    await record(trx, { event: `plan.update_${decision}`, outcome: "success", actor: { kind: "staff", id: staffId }, target: { kind: "plan_update", id: updateId }, details: { note: text || null }, meta, at: new Date(clock.now) });
    return { ok: true, indicatorId: update.plan_indicator_id } as const;
  });
}

export async function changeObjectiveStatus(
  db: Db,
  staffId: number,
  objectiveCode: string,
  input: { status: string; reason: string },
  clock: PlanClock,
  meta: RequestMeta,
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true }> {
  const id = await planId(db, "it");
  const objective = id === null ? undefined : await findObjectiveByCode(db, id, objectiveCode);
  if (!objective) return { ok: false, notFound: true };
  const checked = validateStatusChange(input.status, input.reason);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  await db.transaction().execute(async (trx) => {
    const rowId = await insertObjectiveStatus(trx, { plan_objective_id: objective.id, status: checked.status, changed_by: staffId, changed_at: clock.now, reason: checked.reason });
    await record(trx, { event: "plan.status_changed", outcome: "success", actor: { kind: "staff", id: staffId }, target: { kind: "plan_objective_status", id: rowId }, details: { objective: objective.code, status: checked.status }, meta, at: new Date(clock.now) });
  });
  return { ok: true };
}

export async function milestoneReached(
  db: Db,
  staffId: number,
  objectiveCode: string,
  input: { milestoneId: number | null; doneOn: string },
  clock: PlanClock,
  meta: RequestMeta,
): Promise<{ ok: true } | { ok: false; error: "date_required" | "date_invalid" | "date_future" | "already_done" } | { ok: false; notFound: true }> {
  const id = await planId(db, "it");
  const objective = id === null ? undefined : await findObjectiveByCode(db, id, objectiveCode);
  const milestone = objective && input.milestoneId !== null ? await findMilestoneOfObjective(db, objective.id, input.milestoneId) : undefined;
  if (!objective || !milestone) return { ok: false, notFound: true };
  if (!input.doneOn.trim()) return { ok: false, error: "date_required" };
  const doneOn = parseDayInput(input.doneOn);
  if (!doneOn) return { ok: false, error: "date_invalid" };
  if (doneOn > clock.today) return { ok: false, error: "date_future" };
  return db.transaction().execute(async (trx) => {
    if (!(await markMilestoneDone(trx, milestone.id, doneOn))) return { ok: false, error: "already_done" } as const;
    await record(trx, { event: "plan.milestone_done", outcome: "success", actor: { kind: "staff", id: staffId }, target: { kind: "plan_milestone", id: milestone.id }, details: { milestone: milestone.code, doneOn }, meta, at: new Date(clock.now) });
    return { ok: true } as const;
  });
}

/**
 * An update's evidence file. `publicOnly`: citizens see only the evidence of approved updates (a
 * submitted or rejected one may hold what the approver refused to publish).
 */
export async function evidenceFile(db: DbOrTrx, updateId: number, publicOnly: boolean): Promise<{ bytes: Uint8Array; name: string; mediaType: string } | null> {
  const update = await findPlanUpdate(db, updateId);
  if (!update || update.evidence_blob_id === null) return null;
  if (publicOnly && update.state !== "approved") return null;
  const bytes = await databaseFileStore.get(db, update.evidence_blob_id);
  if (!bytes) return null;
  const kind = sniffFileKind(bytes.subarray(0, 1024));
  return { bytes, name: update.evidence_file_name ?? "evidenza", mediaType: kind ? mediaTypeOf(kind) : "application/octet-stream" };
}
