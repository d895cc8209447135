/**
 * The citizen's online application pages (/area-personale/domande/…): each handler checks who is
 * asking, calls one use case of app/services/applications.server.ts and maps the result to a page,
 * a redirect or a file. Forms follow post/redirect/get with the draft as the stash: an action always
 * saves what was typed and redirects; the page's loader shows the errors of a step the citizen has
 * tried to leave (answering 400 with "Errore: " in the title) — reloading never sends a form twice
 * and nothing typed is lost, with or without JavaScript.
 */
import { data, redirect } from "@remix-run/node";
import { citizenState, daysLeft, transition } from "~/domain/application-workflow";
import { todayInItaly } from "~/domain/dates";
import { parseId } from "~/domain/ids";
import { formatProtocol } from "~/domain/protocol";
import { activeSteps, findStep, validateForm } from "~/forms/engine";
import { attachmentLabels, inputId, stepView, summarize, type Translate } from "~/forms/view";
import type { ApplicationRow } from "~/models/application.server";
import { findComune } from "~/models/comune.server";
import { findServiceBySlug } from "~/models/service.server";
import { scannerFromEnv } from "~/services/antivirus.server";
import {
  acceptPrivacy,
  afterSteps,
  applicationPath,
  citizenCase,
  type ApplicantPrincipal,
  type CitizenPrincipal,
  discardDraft,
  findOwnApplication,
  firstStepPath,
  formOf,

  listMine,
  markAttempted,
  missingDocuments,
  parseAnswers,
  parseAttempted,
  parseFrozen,
  readDocument,
  removeDocument,
  saveStep,
  startApplication,
  startPage,
  stepErrors,
  storeDocuments,
  submitApplication,
  withdrawApplication,
  writeToOffice,
} from "~/services/applications.server";
import { assistanceOf } from "~/services/assisted-applications.server";
import { serviceLoginLevel } from "~/services/catalogue.server";
import { renderReceiptPdf } from "~/services/receipt-pdf.server";
import { attachmentLimits, formDataOf, readUploads, UploadRejectedError } from "~/services/uploads.server";
import { requireCitizen, requireCsrf, stashForm, takeStashedForm } from "./auth.server";
import { feesOfCase } from "./fee-routes.server";
import type { TFunction } from "i18next";
import { db } from "./db.server";
import { env } from "./env.server";
import { formatDate, postalAddress } from "./format";
import type { Language } from "./i18n";
import { getFixedT, remixI18next } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { fileResponse, notFound, requestClock as clock } from "./http.server";

const LIST = "/area-personale/domande";



export async function translators() {
  return { it: (await remixI18next.getFixedT("it")) as Translate, en: (await remixI18next.getFixedT("en")) as Translate };
}

export function emailTexts(t: Translate) {
  return (protocol: string) => ({ subject: t("desk:email.submittedSubject", { protocol }), body: t("desk:email.submittedBody", { protocol, url: `${env().PUBLIC_BASE_URL ?? ""}${LIST}` }) });
}

/** The citizen, the application (theirs, or 404) and its form, at the SPID level its service asks. */
async function ownApplication(request: Request, idParam: string | undefined, permission: "application.view_own" | "application.submit" = "application.submit") {
  const p = (await requireCitizen(request, permission)) as CitizenPrincipal;
  const id = parseId(idParam);
  if (id === null) notFound();
  const row = await findOwnApplication(db(), id, p, todayInItaly());
  if (!row) notFound();
  // The service may ask a higher SPID level than the session has: log in again at that level.
  await requireCitizen(request, permission, { minLevel: await serviceLoginLevel(db(), row.form_slug, env().SPID_DEFAULT_LEVEL) });
  const { t, lang } = await getFixedT(request);
  return { p, row, t: t as Translate, lang };
}

/**
 * A draft being filled, by whoever fills it: the citizen in the personal area, or an operator assisting
 * them in the back office (issue 7 §7). The step and document pages are the same for both; only the
 * paths, where "back" leads before the first step, and what the page adds (crumbs, a notice) differ.
 */
