/**
 * The accessibility statement (/accessibilita), its feedback form and receipt, and the back office's
 * queue and objectives (issue 7 §9). Plain forms, PRG on success; errors answer 400 with the summary
 * and the values as typed.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import {
  FEEDBACK_FIELDS,
  FEEDBACK_PATH,
  OBJECTIVE_FIELDS,
  OBJECTIVE_STATES,
  type FeedbackForm,
  type ObjectiveForm,
  type ObjectiveState,
  declarationLink,
  feedbackDaysLeft,
} from "~/domain/accessibility-statement";
import { todayInItaly } from "~/domain/dates";
import { actOnFeedback, feedbackDetail, feedbackQueue, feedbackReceipt, submitAccessibilityFeedback, type FeedbackEmail } from "~/services/accessibility-feedback.server";
import { accessibilityObjectives, accessibilityObjectivesOfPlan, addAccessibilityObjective, changeAccessibilityObjectiveState, loadStatement } from "~/services/accessibility-statement.server";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { getSiteContext } from "~/services/catalogue.server";
import { env } from "./env.server";
import { requireCsrf, requireCsrfIfSignedIn, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { formatDate } from "./format";
import { notFound } from "./http.server";
import { getFixedT, remixI18next } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const QUEUE = "/gestione/accessibilita/segnalazioni";
const OBJECTIVES = "/gestione/accessibilita/obiettivi";
/** The URP answers accessibility reports: the permission that already covers citizens' feedback. */
const QUEUE_PERMISSION = "feedback.view" as const;
/** The objectives are published content of the comune. */
const OBJECTIVES_PERMISSION = "content.edit" as const;

const text = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" ? v : "";
};

/** The e-mails in the language the person wrote in, signed with the comune's name. */
function feedbackEmail(comune: string): FeedbackEmail {
  return async (kind, lang, facts) => {
    const t = await remixI18next.getFixedT(lang, "a11y");
    const values = { reference: facts.reference, due: formatDate(facts.dueOn, lang), answer: facts.answer ?? "", comune };
    return { subject: t(`email.${kind}Subject`, values), body: t(`email.${kind}Body`, { ...values, interpolation: { escapeValue: false } }) };
  };
}

// ---------------------------------------------------------------------------------------------
// The statement
// ---------------------------------------------------------------------------------------------

export async function statementLoader(request: Request) {
  const { t, lang } = await getFixedT(request);
  const [comune, s] = await Promise.all([getSiteContext(db(), lang), loadStatement(db(), { now: new Date() })]);
  const official = declarationLink(comune.accessibility_declaration_url);
  const site = new URL(env().PUBLIC_BASE_URL ?? request.url).host;
  const pick = (x: { it: string; en: string }) => x[lang];
  return {
    lang,
    site,
    comune: {
      name: comune.name,
      address: `${comune.street_address}, ${comune.postal_code} ${comune.locality} (${comune.province_code})`,
      pec: comune.pec,
      email: comune.email,
      phone: comune.phone,
    },
    officialUrl: official.external ? official.href : null,
    conformity: s.conformity,
    run: s.run ? { ...s.run, checkedOn: formatDate(s.run.checkedOn, lang) } : null,
    checks: s.checks.map((c) => ({
      id: c.id,
      description: pick(c.description),
      wcag: c.wcag,
      method: pick(c.method),
      who: c.who,
      date: c.date ? formatDate(c.date, lang) : null,
      outcome: c.outcome,
      notes: c.notes ? pick(c.notes) : null,
    })),
    issues: s.issues.map((i) => ({ id: i.id, kind: i.kind, description: pick(i.description), wcag: i.wcag, remedy: pick(i.remedy) })),
    preparedOn: formatDate(s.preparedOn, lang),
    lastReviewOn: formatDate(s.lastReviewOn, lang),
    objectives: s.objectives.map((o) => ({ id: o.id, year: o.year, objective: o.objective, intervention: o.intervention, deadline: formatDate(o.deadline, lang), state: o.state })),
    objectivesYear: s.objectivesYear,
    objectivesDueOn: formatDate(s.objectivesDueOn, lang),
    hasObjectivesOfYear: s.hasObjectivesOfYear,
    overdueFeedback: s.overdueFeedback,
    meta: { title: t("a11y:statement.title") },
  };
}
export type StatementData = Awaited<ReturnType<typeof statementLoader>>;

// ---------------------------------------------------------------------------------------------
// The feedback form and its receipt (no login)
// ---------------------------------------------------------------------------------------------

type FeedbackErrorItem = { field: (typeof FEEDBACK_FIELDS)[number] | "form"; text: string };

