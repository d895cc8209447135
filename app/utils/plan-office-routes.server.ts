/**
 * The plan's back office (/gestione/piano…, issue 6 §3) and the public evidence download: thin
 * handlers over app/services/plan-updates.server.ts. A form with errors answers 400 with the values
 * as typed (the loader then puts "Errore: " in the title: `markErrors`); a change redirects
 * (post/redirect/get) with `?esito=…`, so every form works without JavaScript.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import { parseId } from "~/domain/ids";
import { actorOf } from "~/domain/principal";
import { can } from "~/domain/permissions";
import { decimalText, OBJECTIVE_STATUSES } from "~/domain/plan";
import { scannerFromEnv } from "~/services/antivirus.server";
import { objectivesOf } from "~/services/plan.server";
import {
  changeObjectiveStatus,
  decideUpdate,
  EVIDENCE_FILES,
  evidenceFile,
  type HistoryRow,
  indicatorOffice,
  milestoneReached,
  objectiveOffice,
  officeOverview,
  recordUpdate,
} from "~/services/plan-updates.server";
import { formDataOf, readUploads, type UploadedFile, type UploadFields, UploadRejectedError } from "~/services/uploads.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { formatDate } from "./format";
import { fileResponse, notFound, requestClock as clock } from "./http.server";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const HOME = "/gestione/piano";
const DONE = ["registrato", "approvato", "respinto", "stato", "traguardo"] as const;

function doneOf(request: Request): (typeof DONE)[number] | null {
  const value = new URL(request.url).searchParams.get("esito");
  return (DONE as readonly string[]).includes(value ?? "") ? (value as (typeof DONE)[number]) : null;
}

function valueWords(t: TFunction, kind: "milestone" | "quantity", value: string, lang: string): string {
  if (kind === "milestone") return value === "0" ? t("plan:indicator.notDone") : t("plan:indicator.done");
  return decimalText(value, lang);
}

export async function officeLoader(request: Request) {
  const s = await requireStaff(request, "plan.record_progress");
  const { t, lang } = await getFixedT(request);
  const { today } = clock();
  const o = await officeOverview(db(), lang, today);
  if (!o) notFound();
  return {
    meta: { title: t("plan:office.title") },
    mayApprove: can(actorOf(s), "plan.approve_progress"),
    pending: o.submitted.map((u) => ({
      id: u.id,
      indicatorCode: u.indicator_code,
      indicator: u.indicator?.name ?? u.indicator_code,
      value: valueWords(t, u.indicator?.kind ?? "quantity", u.measured_value, lang),
      measuredOn: formatDate(u.measured_on, lang),
      recordedBy: u.recorded_by_name ?? t("plan:office.system"),
      recordedAt: formatDate(u.recorded_at, lang, true),
      own: u.recorded_by === s.staff.id,
      correction: u.corrects_id,
    })),
    // By code (OB-01, OB-02…), as the owners refer to them; the public page follows the plan's lines.
    objectives: [...objectivesOf(o.tree)]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((ob) => ({
        code: ob.code,
        title: ob.title,
        status: ob.status,
        indicators: ob.indicators.map((i) => ({
          code: i.code,
          name: i.name,
          latest: i.latest ? `${valueWords(t, i.kind, i.latest.value, lang)} (${formatDate(i.latest.measuredOn, lang)})` : null,
          awaiting: o.pending.get(i.code) ?? 0,
        })),
      })),
  };
}

export type OfficeData = Awaited<ReturnType<typeof officeLoader>>;

function historyView(t: TFunction, kind: "milestone" | "quantity", rows: HistoryRow[], lang: string, me: number) {
  return rows.map((u) => ({
    id: u.id,
    value: valueWords(t, kind, u.measured_value, lang),
    measuredOn: formatDate(u.measured_on, lang),
    comment: u.comment,
    evidenceUrl: u.evidence_url,
    evidenceFile: u.evidence_blob_id !== null ? (u.evidence_file_name ?? t("plan:office.evidence")) : null,
    recordedBy: u.recorded_by_name ?? t("plan:office.system"),
    recordedAt: formatDate(u.recorded_at, lang, true),
    state: u.state,
    decidedBy: u.decided_at ? t("plan:office.decidedBy", { name: u.decided_by_name ?? "", date: formatDate(u.decided_at, lang, true) }) : null,
    note: u.decision_note,
    corrects: u.corrects_id,
    own: u.recorded_by === me,
  }));
}

export interface RecordValues {
  value: string;
  measuredOn: string;
  comment: string;
  evidenceUrl: string;
  corrects: string;
}

const EMPTY: RecordValues = { value: "", measuredOn: "", comment: "", evidenceUrl: "", corrects: "" };

export async function indicatorLoader(request: Request, code: string | undefined, context?: AppLoadContext) {
  const s = await requireStaff(request, "plan.record_progress");
  const { t, lang } = await getFixedT(request);
  const found = code ? await indicatorOffice(db(), lang, clock().today, code) : null;
  if (!found) notFound();
  const { indicator: i, objective } = found;
  return {
    meta: { title: t("plan:office.indicatorTitle", { code: i.code, name: i.name }), hasErrors: hadErrors(context) },
    lang,
    done: doneOf(request),
    mayApprove: can(actorOf(s), "plan.approve_progress"),
    objective: { code: objective.code, title: objective.title, slug: objective.slug },
    indicator: i,
    history: historyView(t, i.kind, found.history, lang, s.staff.id),
    correctable: found.history.filter((u) => u.state === "approved").map((u) => ({ id: u.id, label: t("plan:office.correctsOption", { id: u.id, value: valueWords(t, i.kind, u.measured_value, lang), date: formatDate(u.measured_on, lang) }) })),
    values: EMPTY,
    errors: {} as Record<string, string>,
  };
}

export type IndicatorData = Awaited<ReturnType<typeof indicatorLoader>>;
export interface IndicatorAnswer {
  values: RecordValues;
  errors: Record<string, string>;
  /** The update a decision form was about (its note field carries the error). */
  decided?: number;
  note?: string;
}