export interface FlowDraft {
  p: ApplicantPrincipal;
  row: ApplicationRow;
  t: Translate;
  lang: Language;
  def: ReturnType<typeof formOf>;
  path: (id: number, rest?: string) => string;
  /** Before the first step (the privacy notice; the identification page when assisted). */
  start: string;
  /** Where "save and exit" leads. */
  list: string;
  /** Added to every page's data. */
  extra: Record<string, unknown>;
  /** The page title as this flow words it (an assisted page names the citizen, so titles stay distinct). */
  title?: (title: string) => string;
}

async function draftOnly(request: Request, idParam: string | undefined): Promise<FlowDraft> {
  const found = await ownApplication(request, idParam);
  if (found.row.state !== "draft") throw redirect(applicationPath(found.row.id), 303);
  return { ...found, def: formOf(found.row), path: applicationPath, start: applicationPath(found.row.id, "privacy"), list: LIST, extra: {} };
}

async function serviceTitle(slug: string, lang: Language): Promise<string> {
  return (await findServiceBySlug(db(), slug, lang))?.title ?? slug;
}

/** "Passo 2 di 6": the privacy notice, the steps that apply, the documents (if any), the summary. */
function progress(def: ReturnType<typeof formOf>, row: ApplicationRow, current: string) {
  const raw = parseAnswers(row);
  const pages = ["privacy", ...activeSteps(def, raw).map((s) => `passo/${s.id}`)];
  if (afterSteps(def, raw, row.id).endsWith("/allegati")) pages.push("allegati");
  pages.push("riepilogo");
  return { current: Math.max(1, pages.indexOf(current) + 1), total: pages.length };
}

// ---------------------------------------------------------------------------------------------
// The list

export async function listLoader(request: Request) {
  const p = (await requireCitizen(request)) as CitizenPrincipal;
  const { t, lang } = await getFixedT(request);
  const today = todayInItaly();
  const rows = await listMine(db(), p, lang);
  const items = rows.map((r) => ({
    id: r.id,
    serviceTitle: r.serviceTitle,
    state: citizenState(r.state),
    protocol: r.protocolYear && r.protocolNumber ? formatProtocol(r.protocolYear, r.protocolNumber) : null,
    submittedAt: r.submittedAt ? formatDate(r.submittedAt, lang, true) : null,
    updatedAt: formatDate(r.updatedAt, lang, true),
    unread: r.unread,
    assisted: r.assistedChannel ? t("assisted:marker") : null,
  }));
  // What needs the citizen's action comes first, with the days left to answer.
  const waiting = await Promise.all(
    rows
      .filter((r) => r.state === "integration_requested")
      .map(async (r) => {
        const c = await citizenCase(db(), r.id, p, clock());
        const ask = c?.events.filter((e) => e.event === "request_integration").at(-1);
        return { id: r.id, replyBy: ask?.reply_by ?? null, daysLeft: ask?.reply_by ? daysLeft(ask.reply_by, today) : null };
      }),
  );
  const notice = new URL(request.url).searchParams.get("esito");
  return {
    meta: { title: t("desk:list.title") },
    actionNeeded: items.filter((i) => i.state === "action_needed").map((i) => ({ ...i, ...waiting.find((w) => w.id === i.id) })),
    drafts: items.filter((i) => i.state === "draft"),
    others: items.filter((i) => i.state !== "draft" && i.state !== "action_needed"),
    notice: notice === "deleted" || notice === "saved" ? notice : null,
    actingFor: p.actingFor ? (p.actingFor.grantorName ?? p.actingFor.grantorFiscalCode) : null,
  };
}

export async function listAction(request: Request) {
  const p = (await requireCitizen(request, "application.submit")) as CitizenPrincipal;
  const form = await request.formData();
  await requireCsrf(request, form);
  const id = parseId(form.get("application"));
  if (form.get("intent") === "delete" && id !== null) {
    if (!(await discardDraft(db(), id, p, clock(), requestMeta(request)))) notFound();
    return redirect(`${LIST}?esito=deleted`, 303);
  }
  throw data({ reason: "bad_request" }, { status: 400 });
}