async function feedbackPage(request: Request, answer: { values: FeedbackForm; errors: FeedbackErrorItem[] } | null, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const from = new URL(request.url).searchParams.get("pagina") ?? "";
  const empty = Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, ""])) as FeedbackForm;
  return {
    values: answer?.values ?? { ...empty, pageUrl: from.startsWith("/") ? from.slice(0, 500) : "" },
    errors: answer?.errors ?? [],
    meta: { title: t("a11y:form.title"), hasErrors: Boolean(answer) || hadErrors(context) },
  };
}
export type FeedbackPageData = Awaited<ReturnType<typeof feedbackPage>>;

export async function feedbackLoader(request: Request, context?: AppLoadContext) {
  return feedbackPage(request, null, context);
}

export async function feedbackAction(request: Request, context?: AppLoadContext) {
  const form = await request.formData();
  await requireCsrfIfSignedIn(request, form);
  const { t, lang } = await getFixedT(request);
  const values = Object.fromEntries(FEEDBACK_FIELDS.map((f) => [f, text(form, f)])) as FeedbackForm;
  const comune = await getSiteContext(db(), lang);
  const result = await submitAccessibilityFeedback(db(), { form: values, lang, now: new Date(), meta: requestMeta(request), email: feedbackEmail(comune.name) });
  if (result.ok) return redirect(`${FEEDBACK_PATH}/ricevuta/${result.token}`, 303);
  const errors: FeedbackErrorItem[] =
    result.reason === "throttled"
      ? [{ field: "form", text: t("a11y:form.errors.throttled", { phone: comune.phone }) }]
      : FEEDBACK_FIELDS.flatMap((f) => (result.errors[f] ? [{ field: f, text: t(`a11y:form.errors.${result.errors[f]}`) }] : []));
  markErrors(context);
  return data(await feedbackPage(request, { values, errors }, context), { status: result.reason === "throttled" ? 429 : 400 });
}

export async function receiptLoader(request: Request, token: string) {
  const { t, lang } = await getFixedT(request);
  const r = await feedbackReceipt(db(), token);
  if (!r) notFound();
  return {
    reference: r.reference,
    received: formatDate(r.receivedAt, lang),
    due: formatDate(r.dueOn, lang),
    byEmail: r.byEmail,
    meta: { title: t("a11y:receipt.title") },
  };
}
export type ReceiptData = Awaited<ReturnType<typeof receiptLoader>>;

// ---------------------------------------------------------------------------------------------
// Back office: the queue, one request, the objectives
// ---------------------------------------------------------------------------------------------

function timeLeft(t: TFunction, dueOn: string, today: string): string {
  const days = feedbackDaysLeft(dueOn, today);
  if (days === 0) return t("a11y:queue.dueToday");
  return days > 0 ? t("a11y:queue.left", { count: days }) : t("a11y:queue.overdue", { count: -days });
}

export async function queueLoader(request: Request) {
  await requireStaff(request, QUEUE_PERMISSION);
  const { t, lang } = await getFixedT(request);
  const today = todayInItaly();
  const { open, answered } = await feedbackQueue(db());
  const row = (r: (typeof open)[number]) => ({
    id: r.id,
    reference: r.reference ?? String(r.id),
    page: r.page_url,
    received: formatDate(r.received_at, lang),
    due: formatDate(r.due_on, lang),
    left: r.state === "answered" ? "" : timeLeft(t, r.due_on, today),
    overdue: r.state !== "answered" && feedbackDaysLeft(r.due_on, today) < 0,
    state: r.state,
    answered: r.answered_at ? formatDate(r.answered_at, lang) : "",
  });
  return { open: open.map(row), answered: answered.map(row), meta: { title: t("a11y:queue.title") } };
}
export type QueueData = Awaited<ReturnType<typeof queueLoader>>;

async function detailPage(request: Request, id: number, answer: { answer: string; error: string | null } | null, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const r = await feedbackDetail(db(), id);
  if (!r) notFound();
  const today = todayInItaly();
  const done = new URL(request.url).searchParams.get("fatto");
  return {
    id: r.id,
    reference: r.reference ?? String(r.id),
    name: r.name,
    email: r.email,
    phone: r.phone,
    page: r.page_url,
    description: r.description,
    assistiveTechnology: r.assistive_technology,
    received: formatDate(r.received_at, lang, true),
    due: formatDate(r.due_on, lang),
    left: r.state === "answered" ? "" : timeLeft(t, r.due_on, today),
    state: r.state,
    answer: r.answer,
    answeredAt: r.answered_at ? formatDate(r.answered_at, lang, true) : null,
    answeredBy: r.answered_by_name ?? null,
    values: { answer: answer?.answer ?? "" },
    error: answer?.error ? t(`a11y:detail.errors.${answer.error}`) : null,
    done: !answer && (done === "take" || done === "answer") ? t(`a11y:detail.done.${done}`) : null,
    meta: { title: t("a11y:detail.title", { reference: r.reference ?? String(r.id) }), hasErrors: Boolean(answer?.error) || hadErrors(context) },
  };
}
export type DetailData = Awaited<ReturnType<typeof detailPage>>;

