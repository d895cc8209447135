/**
 * The accessibility feedback mechanism (issue 7 §9, AGID guidelines): anyone, without logging in,
 * reports a barrier; it becomes a tracked request the comune answers within 30 days. Reports are
 * throttled per address (no CAPTCHA: WCAG 3.3.8). Every step is audited; the acknowledgement and
 * the answer are e-mailed through the outbox when the person left an address.
 */
import { randomBytes } from "node:crypto";
import {
  FEEDBACK_THROTTLE,
  checkFeedbackForm,
  feedbackDueOn,
  feedbackReference,
  feedbackThrottleKey,
  type FeedbackErrors,
  type FeedbackForm,
} from "~/domain/accessibility-statement";
import { todayInItaly } from "~/domain/dates";
import { throttleDecision, windowExpiredBefore } from "~/domain/staff-auth";
import {
  answerFeedback as storeAnswer,
  findFeedback,
  findFeedbackByToken,
  insertAccessibilityFeedback,
  listFeedbackQueue,
  setFeedbackReference,
  setFeedbackState,
} from "~/models/accessibility.server";
import { bumpThrottle, findThrottles } from "~/models/login-throttle.server";
import { enqueueEmail } from "~/models/outbox.server";
import type { Db } from "~/utils/db.server";
import { type RequestMeta, record } from "./audit.server";

/** The e-mails' texts, in the language the person wrote in (built by the caller with its translations). */
export type FeedbackEmail = (
  kind: "acknowledgement" | "answer",
  lang: string,
  facts: { reference: string; dueOn: string; answer?: string },
) => Promise<{ subject: string; body: string }>;

export type SubmitResult =
  | { ok: true; token: string; reference: string }
  | { ok: false; reason: "invalid"; errors: FeedbackErrors }
  | { ok: false; reason: "throttled" };

export async function submitAccessibilityFeedback(
  db: Db,
  input: { form: FeedbackForm; lang: string; now: Date; meta: RequestMeta; email: FeedbackEmail },
): Promise<SubmitResult> {
  const checked = checkFeedbackForm(input.form);
  if (!checked.ok) return { ok: false, reason: "invalid", errors: checked.errors };
  const key = input.meta.ip ? feedbackThrottleKey(input.meta.ip) : null;
  if (key) {
    const [row] = await findThrottles(db, [key]);
    if (!throttleDecision(row, input.now, FEEDBACK_THROTTLE, key).allowed) {
      await record(db, { event: "accessibility_feedback.throttled", outcome: "denied", actor: { kind: "anonymous" }, meta: input.meta, at: input.now });
      return { ok: false, reason: "throttled" };
    }
  }
  const v = checked.value;
  const token = randomBytes(18).toString("base64url");
  const dueOn = feedbackDueOn(input.now);
  const reference = await db.transaction().execute(async (trx) => {
    if (key) await bumpThrottle(trx, key, input.now.toISOString(), windowExpiredBefore(input.now, FEEDBACK_THROTTLE));
    const id = await insertAccessibilityFeedback(trx, {
      token,
      name: v.name,
      email: v.email,
      phone: v.phone,
      page_url: v.pageUrl,
      description: v.description,
      assistive_technology: v.assistiveTechnology,
      lang: input.lang,
      received_at: input.now.toISOString(),
      due_on: dueOn,
      state: "received",
      answer: null,
      answered_by: null,
      answered_at: null,
    });
    const reference = feedbackReference(id, input.now);
    await setFeedbackReference(trx, id, reference);
    if (v.email) {
      const text = await input.email("acknowledgement", input.lang, { reference, dueOn });
      await enqueueEmail(trx, { recipient: v.email, subject: text.subject, body: text.body, relatedKind: "accessibility_feedback", relatedId: id }, input.now.toISOString());
    }
    await record(trx, {
      event: "accessibility_feedback.received",
      outcome: "success",
      actor: { kind: "anonymous" },
      target: { kind: "accessibility_feedback", id },
      details: { reference, dueOn, acknowledged: Boolean(v.email) },
      meta: input.meta,
      at: input.now,
    });
    return reference;
  });
  return { ok: true, token, reference };
}

/** The receipt: the number, the day received and the day the answer is due; no personal data. */
export async function feedbackReceipt(db: Db, token: string) {
  const row = await findFeedbackByToken(db, token);
  if (!row?.reference) return null;
  return { reference: row.reference, receivedAt: row.received_at, dueOn: row.due_on, byEmail: Boolean(row.email) };
}

export async function feedbackQueue(db: Db) {
  return listFeedbackQueue(db, 200);
}

export async function feedbackDetail(db: Db, id: number) {
  return (await findFeedback(db, id)) ?? null;
}

export type StaffFeedbackAction = { kind: "take" } | { kind: "answer"; text: string };
export type StaffFeedbackResult = { ok: true } | { ok: false; reason: "not_found" | "answer_missing" | "answer_too_long" | "already_answered" | "not_open" };

const MAX_ANSWER = 5000;

/** Staff take a request in hand, or answer it (e-mailed when there is an address). Audited. */
export async function actOnFeedback(
  db: Db,
  staffId: number,
  id: number,
  action: StaffFeedbackAction,
  context: { now: Date; meta: RequestMeta; email: FeedbackEmail },
): Promise<StaffFeedbackResult> {
  const actor = { kind: "staff" as const, id: staffId };
  return db.transaction().execute(async (trx): Promise<StaffFeedbackResult> => {
    const row = await findFeedback(trx, id);
    if (!row) return { ok: false, reason: "not_found" };
    const target = { kind: "accessibility_feedback", id };
    if (action.kind === "take") {
      if (!(await setFeedbackState(trx, id, ["received"], "in_progress"))) return { ok: false, reason: "not_open" };
      await record(trx, { event: "accessibility_feedback.taken", outcome: "success", actor, target, meta: context.meta, at: context.now });
      return { ok: true };
    }
    const text = action.text.trim();
    if (!text) return { ok: false, reason: "answer_missing" };
    if (text.length > MAX_ANSWER) return { ok: false, reason: "answer_too_long" };
    if (!(await storeAnswer(trx, id, { text, by: staffId, at: context.now.toISOString() }))) return { ok: false, reason: "already_answered" };
    const reference = row.reference ?? String(id);
    if (row.email) {
      const mail = await context.email("answer", row.lang, { reference, dueOn: row.due_on, answer: text });
      await enqueueEmail(trx, { recipient: row.email, subject: mail.subject, body: mail.body, relatedKind: "accessibility_feedback", relatedId: id }, context.now.toISOString());
    }
    await record(trx, {
      event: "accessibility_feedback.answered",
      outcome: "success",
      actor,
      target,
      details: { reference, onTime: todayInItaly(context.now) <= row.due_on, emailed: Boolean(row.email) },
      meta: context.meta,
      at: context.now,
    });
    return { ok: true };
  });
}