// ---------------------------------------------------------------------------------------------
// Start

export async function startLoader(request: Request, slug: string | undefined) {
  const level = slug ? await serviceLoginLevel(db(), slug, env().SPID_DEFAULT_LEVEL) : undefined;
  const p = (await requireCitizen(request, "application.submit", { minLevel: level })) as CitizenPrincipal;
  const { t, lang } = await getFixedT(request);
  const page = slug ? await startPage(db(), slug, p, lang) : null;
  if (!page) notFound();
  const refused = new URL(request.url).searchParams.get("esito");
  return {
    meta: { title: t("desk:start.title", { service: page.service.title }) },
    ...page,
    draft: page.draft ? { id: page.draft.id, updatedAt: formatDate(page.draft.updatedAt, lang, true) } : null,
    refused: refused === "inactive" || refused === "not_delegated" ? refused : null,
    actingFor: p.actingFor ? (p.actingFor.grantorName ?? p.actingFor.grantorFiscalCode) : null,
  };
}

export async function startAction(request: Request, slug: string | undefined) {
  const level = slug ? await serviceLoginLevel(db(), slug, env().SPID_DEFAULT_LEVEL) : undefined;
  const p = (await requireCitizen(request, "application.submit", { minLevel: level })) as CitizenPrincipal;
  const form = await request.formData();
  await requireCsrf(request, form);
  if (!slug) notFound();
  const result = await startApplication(db(), { slug, principal: p, fresh: form.get("intent") === "new", fromLink: new URL(request.url).searchParams }, clock(), requestMeta(request));
  if (!result.ok) {
    if (result.reason === "no_form") notFound();
    return redirect(`/area-personale/domande/nuova/${slug}?esito=${result.reason}`, 303);
  }
  const row = await findOwnApplication(db(), result.id, p, todayInItaly());
  if (!row) notFound();
  return redirect(resumePath(row), 303);
}

/** Where a resumed draft continues: the privacy notice, the first step with problems, the documents or the summary. */
function resumePath(row: ApplicationRow): string {
  if (!row.privacy_accepted_at) return applicationPath(row.id, "privacy");
  const def = formOf(row);
  const raw = parseAnswers(row);
  const check = validateForm(def, raw, { today: todayInItaly() });
  if (!check.ok) return parseAttempted(row).length ? applicationPath(row.id, `passo/${check.step.id}`) : firstStepPath(def, raw, row.id);
  return afterSteps(def, raw, row.id);
}

// ---------------------------------------------------------------------------------------------
// Privacy notice

export async function privacyLoader(request: Request, idParam: string | undefined) {
  const { row, t, lang, def } = await draftOnly(request, idParam);
  const stashed = await takeStashedForm<Record<string, string>>(request);
  const comune = await findComune(db(), lang);
  const page = {
    meta: { title: t("desk:privacy.title"), hasErrors: stashed !== null },
    id: row.id,
    service: await serviceTitle(row.form_slug, lang),
    purpose: t(`forms:${def.privacyPurpose}`),
    controller: comune ? { name: comune.name, address: postalAddress(comune), pec: comune.pec, email: comune.email } : null,
    accepted: row.privacy_accepted_at !== null,
    errors: stashed?.errors ?? {},
    progress: progress(def, row, "privacy"),
  };
  return stashed ? data(page, { status: 400 }) : page;
}

export async function privacyAction(request: Request, idParam: string | undefined) {
  const { p, row, def } = await draftOnly(request, idParam);
  const form = await request.formData();
  await requireCsrf(request, form);
  if (form.get("accept") !== "yes") {
    const cookie = await stashForm(request, { path: new URL(request.url).pathname, values: {}, errors: { accept: "desk:privacy.required" } });
    return redirect(applicationPath(row.id, "privacy"), { status: 303, headers: { "Set-Cookie": cookie } });
  }
  await acceptPrivacy(db(), row.id, p, clock());
  return redirect(firstStepPath(def, parseAnswers(row), row.id), 303);
}

// ---------------------------------------------------------------------------------------------
// Steps