const idOf = (raw: string | undefined) => (raw && /^\d{1,9}$/.test(raw) ? Number(raw) : notFound());

export async function detailLoader(request: Request, rawId: string | undefined, context?: AppLoadContext) {
  await requireStaff(request, QUEUE_PERMISSION);
  return detailPage(request, idOf(rawId), null, context);
}

export async function detailAction(request: Request, rawId: string | undefined, context?: AppLoadContext) {
  const principal = (await requireStaff(request, QUEUE_PERMISSION)) as StaffPrincipal;
  const id = idOf(rawId);
  const form = await request.formData();
  await requireCsrf(request, form);
  const { lang } = await getFixedT(request);
  const intent = text(form, "intent") === "take" ? "take" : "answer";
  const comune = await getSiteContext(db(), lang);
  const result = await actOnFeedback(db(), principal.staff.id, id, intent === "take" ? { kind: "take" } : { kind: "answer", text: text(form, "answer") }, {
    now: new Date(),
    meta: requestMeta(request),
    email: feedbackEmail(comune.name),
  });
  if (result.ok) return redirect(`${QUEUE}/${id}?fatto=${intent}`, 303);
  if (result.reason === "not_found") notFound();
  markErrors(context);
  return data(await detailPage(request, id, { answer: text(form, "answer"), error: result.reason }, context), { status: 400 });
}

type ObjectiveErrorItem = { field: (typeof OBJECTIVE_FIELDS)[number]; text: string };

async function objectivesPage(request: Request, answer: { values: ObjectiveForm; errors: ObjectiveErrorItem[] } | null, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const rows = await accessibilityObjectives(db());
  const done = new URL(request.url).searchParams.get("fatto");
  const year = String(Number(todayInItaly().slice(0, 4)));
  return {
    rows: rows.map((o) => ({ id: o.id, year: o.year, objective: o.objective, intervention: o.intervention, deadline: formatDate(o.deadline, lang), state: o.state })),
    states: OBJECTIVE_STATES.map((s) => ({ value: s, label: t(`a11y:statement.objectives.state.${s}`) })),
    values: answer?.values ?? { year, objective: "", intervention: "", deadline: "", state: "planned" },
    errors: answer?.errors ?? [],
    done: !answer && (done === "added" || done === "changed") ? t(`a11y:objectivesAdmin.${done}`) : null,
    meta: { title: t("a11y:objectivesAdmin.title"), hasErrors: Boolean(answer) || hadErrors(context) },
  };
}
export type ObjectivesData = Awaited<ReturnType<typeof objectivesPage>>;

export async function objectivesLoader(request: Request, context?: AppLoadContext) {
  await requireStaff(request, OBJECTIVES_PERMISSION);
  return objectivesPage(request, null, context);
}

export async function objectivesAction(request: Request, context?: AppLoadContext) {
  const principal = (await requireStaff(request, OBJECTIVES_PERMISSION)) as StaffPrincipal;
  const form = await request.formData();
  await requireCsrf(request, form);
  const { t } = await getFixedT(request);
  const now = new Date();
  const meta = requestMeta(request);
  if (text(form, "intent") === "state") {
    const id = idOf(text(form, "id"));
    const state = text(form, "state");
    if (!(OBJECTIVE_STATES as readonly string[]).includes(state)) notFound();
    if (!(await changeAccessibilityObjectiveState(db(), { staffId: principal.staff.id, id, state: state as ObjectiveState, now, meta }))) notFound();
    return redirect(`${OBJECTIVES}?fatto=changed`, 303);
  }
  const values = Object.fromEntries(OBJECTIVE_FIELDS.map((f) => [f, text(form, f)])) as ObjectiveForm;
  const result = await addAccessibilityObjective(db(), { staffId: principal.staff.id, form: values, now, meta });
  if (result.ok) return redirect(`${OBJECTIVES}?fatto=added`, 303);
  markErrors(context);
  const errors = OBJECTIVE_FIELDS.flatMap((f) => (result.errors[f] ? [{ field: f, text: t(`a11y:objectivesAdmin.errors.${result.errors[f]}`) }] : []));
  return data(await objectivesPage(request, { values, errors }, context), { status: 400 });
}

/** The accessibility objectives shown on an objective of the integrated plan (empty for the others). */
export async function planAccessibilityObjectives(planObjectiveCode: string, lang: string) {
  const rows = await accessibilityObjectivesOfPlan(db(), planObjectiveCode);
  return rows.map((o) => ({ id: o.id, year: o.year, objective: o.objective, intervention: o.intervention, deadline: formatDate(o.deadline, lang), state: o.state }));
}
