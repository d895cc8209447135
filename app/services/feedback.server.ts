import type { ZodIssue } from "zod";
import { pagePathOf, parseFeedbackForm } from "~/domain/feedback";
import { insertFeedback } from "~/models/feedback.server";
import { findServiceIdBySlug } from "~/models/service.server";
import type { Db } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";

export type FeedbackResult =
  | { ok: true; id: number }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** The first error of each field, as a translation key. */
function errorsByField(issues: ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/** Checks a rating form without storing it. */
export function validateFeedback(form: Record<string, string>): { ok: true } | { ok: false; errors: Record<string, string> } {
  const parsed = parseFeedbackForm(form);
  return parsed.success ? { ok: true } : { ok: false, errors: errorsByField(parsed.error.issues) };
}

/** Stores one answer of the page-rating component, linked to the service when the page is a service page. */
export async function recordFeedback(db: Db, form: Record<string, string>, lang: Language, now = new Date()): Promise<FeedbackResult> {
  const parsed = parseFeedbackForm(form);
  if (!parsed.success) return { ok: false, errors: errorsByField(parsed.error.issues), values: form };
  const { rating, reason, comment, page } = parsed.data;
  const path = pagePathOf(page);
  const slug = /^\/servizi\/([a-z0-9-]+)$/.exec(path)?.[1];
  const serviceId = slug ? await findServiceIdBySlug(db, slug) : undefined;
  const id = await insertFeedback(db, {
    page_path: path,
    service_id: serviceId ?? null,
    rating,
    reason: reason ?? null,
    comment: comment ?? null,
    lang,
    created_at: now.toISOString(),
  });
  return { ok: true, id };
}