export async function stepLoader(request: Request, idParam: string | undefined, stepId: string | undefined) {
  return stepPage(request, await draftOnly(request, idParam), stepId);
}

export async function stepPage(request: Request, f: FlowDraft, stepId: string | undefined) {
  const { row, t, lang, def, path } = f;
  if (!row.privacy_accepted_at) throw redirect(f.start, 303);
  const step = stepId ? findStep(def, stepId) : undefined;
  if (!step) notFound();
  const raw = parseAnswers(row);
  if (!activeSteps(def, raw).includes(step)) throw redirect(firstStepPath(def, raw, row.id, path), 303);
  const errors = stepErrors(def, step, row, todayInItaly());
  const view = stepView(step, raw, errors, t);
  const steps = activeSteps(def, raw);
  const at = steps.indexOf(step);
  const back = at > 0 ? path(row.id, `passo/${steps[at - 1]!.id}`) : f.start;
  const hasErrors = view.errorLinks.length > 0;
  const page = {
    ...f.extra,
    meta: { title: (f.title ?? String)(`${t(`forms:${step.title}`)} – ${await serviceTitle(row.form_slug, lang)}`), hasErrors },
    id: row.id,
    stepId: step.id,
    title: t(`forms:${step.title}`),
    intro: step.intro ? t(`forms:${step.intro}`) : null,
    plain: t(`plainSteps:${step.plain}`),
    service: await serviceTitle(row.form_slug, lang),
    fields: view.fields,
    errorLinks: view.errorLinks,
    back,
    backToSummary: new URL(request.url).searchParams.get("riepilogo") === "1",
    progress: progress(def, row, `passo/${step.id}`),
  };
  return hasErrors ? data(page, { status: 400 }) : page;
}

export async function stepAction(request: Request, idParam: string | undefined, stepId: string | undefined) {
  const { p, row } = await ownApplication(request, idParam);
  return stepSave(request, { p, row, path: applicationPath, list: LIST }, stepId);
}