/** Field names of the form (the ids the error summary links to). */
const FIELD_IDS: Record<string, string> = { value: "value", measuredOn: "measuredOn", comment: "comment", evidenceUrl: "evidenceUrl", evidenceFile: "evidenceFile", corrects: "corrects" };

export async function indicatorAction(request: Request, code: string | undefined, context?: AppLoadContext) {
  const s = await requireStaff(request, "plan.record_progress");
  const { t } = await getFixedT(request);
  let fields: UploadFields;
  let files: UploadedFile[] = [];
  try {
    ({ fields, files } = await readUploads(request, { acceptFor: (f) => (f === "evidenceFile" ? { ...EVIDENCE_FILES, accept: [...EVIDENCE_FILES.accept] } : null), maxTotalBytes: 12 * 1024 * 1024 }));
  } catch (error) {
    if (!(error instanceof UploadRejectedError)) throw error;
    fields = error.fields;
    files = [{ field: "evidenceFile", name: "", originalName: "", kind: null, size: 0, sha256: "", bytes: null, mediaType: null, error: "too_big" }];
  }
  const form = formDataOf(fields);
  await requireCsrf(request, form);
  const text = (k: string) => String(form.get(k) ?? "");
  const intent = text("intent");
  const here = `${HOME}/indicatori/${encodeURIComponent(code ?? "")}`;
  const values: RecordValues = { value: text("value"), measuredOn: text("measuredOn"), comment: text("comment"), evidenceUrl: text("evidenceUrl"), corrects: text("corrects") };
  const invalid = (answer: IndicatorAnswer) => {
    markErrors(context);
    return data(answer, { status: 400 });
  };
  if (intent === "record") {
    const result = await recordUpdate(db(), s.staff.id, code ?? "", { ...values, file: files[0] ?? null }, scannerFromEnv(), clock(), requestMeta(request));
    if (!result.ok && "notFound" in result) notFound();
    if (!result.ok && "refused" in result) {
      markErrors(context);
      return data({ values, errors: { value: t("planreport:owners.errors.not_owner", { code: result.objective }) } } satisfies IndicatorAnswer, { status: 403 });
    }
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.errors).map(([field, key]) => [FIELD_IDS[field] ?? field, t(`plan:office.errors.${key}`)]));
      return invalid({ values, errors });
    }
    return redirect(`${here}?esito=registrato#storico`, 303);
  }
  if (intent === "approve" || intent === "reject") {
    await requireStaff(request, "plan.approve_progress");
    const id = parseId(form.get("update"));
    if (id === null) notFound();
    const note = text("note");
    const result = await decideUpdate(db(), s.staff.id, id, intent === "approve" ? "approved" : "rejected", note, clock(), requestMeta(request));
    if (!result.ok && result.reason === "not_found") notFound();
    if (!result.ok) return invalid({ values: EMPTY, errors: { [`note-${id}`]: t(`plan:office.errors.${result.reason}`) }, decided: id, note });
    return redirect(`${here}?esito=${intent === "approve" ? "approvato" : "respinto"}#storico`, 303);
  }
  return data({ values: EMPTY, errors: {} }, { status: 400 });
}

