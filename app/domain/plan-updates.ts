/**
 * Rules of the plan's back office (issue 6 §3): what a measured value, an evidence link and an
 * objective's status change must look like, and who may decide an update. Pure: no I/O, no React.
 */
import { parseDayInput } from "./dates";
import { Exact } from "./exact";
import { OBJECTIVE_STATUSES, type ObjectiveStatus } from "./plan";

export const MAX_COMMENT = 2000;
export const MAX_NOTE = 1000;
export const MAX_URL = 500;

/**
 * A measured value as typed ("1.234,5" is refused: no thousands separators, they are ambiguous
 * between the two conventions) — a comma or a dot as the decimal mark, at most 12 digits before it
 * and 6 after. Returned as the canonical decimal text stored in the table ("0,50" → "0.5"), read
 * digit by digit, never through a float.
 */
export function parseMeasuredValue(text: string): string | null {
  const value = text.trim().replace(/\s/g, "");
  const m = /^(-?)(\d{1,12})(?:[.,](\d{1,6}))?$/.exec(value);
  if (!m) return null;
  const int = m[2]!.replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  const canonical = m[1] && !Exact.decimal(body).isZero() ? `-${body}` : body;
  // Round-trip through the exact reader: what we store is exactly what was typed.
  Exact.decimal(canonical);
  return canonical;
}

/** An evidence link: https only (a link in a public page must not downgrade to http or run script). */
export function parseEvidenceUrl(text: string): string | null {
  const value = text.trim();
  if (!value || value.length > MAX_URL) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === "https:" && url.hostname.includes(".") ? url.href : null;
}

export type UpdateFieldError =
  | "value_required"
  | "value_invalid"
  | "value_not_done"
  | "date_required"
  | "date_invalid"
  | "date_future"
  | "comment_too_long"
  | "url_invalid"
  | "evidence_required"
  | "corrects_invalid";

export interface UpdateInput {
  value: string;
  measuredOn: string;
  comment: string;
  evidenceUrl: string;
  hasFile: boolean;
}

export interface ValidUpdate {
  value: string;
  measuredOn: string;
  comment: string;
  evidenceUrl: string | null;
}

/**
 * Checks a new measurement. A milestone indicator takes 1 (done) or 0 (not done); a measurement date
 * cannot be after today (a value is measured, not forecast); evidence — a link or a file — is required,
 * since an update without evidence cannot be checked by the approver or by citizens.
 */
export function validateUpdate(
  input: UpdateInput,
  kind: "milestone" | "quantity",
  today: string,
): { ok: true; update: ValidUpdate } | { ok: false; errors: Partial<Record<"value" | "measuredOn" | "comment" | "evidenceUrl", UpdateFieldError>> } {
  const errors: Partial<Record<"value" | "measuredOn" | "comment" | "evidenceUrl", UpdateFieldError>> = {};
  let value: string | null = null;
  if (!input.value.trim()) errors.value = "value_required";
  else {
    value = parseMeasuredValue(input.value);
    if (value === null) errors.value = "value_invalid";
    else if (kind === "milestone" && value !== "0" && value !== "1") errors.value = "value_not_done";
  }
  let measuredOn: string | null = null;
  if (!input.measuredOn.trim()) errors.measuredOn = "date_required";
  else {
    measuredOn = parseDayInput(input.measuredOn);
    if (measuredOn === null) errors.measuredOn = "date_invalid";
    else if (measuredOn > today) errors.measuredOn = "date_future";
  }
  const comment = input.comment.trim();
  if (comment.length > MAX_COMMENT) errors.comment = "comment_too_long";
  let evidenceUrl: string | null = null;
  if (input.evidenceUrl.trim()) {
    evidenceUrl = parseEvidenceUrl(input.evidenceUrl);
    if (evidenceUrl === null) errors.evidenceUrl = "url_invalid";
  } else if (!input.hasFile) errors.evidenceUrl = "evidence_required";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, update: { value: value!, measuredOn: measuredOn!, comment, evidenceUrl } };
}

export type DecisionRefusal = "self_decision" | "not_submitted";

/** Four eyes: whoever recorded an update never decides it; only a submitted update is decided. */
export function mayDecide(update: { recorded_by: number | null; state: string }, deciderId: number): DecisionRefusal | null {
  if (update.state !== "submitted") return "not_submitted";
  if (update.recorded_by !== null && update.recorded_by === deciderId) return "self_decision";
  return null;
}

export function parseObjectiveStatus(text: string): ObjectiveStatus | null {
  return (OBJECTIVE_STATUSES as readonly string[]).includes(text) ? (text as ObjectiveStatus) : null;
}

/** A status change needs its reason (the history says why, not only what). */
export function validateStatusChange(status: string, reason: string): { ok: true; status: ObjectiveStatus; reason: string } | { ok: false; errors: Partial<Record<"status" | "reason", "status_invalid" | "reason_required" | "reason_too_long">> } {
  const errors: Partial<Record<"status" | "reason", "status_invalid" | "reason_required" | "reason_too_long">> = {};
  const parsed = parseObjectiveStatus(status);
  if (!parsed) errors.status = "status_invalid";
  const text = reason.trim();
  if (!text) errors.reason = "reason_required";
  else if (text.length > MAX_NOTE) errors.reason = "reason_too_long";
  return parsed && !Object.keys(errors).length ? { ok: true, status: parsed, reason: text } : { ok: false, errors };
}