export async function stepSave(request: Request, f: Pick<FlowDraft, "p" | "row" | "path" | "list">, stepId: string | undefined) {
  const { p, row, path } = f;
  const form = await request.formData();
  await requireCsrf(request, form);
  const backToSummary = form.get("riepilogo") === "1";
  const result = await saveStep(db(), { id: row.id, stepId: stepId ?? "", principal: p, form, backToSummary }, clock());
  const here = `${path(row.id, `passo/${stepId}`)}${backToSummary ? "?riepilogo=1" : ""}`;
  switch (result.kind) {
    case "not_found":
      notFound();
    case "not_draft":
      return redirect(path(row.id), 303);
    case "stay":
      return redirect(`${here}#${inputId(String(form.get("intent") ?? "").split(":")[1] ?? "")}`, 303);
    case "invalid":
      return redirect(here, 303);
    case "next":
      return redirect(result.to === f.list ? `${f.list}?esito=saved` : result.to, 303);
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

export async function documentsLoader(request: Request, idParam: string | undefined) {
  return documentsPage(request, await draftOnly(request, idParam));
}

export async function documentsPage(request: Request, f: FlowDraft) {
  const { row, t, lang, def, path } = f;
  if (!row.privacy_accepted_at) throw redirect(f.start, 303);
  const raw = parseAnswers(row);
  const specs = attachmentLabels(def, raw, t);
  if (!specs.length) throw redirect(path(row.id, "riepilogo"), 303);
  const c = await citizenCase(db(), row.id, f.p, clock());
  const stashed = await takeStashedForm<Record<string, string>>(request);
  const missing = parseAttempted(row).includes("allegati") ? await missingDocuments(db(), def, row) : [];
  const errors: Record<string, string> = { ...(stashed?.errors ?? {}) };
  for (const name of missing) errors[`doc-${name}`] ??= t("desk:documents.missing", { document: specs.find((s) => s.name === name)?.label ?? name });
  const hasErrors = Object.keys(errors).length > 0;
  const steps = activeSteps(def, raw);
  const page = {
    ...f.extra,
    meta: { title: (f.title ?? String)(`${t("desk:documents.title")} – ${await serviceTitle(row.form_slug, lang)}`), hasErrors },
    id: row.id,
    service: await serviceTitle(row.form_slug, lang),
    specs: specs.map((s) => ({
      ...s,
      files: (c?.files ?? []).filter((f) => f.purpose === "document" && f.spec_name === s.name).map((f) => ({ id: f.id, name: f.file_name, size: f.size_bytes, scan: f.scan_status })),
    })),
    errors,
    scanner: scannerFromEnv().name,
    back: steps.length ? path(row.id, `passo/${steps.at(-1)!.id}`) : f.start,
    progress: progress(def, row, "allegati"),
    notice: new URL(request.url).searchParams.get("esito") === "added" ? "added" : null,
  };
  return hasErrors ? data(page, { status: 400 }) : page;
}

const UPLOAD_ERRORS = new Set(["too_big", "bad_type", "executable", "empty", "too_many", "infected", "scan_failed", "not_asked"]);

export async function documentsAction(request: Request, idParam: string | undefined) {
  return documentsSave(request, await draftOnly(request, idParam));
}

export async function documentsSave(request: Request, f: FlowDraft) {
  const { p, row, t, def, path } = f;
  const here = path(row.id, "allegati");
  const specs = attachmentLabels(def, parseAnswers(row), t);
  let fields: Record<string, string | string[]>;
  let files: Awaited<ReturnType<typeof readUploads>>["files"] = [];
  try {
    ({ fields, files } = await readUploads(request, attachmentLimits(def.attachments)));
  } catch (error) {
    if (!(error instanceof UploadRejectedError)) throw error;
    await requireCsrf(request, formDataOf(error.fields));
    const cookie = await stashForm(request, { path: here, values: {}, errors: { "doc-all": t(`desk:documents.errors.${error.reason}`) } });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  await requireCsrf(request, formDataOf(fields));
  const meta = requestMeta(request);
  const intent = String(fields.intent ?? "upload");
  const remove = /^remove:(\d+)$/.exec(intent);
  if (remove) {
    await removeDocument(db(), row, Number(remove[1]), p, meta);
    return redirect(here, 303);
  }
  const result = await storeDocuments(db(), { row, files, principal: p }, scannerFromEnv(), clock(), meta);
  if (result.errors.length) {
    const errors: Record<string, string> = {};
    for (const e of result.errors) {
      const spec = specs.find((s) => s.name === e.field);
      const code = UPLOAD_ERRORS.has(e.error) ? e.error : "bad_type";
      errors[`doc-${e.field}`] ??= t(`desk:documents.errors.${code}`, {
        file: e.name,
        document: spec?.label ?? e.field,
        max: spec ? Math.round(spec.maxBytes / (1024 * 1024)) : 0,
        types: spec ? spec.accept.map((k) => k.toUpperCase()).join(", ") : "",
        count: spec?.maxFiles ?? 1,
      });
    }
    const cookie = await stashForm(request, { path: here, values: {}, errors });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  if (intent === "continue") {
    await markAttempted(db(), row, "allegati", new Date().toISOString());
    if ((await missingDocuments(db(), def, row)).length) return redirect(here, 303);
    return redirect(path(row.id, "riepilogo"), 303);
  }
  return redirect(`${here}${result.stored ? "?esito=added" : ""}`, 303);
}

// ---------------------------------------------------------------------------------------------
// Summary and submission

export async function summaryLoader(request: Request, idParam: string | undefined) {
  return summaryPage(await draftOnly(request, idParam));
}

export async function summaryPage(f: FlowDraft) {
  const { row, t, lang, def, path } = f;
  if (!row.privacy_accepted_at) throw redirect(f.start, 303);
  const raw = parseAnswers(row);
  const today = todayInItaly();
  const check = validateForm(def, raw, { today });
  const c = await citizenCase(db(), row.id, f.p, clock());
  const specs = attachmentLabels(def, raw, t);
  const missing = await missingDocuments(db(), def, row);
  return {
    ...f.extra,
    meta: { title: `${t("desk:summary.title")} – ${await serviceTitle(row.form_slug, lang)}` },
    id: row.id,
    service: await serviceTitle(row.form_slug, lang),
    sections: summarize(def, raw, { today }, t, lang).map((s) => ({
      ...s,
      change: `${path(row.id, `passo/${s.stepId}`)}?riepilogo=1`,
      rows: s.rows.map((r) => ({ ...r, anchor: inputId(r.input) })),
    })),
    documents: specs.map((s) => ({ label: s.label, files: (c?.files ?? []).filter((f) => f.spec_name === s.name).map((f) => f.file_name) })),
    hasDocuments: specs.length > 0,
    incomplete: check.ok ? null : { stepTitle: t(`forms:${check.step.title}`), href: path(row.id, `passo/${check.step.id}`) },
    missingDocuments: missing.length > 0,
    progress: progress(def, row, "riepilogo"),
  };
}

export async function summaryAction(request: Request, idParam: string | undefined) {
  const { p, row, t, lang } = await ownApplication(request, idParam);
  const form = await request.formData();
  await requireCsrf(request, form);
  const result = await submitApplication(
    db(),
    { id: row.id, principal: p, lang, translators: await translators(), emailTexts: emailTexts(t) },
    clock(),
    requestMeta(request),
  );
  switch (result.kind) {
    case "submitted":
    case "already":
      return redirect(applicationPath(row.id, "conferma"), 303);
    case "privacy":
      return redirect(applicationPath(row.id, "privacy"), 303);
    case "invalid_step":
      return redirect(applicationPath(row.id, `passo/${result.stepId}`), 303);
    case "missing_documents":
      return redirect(applicationPath(row.id, "allegati"), 303);
    case "not_found":
    case "unconfirmed":
      notFound();
  }
}

export async function confirmationLoader(request: Request, idParam: string | undefined) {
  const { row, t, lang } = await ownApplication(request, idParam, "application.view_own");
  if (row.state === "draft" || !row.protocol_year || !row.protocol_number) throw redirect(applicationPath(row.id), 303);
  return {
    meta: { title: t("desk:confirmation.title") },
    id: row.id,
    protocol: formatProtocol(row.protocol_year, row.protocol_number),
    service: await serviceTitle(row.form_slug, lang),
    submittedAt: row.submitted_at ? formatDate(row.submitted_at, lang, true) : "",
    dueOn: row.due_on ? formatDate(row.due_on, lang) : null,
    emailQueued: Boolean((await requireCitizen(request)).kind === "citizen" && row.submitted_by_fiscal_code),
  };
}

// ---------------------------------------------------------------------------------------------
// One application

export async function caseLoader(request: Request, idParam: string | undefined) {
  const { p, row, t, lang } = await ownApplication(request, idParam, "application.view_own");
  if (row.state === "draft") throw redirect(resumePath(row), 303);
  const c = await citizenCase(db(), row.id, p, clock());
  if (!c) notFound();
  const stashed = await takeStashedForm<{ body?: string }>(request);
  const today = todayInItaly();
  const ask = c.events.filter((e) => e.event === "request_integration").at(-1);
  const frozen = parseFrozen(row);
  const page = {
    meta: { title: t("desk:case.title", { protocol: formatProtocol(row.protocol_year ?? 0, row.protocol_number ?? 0) }), hasErrors: stashed !== null },
    id: row.id,
    protocol: formatProtocol(row.protocol_year ?? 0, row.protocol_number ?? 0),
    service: await serviceTitle(row.form_slug, lang),
    state: citizenState(row.state),
    outcome: row.state === "accepted" || row.state === "rejected" || row.state === "withdrawn" ? row.state : null,
    submittedAt: row.submitted_at ? formatDate(row.submitted_at, lang, true) : "",
    dueOn: row.due_on ? formatDate(row.due_on, lang) : null,
    integration:
      row.state === "integration_requested" && ask
        ? { message: ask.note ?? "", replyBy: ask.reply_by ? formatDate(ask.reply_by, lang) : null, daysLeft: ask.reply_by ? daysLeft(ask.reply_by, today) : null }
        : null,
    history: c.events.map((e) => ({ id: e.id, at: formatDate(e.occurred_at, lang, true), event: e.event, by: e.actor_kind })),
    messages: c.messages.map((m) => ({ id: m.id, at: formatDate(m.sent_at, lang, true), from: m.sender, body: m.body })),
    files: c.files.map((f) => ({ id: f.id, name: f.file_name, size: f.size_bytes, purpose: f.purpose, sha256: f.sha256, at: formatDate(f.created_at, lang, true) })),
    sections: frozen?.sections[lang] ?? [],
    canWrite: row.state !== "withdrawn",
    canWithdraw: transition(row.state, "withdraw", "citizen").ok,
    values: stashed?.values ?? {},
    errors: stashed?.errors ?? {},
    notice: ((esito) => (esito === "sent" || esito === "ritirata" ? esito : null))(new URL(request.url).searchParams.get("esito")),
    scanner: scannerFromEnv().name,
    fees: await feesOfCase(row.id, t as unknown as TFunction, lang, new URL(request.url)),
    assisted: await assistedText(row.id, t, lang),
  };
  return stashed ? data(page, { status: 400 }) : page;
}

export async function caseAction(request: Request, idParam: string | undefined) {
  const { p, row, t } = await ownApplication(request, idParam, "application.submit");
  const here = applicationPath(row.id);
  let fields: Record<string, string | string[]>;
  let files: Awaited<ReturnType<typeof readUploads>>["files"] = [];
  const answerRule = { accept: ["pdf", "png", "jpeg"] as const, maxBytes: 10 * 1024 * 1024, maxFiles: 3 };
  try {
    ({ fields, files } = await readUploads(request, { acceptFor: (f) => (f === "answer" ? answerRule : null), maxTotalBytes: 32 * 1024 * 1024 }));
  } catch (error) {
    if (!(error instanceof UploadRejectedError)) throw error;
    await requireCsrf(request, formDataOf(error.fields));
    const cookie = await stashForm(request, { path: here, values: { body: String(error.fields.body ?? "") }, errors: { body: t(`desk:documents.errors.${error.reason}`) } });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  await requireCsrf(request, formDataOf(fields));
  const meta = requestMeta(request);
  if (fields.intent === "withdraw") {
    if (fields.confirmWithdraw !== "1") {
      const cookie = await stashForm(request, { path: here, values: {}, errors: { "confirm-withdraw": t("desk:case.errors.confirmWithdraw") } });
      return redirect(`${here}#ritira`, { status: 303, headers: { "Set-Cookie": cookie } });
    }
    const result = await withdrawApplication(db(), row.id, p, clock(), meta);
    if (result.kind === "not_found") notFound();
    if (result.kind === "ok") return redirect(`${here}?esito=ritirata`, 303);
    const cookie = await stashForm(request, { path: here, values: {}, errors: { "confirm-withdraw": t("desk:case.errors.cannotWithdraw") } });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  const body = String(fields.body ?? "");
  const refused = files.filter((f) => f.error);
  if (refused.length) {
    const e = refused[0]!;
    const text = t(`desk:documents.errors.${e.error}`, { file: e.name, document: t("desk:case.answerFiles"), max: 10, types: "PDF, PNG, JPEG", count: 3 });
    const cookie = await stashForm(request, { path: here, values: { body }, errors: { "answer-files": text } });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  }
  const result = await writeToOffice(
    db(),
    {
      id: row.id,
      principal: p,
      body,
      answerIntegration: fields.intent === "answer",
      notify: (protocol) => ({ subject: t("desk:email.messageSubject", { protocol }), body: t("desk:email.messageBody", { protocol }) }),
    },
    clock(),
    meta,
  );
  if (result.kind === "not_found") notFound();
  if (result.kind === "ok") {
    if (files.length) await storeDocuments(db(), { row, files, principal: p, messageId: result.messageId }, scannerFromEnv(), clock(), meta);
    return redirect(`${here}?esito=sent#messaggi`, 303);
  }
  const error = result.kind === "invalid" ? `desk:case.errors.${result.error}` : "desk:case.errors.not_allowed";
  const cookie = await stashForm(request, { path: here, values: { body }, errors: { body: t(error) } });
  return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
}

// ---------------------------------------------------------------------------------------------
// Files

export async function fileLoader(request: Request, idParam: string | undefined, fileParam: string | undefined) {
  const { row } = await ownApplication(request, idParam, "application.view_own");
  const fileId = parseId(fileParam);
  if (fileId === null) notFound();
  const found = await readDocument(db(), row.id, fileId);
  if (!found) notFound();
  return fileResponse(found.bytes, found.file.media_type, found.file.file_name, false);
}

/** The receipt, rendered from the frozen record: the same document every time it is downloaded. */
export async function receiptPdf(row: ApplicationRow, lang: Language, t: Translate): Promise<Uint8Array> {
  const frozen = parseFrozen(row);
  if (!frozen || !row.protocol_year || !row.protocol_number || !row.submitted_at) notFound();
  const comune = await findComune(db(), lang);
  const submitter = row.submitted_by_fiscal_code !== row.applicant_fiscal_code ? { name: row.submitted_by_fiscal_code, fiscalCode: row.submitted_by_fiscal_code } : null;
  return renderReceiptPdf({
    lang,
    labels: {
      title: t("desk:receipt.title"),
      plain: t("desk:plain.receipt"),
      comune: t("desk:receipt.comune"),
      protocol: t("desk:receipt.protocol"),
      submittedAt: t("desk:receipt.submittedAt"),
      service: t("desk:receipt.service"),
      applicant: t("desk:receipt.applicant"),
      fiscalCode: t("desk:receipt.fiscalCode"),
      submittedBy: t("desk:receipt.submittedBy"),
      answers: t("desk:receipt.answers"),
      attachments: t("desk:receipt.attachments"),
      sha256: t("desk:receipt.sha256"),
      size: t("desk:receipt.size"),
      none: t("desk:receipt.none"),
      footer: t("desk:receipt.footer"),
      page: t("desk:receipt.page"),
    },
    comune: {
      name: comune?.name ?? "",
      fiscalCode: comune?.codice_fiscale ?? "",
      address: comune ? postalAddress(comune) : "",
      pec: comune?.pec ?? null,
    },
    protocol: formatProtocol(row.protocol_year, row.protocol_number),
    submittedAt: formatDate(row.submitted_at, lang, true),
    serviceTitle: await serviceTitle(row.form_slug, lang),
    applicant: { name: row.applicant_name, fiscalCode: row.applicant_fiscal_code },
    submittedBy: submitter,
    assisted: await assistedReceiptLine(row.id, t, lang),
    sections: frozen.sections[lang].map((s) => ({ title: s.title, rows: s.rows.map((r) => ({ label: r.label, value: r.value })) })),
    attachments: frozen.attachments.map((a) => ({ name: a.name, sha256: a.sha256, sizeBytes: a.sizeBytes })),
  });
}

/** "Presentata con l'assistenza di un operatore di <office> (allo sportello)": what the citizen and the office read. */
export async function assistedText(id: number, t: Translate, lang: Language): Promise<string | null> {
  const a = await assistanceOf(db(), id, lang);
  if (!a) return null;
  return t("assisted:markerOffice", { office: a.office ?? "", channel: t(`assisted:markerChannel.${a.channel}`) });
}

async function assistedReceiptLine(id: number, t: Translate, lang: Language) {
  const a = await assistanceOf(db(), id, lang);
  if (!a || !a.method) return null;
  return { label: t("assisted:receiptLabel"), text: t("assisted:receiptLine", { channel: t(`assisted:markerChannel.${a.channel}`), method: t(`assisted:receiptMethod.${a.method}`) }) };
}

export async function receiptLoader(request: Request, idParam: string | undefined) {
  const { row, t, lang } = await ownApplication(request, idParam, "application.view_own");
  const pdf = await receiptPdf(row, lang, t);
  return fileResponse(pdf, "application/pdf", `ricevuta-${row.protocol_year}-${row.protocol_number}.pdf`, false);
}