export async function objectiveLoader(request: Request, code: string | undefined, context?: AppLoadContext) {
  const s = await requireStaff(request, "plan.record_progress");
  const { t, lang } = await getFixedT(request);
  const found = code ? await objectiveOffice(db(), lang, clock().today, code) : null;
  if (!found) notFound();
  const { objective: o } = found;
  return {
    meta: { title: t("plan:office.objectiveTitle", { code: o.code }), hasErrors: hadErrors(context) },
    done: doneOf(request),
    objective: { code: o.code, title: o.title, slug: o.slug, status: o.status },
    statuses: OBJECTIVE_STATUSES,
    history: found.history.map((h) => ({ id: h.id, status: h.status, at: formatDate(h.changed_at, lang, true), by: h.changed_by_name ?? t("plan:office.system"), reason: h.reason })),
    milestones: o.milestones.map((m) => ({ id: found.milestoneIds.get(m.code) ?? 0, code: m.code, title: m.title, due: formatDate(m.dueOn, lang), done: m.doneOn ? formatDate(m.doneOn, lang) : null, state: m.state })),
    indicators: o.indicators.map((i) => ({ code: i.code, name: i.name })),
    owners: o.owners,
    mayAssignOwners: can(actorOf(s), "plan.assign_owners"),
  };
}

export type ObjectiveData = Awaited<ReturnType<typeof objectiveLoader>>;
export interface ObjectiveAnswer {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export async function objectiveAction(request: Request, code: string | undefined, context?: AppLoadContext) {
  const s = await requireStaff(request, "plan.record_progress");
  const { t } = await getFixedT(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const text = (k: string) => String(form.get(k) ?? "");
  const intent = text("intent");
  const here = `${HOME}/obiettivi/${encodeURIComponent(code ?? "")}`;
  const invalid = (answer: ObjectiveAnswer) => {
    markErrors(context);
    return data(answer, { status: 400 });
  };
  if (intent === "status") {
    const values = { status: text("status"), reason: text("reason") };
    const result = await changeObjectiveStatus(db(), s.staff.id, code ?? "", values, clock(), requestMeta(request));
    if (!result.ok && "notFound" in result) notFound();
    if (!result.ok) return invalid({ values, errors: Object.fromEntries(Object.entries(result.errors).map(([f, key]) => [f === "status" ? "status-not_started" : "reason", t(`plan:office.errors.${key}`)])) });
    return redirect(`${here}?esito=stato`, 303);
  }
  if (intent === "milestone") {
    const milestoneId = parseId(form.get("milestone"));
    const values = { [`doneOn-${milestoneId ?? 0}`]: text("doneOn") };
    const result = await milestoneReached(db(), s.staff.id, code ?? "", { milestoneId, doneOn: text("doneOn") }, clock(), requestMeta(request));
    if (!result.ok && "notFound" in result) notFound();
    if (!result.ok) return invalid({ values, errors: { [`doneOn-${milestoneId}`]: t(`plan:office.errors.${result.error}`) } });
    return redirect(`${here}?esito=traguardo`, 303);
  }
  return data({ values: {}, errors: {} }, { status: 400 });
}

export async function staffEvidenceLoader(request: Request, idParam: string | undefined) {
  await requireStaff(request, "plan.record_progress");
  const id = parseId(idParam);
  const file = id === null ? null : await evidenceFile(db(), id, false);
  if (!file) notFound();
  return fileResponse(file.bytes, file.mediaType, file.name, false);
}

/** Citizens download only the evidence of approved (published) updates. */
export async function publicEvidenceLoader(idParam: string | undefined) {
  const id = parseId(idParam);
  const file = id === null ? null : await evidenceFile(db(), id, true);
  if (!file) notFound();
  return fileResponse(file.bytes, file.mediaType, file.name, false);
}
