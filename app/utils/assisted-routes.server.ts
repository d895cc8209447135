/**
 * /gestione/assistenza/…: an operator fills an application with a citizen at the counter or on the
 * phone (issue 7 §7). The identification page is a staff form (400 with the values on error); the
 * steps, documents and summary are the citizen flow's own pages and handlers (application-routes),
 * given the operator as an assisting principal bound to that one application.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { IDENTIFY_FIELDS, ID_DOCUMENT_TYPES, type IdentifyError, type IdentifyField, type IdentifyForm } from "~/domain/assisted";
import { parseId } from "~/domain/ids";
import { formatProtocol } from "~/domain/protocol";
import type { Translate } from "~/forms/view";
import { ASSISTED_BASE, assistedPath, firstStepPath, formOf, parseAnswers } from "~/services/applications.server";
import { assistableServices, assistanceOf, assistedDrafts, assistingPrincipal, startAssisted, submitAssisted } from "~/services/assisted-applications.server";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { findApplication } from "~/models/application.server";
import { findServiceBySlug } from "~/models/service.server";
import { documentsPage, documentsSave, emailTexts, type FlowDraft, stepPage, stepSave, summaryPage, translators } from "./application-routes.server";
import { requireCsrf, requireStaff, stashForm, takeStashedForm } from "./auth.server";
import { db } from "./db.server";
import { formatDate } from "./format";
import { getFixedT } from "./i18next.server";
import { notFound, requestClock as clock } from "./http.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const PERMISSION = "application.assist_citizen" as const;

type Errors = Partial<Record<IdentifyField, IdentifyError>>;

const EMPTY: IdentifyForm = { service: "", channel: "", fiscalCode: "", givenName: "", familyName: "", documentType: "", documentNumber: "", verification: "", privacy: "" };

async function identifyPage(request: Request, principal: StaffPrincipal, answer: { values: IdentifyForm; errors: Errors } | null, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const [services, drafts] = await Promise.all([assistableServices(db(), principal.staff, lang), assistedDrafts(db(), principal.staff.id, lang)]);
  return {
    meta: { title: t("assisted:title"), hasErrors: Boolean(answer) || hadErrors(context) },
    services: services.map((s) => ({ value: s.slug, label: s.title })),
    documentTypes: ID_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`assisted:documentTypes.${d}`) })),
    values: { ...(answer?.values ?? EMPTY), privacy: "" },
    errors: IDENTIFY_FIELDS.flatMap((f) => (answer?.errors[f] ? [{ field: f, text: t(`assisted:errors.${answer.errors[f]}`) }] : [])),
    saved: !answer && new URL(request.url).searchParams.get("esito") === "saved",
    drafts: drafts.map((d) => ({
      id: d.id,
      name: d.applicantName,
      fiscalCode: d.fiscalCode,
      service: d.serviceTitle ?? d.serviceSlug,
      channel: t(`assisted:channels.${d.channel}`),
      updated: formatDate(d.updatedAt, lang, true),
      href: assistedPath(d.id, "riepilogo"),
    })),
  };
}

export type IdentifyData = Awaited<ReturnType<typeof identifyPage>>;

export async function identifyLoader(request: Request, context?: AppLoadContext) {
  const principal = (await requireStaff(request, PERMISSION)) as StaffPrincipal;
  return identifyPage(request, principal, null, context);
}

export async function identifyAction(request: Request, context?: AppLoadContext) {
  const principal = (await requireStaff(request, PERMISSION)) as StaffPrincipal;
  const form = await request.formData();
  await requireCsrf(request, form);
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const values = Object.fromEntries(IDENTIFY_FIELDS.map((f) => [f, text(f)])) as unknown as IdentifyForm;
  const result = await startAssisted(db(), { staff: principal.staff, form: values }, clock(), requestMeta(request));
  if (!result.ok) {
    markErrors(context);
    return data(await identifyPage(request, principal, { values, errors: result.errors }, context), { status: 400 });
  }
  const row = await findApplication(db(), result.id);
  if (!row) notFound();
  return redirect(firstStepPath(formOf(row), parseAnswers(row), row.id, assistedPath), 303);
}

// ---------------------------------------------------------------------------------------------
// The form's pages, shared with the citizen's flow

async function assistedFlow(request: Request, idParam: string | undefined, draftOnly = true) {
  const principal = (await requireStaff(request, PERMISSION)) as StaffPrincipal;
  const id = parseId(idParam);
  if (id === null) notFound();
  const found = await assistingPrincipal(db(), principal.staff, id);
  if (!found) notFound();
  if (draftOnly && found.state !== "draft") throw redirect(assistedPath(id), 303);
  const row = await findApplication(db(), id);
  if (!row) notFound();
  const { t, lang } = await getFixedT(request);
  const p = found.principal;
  const flow: FlowDraft = {
    p,
    row,
    t: t as Translate,
    lang,
    def: formOf(row),
    path: assistedPath,
    start: ASSISTED_BASE,
    list: ASSISTED_BASE,
    title: (title) => `${title} – ${t("assisted:title")}: ${p.applicant.name}`,
    extra: {
      crumbs: [{ label: t("assisted:area"), to: "/gestione" }, { label: t("assisted:title"), to: ASSISTED_BASE }, { label: p.applicant.name }],
      assisting: t("assisted:banner", { name: p.applicant.name, fiscalCode: p.applicant.fiscalCode, channel: t(`assisted:bannerChannel.${found.channel}`) }),
    },
  };
  return { flow, channel: found.channel };
}

export async function assistedStepLoader(request: Request, idParam: string | undefined, stepId: string | undefined) {
  return stepPage(request, (await assistedFlow(request, idParam)).flow, stepId);
}

export async function assistedStepAction(request: Request, idParam: string | undefined, stepId: string | undefined) {
  return stepSave(request, (await assistedFlow(request, idParam)).flow, stepId);
}

export async function assistedDocumentsLoader(request: Request, idParam: string | undefined) {
  return documentsPage(request, (await assistedFlow(request, idParam)).flow);
}

export async function assistedDocumentsAction(request: Request, idParam: string | undefined) {
  return documentsSave(request, (await assistedFlow(request, idParam)).flow);
}

// ---------------------------------------------------------------------------------------------
// Summary, the citizen's confirmation, sending

export async function assistedSummaryLoader(request: Request, idParam: string | undefined) {
  const { flow, channel } = await assistedFlow(request, idParam);
  const stashed = await takeStashedForm<{ note?: string }>(request);
  const { t } = flow;
  const page = {
    ...(await summaryPage(flow)),
    meta: { title: `${t("assisted:summaryTitle")} – ${flow.p.kind === "assisting" ? flow.p.applicant.name : ""}`, hasErrors: stashed !== null },
    channel,
    documentsHref: assistedPath(flow.row.id, "allegati"),
    confirmLabel: t(channel === "counter" ? "assisted:confirmCounter" : "assisted:confirmPhone"),
    note: stashed?.values.note ?? "",
    errors: Object.entries(stashed?.errors ?? {}).map(([field, key]) => ({ field, text: t(key) })),
  };
  return stashed ? data(page, { status: 400 }) : page;
}

export async function assistedSummaryAction(request: Request, idParam: string | undefined) {
  const { flow, channel } = await assistedFlow(request, idParam);
  const form = await request.formData();
  await requireCsrf(request, form);
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const here = assistedPath(flow.row.id, "riepilogo");
  if (flow.p.kind !== "assisting") notFound();
  const result = await submitAssisted(
    db(),
    { principal: flow.p, channel, form: { confirmed: text("confirmed"), note: text("note") }, lang: flow.lang, translators: await translators(), emailTexts: emailTexts(flow.t) },
    clock(),
    requestMeta(request),
  );
  switch (result.kind) {
    case "confirmation_error": {
      const field = result.error === "note_too_long" ? "note" : "confirmed";
      const cookie = await stashForm(request, { path: here, values: { note: text("note") }, errors: { [field]: `assisted:errors.${result.error}` } });
      return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
    }
    case "submitted":
    case "already":
      return redirect(assistedPath(flow.row.id), 303);
    case "privacy":
    case "unconfirmed":
      return redirect(here, 303);
    case "invalid_step":
      return redirect(assistedPath(flow.row.id, `passo/${result.stepId}`), 303);
    case "missing_documents":
      return redirect(assistedPath(flow.row.id, "allegati"), 303);
    case "not_found":
      notFound();
  }
}

/** After sending: the protocol number, the receipt, what the citizen will see. */
export async function assistedDoneLoader(request: Request, idParam: string | undefined) {
  const { flow } = await assistedFlow(request, idParam, false);
  const { row, t, lang } = flow;
  if (row.state === "draft") throw redirect(assistedPath(row.id, "riepilogo"), 303);
  const assistance = await assistanceOf(db(), row.id, lang);
  const protocol = formatProtocol(row.protocol_year ?? 0, row.protocol_number ?? 0);
  return {
    meta: { title: t("assisted:doneTitle") },
    id: row.id,
    protocol,
    lead: t("assisted:doneLead", { service: (await summaryService(flow)) ?? row.form_slug, protocol }),
    emailKnown: flow.p.kind === "assisting" && Boolean(flow.p.applicant.email),
    confirmed: assistance?.method && assistance.confirmedAt ? t(`assisted:confirmedBy.${assistance.method}`, { at: formatDate(assistance.confirmedAt, lang, true) }) : null,
  };
}

async function summaryService(flow: FlowDraft): Promise<string | null> {
  return (await findServiceBySlug(db(), flow.row.form_slug, flow.lang))?.title ?? null;
}
