/**
 * The back office's application pages (/gestione/domande/…): the inbox with its filters (a GET form,
 * so a filtered list has its own URL), the CSV export of the same filters, one application with the
 * workflow actions, files and the receipt, and the demo's outbox. Errors of an action follow
 * post/redirect/get with the session's form stash.
 */
import { data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import { feesOfCase } from "./fee-routes.server";
import { APPLICATION_EVENTS, type ApplicationEvent } from "~/domain/application-workflow";
import { parseDayInput, todayInItaly } from "~/domain/dates";
import { parseId } from "~/domain/ids";
import { formatProtocol } from "~/domain/protocol";
import type { Translate } from "~/forms/view";
import type { ApplicationState } from "~/models/application.server";
import { listOutbox } from "~/models/outbox.server";
import { MAX_SEND_ATTEMPTS } from "~/domain/mail-retry";
import { env } from "~/utils/env.server";
import { listServiceCards } from "~/models/service.server";
import { readDocument } from "~/services/applications.server";
import { act, type InboxQuery, inbox, inboxCsv, type StaffAction, type StaffPrincipal, staffCase, storeOfficeDocuments } from "~/services/backoffice.server";
import { assistedText, receiptPdf } from "./application-routes.server";
import { requireCsrf, requireStaff, stashForm, takeStashedForm } from "./auth.server";
import { db } from "./db.server";
import { formatDate } from "./format";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { scannerFromEnv } from "~/services/antivirus.server";
import { formDataOf, readUploads, type UploadedFile, type UploadFields, UploadRejectedError } from "~/services/uploads.server";
import { fileResponse, notFound, requestClock as clock } from "./http.server";

const INBOX = "/gestione/domande";
/** The field of the fee form each of its errors belongs to (the error summary links there). */
const FEE_ERROR_FIELDS: Partial<Record<string, string>> = { bad_amount: "fee-amount", reason_required: "fee-reason", reason_too_long: "fee-reason" };
const STATES: readonly ApplicationState[] = ["submitted", "in_charge", "integration_requested", "payment_requested", "accepted", "rejected", "withdrawn"];


/** What the office may send the citizen with an action: the same kinds as the citizen's documents. */
const OFFICE_DOCUMENTS = { accept: ["pdf", "png", "jpeg"] as const, maxBytes: 10 * 1024 * 1024, maxFiles: 5 };


/** The inbox filters from the query string; an unreadable date is reported, not silently dropped. */
function readQuery(url: URL): { query: InboxQuery; values: Record<string, string>; badDates: string[] } {
  const p = url.searchParams;
  const values: Record<string, string> = {};
  for (const k of ["servizio", "stato", "assegnate", "dal", "al", "scadute", "cerca"]) values[k] = (p.get(k) ?? "").trim();
  const badDates: string[] = [];
  const day = (k: string) => {
    if (!values[k]) return undefined;
    const parsed = parseDayInput(values[k]!);
    if (!parsed) badDates.push(k);
    return parsed ?? undefined;
  };
  const state = values.stato as ApplicationState;
  return {
    query: {
      service: values.servizio || undefined,
      state: STATES.includes(state) ? state : undefined,
      assigned: values.assegnate === "me" || values.assegnate === "none" ? values.assegnate : undefined,
      from: day("dal"),
      to: day("al"),
      overdue: values.scadute === "1",
      q: values.cerca || undefined,
      page: Math.max(1, Math.min(10_000, Number.parseInt(p.get("pagina") ?? "1", 10) || 1)),
    },
    values,
    badDates,
  };
}

export async function inboxLoader(request: Request) {
  const s = (await requireStaff(request, "application.view_office")) as StaffPrincipal;
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const { query, values, badDates } = readQuery(url);
  const today = todayInItaly();
  const result = await inbox(db(), s, query, lang, today);
  const services = await listServiceCards(db(), lang);
  const offered = new Set(result.counts.map((c) => c.serviceSlug));
  const errors = Object.fromEntries(badDates.map((k) => [`f-${k}`, t("desk:office.badDate", { value: values[k] })]));
  const page = {
    meta: { title: t("desk:office.title"), hasErrors: badDates.length > 0 },
    rows: result.rows.map((r) => ({
      id: r.id,
      protocol: r.protocol,
      service: r.serviceTitle,
      applicant: r.applicantName,
      fiscalCode: r.applicantFiscalCode,
      state: r.state,
      submittedAt: r.submittedAt ? formatDate(r.submittedAt, lang, true) : "",
      dueOn: r.dueOn ? formatDate(r.dueOn, lang) : "",
      overdue: r.overdue,
      assignee: r.assignedName,
    })),
    total: result.total,
    page: result.page,
    pages: result.pages,
    counts: result.counts,
    overdueTotal: result.overdueTotal,
    services: services.filter((sv) => offered.has(sv.slug) || sv.slug === values.servizio).map((sv) => ({ slug: sv.slug, title: sv.title })),
    states: STATES,
    values,
    errors,
    search: url.search,
  };
  return badDates.length ? data(page, { status: 400 }) : page;
}

export async function inboxCsvLoader(request: Request) {
  const s = (await requireStaff(request, "application.view_office")) as StaffPrincipal;
  const { t, lang } = await getFixedT(request);
  const { query } = readQuery(new URL(request.url));
  const header = ["protocol", "service", "applicant", "fiscalCode", "state", "submittedAt", "dueOn", "overdue", "assignee"].map((k) => t(`desk:office.csv.${k}`));
  const csv = await inboxCsv(db(), s, query, lang, todayInItaly(), header, (state) => t(`desk:office.states.${state}`));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="domande-${todayInItaly()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

// ---------------------------------------------------------------------------------------------

async function caseOr404(request: Request, idParam: string | undefined) {
  const s = (await requireStaff(request, "application.view_office")) as StaffPrincipal;
  const id = parseId(idParam);
  if (id === null) notFound();
  const { t, lang } = await getFixedT(request);
  const c = await staffCase(db(), s, id, lang, clock());
  if (!c) notFound();
  return { s, c, t: t as Translate, lang };
}

export async function caseLoader(request: Request, idParam: string | undefined) {
  const { c, t, lang } = await caseOr404(request, idParam);
  const stashed = await takeStashedForm<Record<string, string>>(request);
  const protocol = c.list?.protocol ?? "";
  const page = {
    meta: { title: t("desk:office.case.title", { protocol }), hasErrors: stashed !== null },
    id: c.row.id,
    protocol,
    service: c.list?.serviceTitle ?? c.row.form_slug,
    applicant: c.row.applicant_name,
    fiscalCode: c.row.applicant_fiscal_code,
    submittedBy: c.row.submitted_by_fiscal_code !== c.row.applicant_fiscal_code ? c.row.submitted_by_fiscal_code : null,
    state: c.row.state,
    submittedAt: c.row.submitted_at ? formatDate(c.row.submitted_at, lang, true) : "",
    dueOn: c.row.due_on ? formatDate(c.row.due_on, lang) : "",
    assisted: await assistedText(c.row.id, t as Translate, lang),
    overdue: c.list?.overdue ?? false,
    assignedId: c.row.assigned_staff_id,
    processors: c.processors.map((p) => ({ id: p.id, name: p.displayName })),
    sections: c.summary,
    files: c.files.map((f) => ({ id: f.id, name: f.file_name, size: f.size_bytes, sha256: f.sha256, scan: f.scan_status, purpose: f.purpose })),
    history: c.events.map((e) => ({ id: e.id, at: formatDate(e.occurred_at, lang, true), event: e.event, by: e.staffName ?? e.actor_kind, note: e.note, visibility: e.visibility })),
    messages: c.messages.map((m) => ({ id: m.id, at: formatDate(m.sent_at, lang, true), sender: m.sender, staff: m.staffName, visibility: m.visibility, body: m.body })),
    actions: c.actions.filter((a) => a !== "integration_received" || c.row.state === "integration_requested"),
    mayProcess: c.mayProcess,
    values: stashed?.values ?? {},
    errors: stashed?.errors ?? {},
    done: new URL(request.url).searchParams.get("esito") === "fatto",
    fees: await feesOfCase(c.row.id, t as TFunction, lang),
  };
  return stashed ? data(page, { status: 400 }) : page;
}

export async function caseAction(request: Request, idParam: string | undefined) {
  const s = (await requireStaff(request, "application.process")) as StaffPrincipal;
  const id = parseId(idParam);
  if (id === null) notFound();
  const { t } = await getFixedT(request);
  const here = `${INBOX}/${id}`;
  // The action form may carry documents for the citizen (PDF or images, like the citizen's own).
  let fields: UploadFields;
  let files: UploadedFile[] = [];
  try {
    ({ fields, files } = await readUploads(request, { acceptFor: (f) => (f === "documents" ? OFFICE_DOCUMENTS : null), maxTotalBytes: 52 * 1024 * 1024 }));
  } catch (error) {
    if (!(error instanceof UploadRejectedError)) throw error;
    fields = error.fields;
    files = [{ field: "documents", name: "", originalName: "", kind: null, size: 0, sha256: "", bytes: null, mediaType: null, error: "too_big" }];
  }
  const form = formDataOf(fields);
  await requireCsrf(request, form);
  const intent = String(form.get("intent") ?? "");
  const text = (k: string) => String(form.get(k) ?? "");
  const stash = async (field: string, message: string) => {
    const cookie = await stashForm(request, { path: here, values: { message: text("message"), note: text("note"), days: text("days"), intent, "fee-amount": text("fee-amount"), "fee-reason": text("fee-reason") }, errors: { [field]: message } });
    return redirect(here, { status: 303, headers: { "Set-Cookie": cookie } });
  };
  const refused = files.find((f) => f.error);
  if (refused) return stash("office-files", t(`desk:documents.errors.${refused.error}`, { file: refused.name, document: t("desk:office.case.documentsLabel"), max: 10, types: "PDF, PNG, JPEG", count: OFFICE_DOCUMENTS.maxFiles }));
  let action: StaffAction | null = null;
  let field = "message";
  if (intent === "assign") {
    const staffId = parseId(form.get("assignee"));
    action = staffId === null ? null : { kind: "assign", staffId };
    field = "assignee";
  } else if (intent === "note") {
    action = { kind: "note", body: text("note") };
    field = "note";
  } else if (intent === "message") {
    action = { kind: "message", body: text("message") };
  } else if ((APPLICATION_EVENTS as readonly string[]).includes(intent)) {
    const days = text("days").trim();
    action = { kind: "event", event: intent as ApplicationEvent, message: text("message"), replyInDays: days ? Number(days) : undefined };
    if (intent === "request_payment") action.fee = { amount: text("fee-amount"), reason: text("fee-reason"), segregation: env().PAGOPA_SEGREGATION_CODE };
  }
  const result = action
    ? await act(db(), s, id, action, clock(), requestMeta(request), (kind, protocol) => {
        const subject = {
          integration: "desk:email.integrationSubject",
          accepted: "desk:email.acceptedSubject",
          rejected: "desk:email.rejectedSubject",
          message: "desk:email.officeMessageSubject",
          payment: "taxoffice:fee.email.askedSubject",
        }[kind];
        const body = kind === "payment" ? "taxoffice:fee.email.askedBody" : "desk:email.officeBody";
        return { subject: t(subject, { protocol }), body: t(body, { protocol }) };
      })
    : { ok: false as const, reason: "bad_assignee" as const };
  if (!result.ok && result.reason === "not_found") notFound();
  if (!result.ok) {
    const feeField = FEE_ERROR_FIELDS[result.reason];
    return feeField ? stash(feeField, t(`taxoffice:fee.errors.${result.reason}`)) : stash(field, t(`desk:office.case.errors.${result.reason}`));
  }
  if (files.length) {
    const meta = requestMeta(request);
    const kept = await storeOfficeDocuments(db(), s, { id, messageId: result.messageId ?? null, files }, scannerFromEnv(), clock(), meta);
    const failed = kept.errors[0];
    if (failed) return stash("office-files", t(`desk:documents.errors.${failed.error}`, { file: failed.name, document: t("desk:office.case.documentsLabel"), max: 10, types: "PDF, PNG, JPEG", count: OFFICE_DOCUMENTS.maxFiles }));
  }
  return redirect(`${here}?esito=fatto`, 303);
}

export async function fileLoader(request: Request, idParam: string | undefined, fileParam: string | undefined) {
  const { c } = await caseOr404(request, idParam);
  const fileId = parseId(fileParam);
  if (fileId === null) notFound();
  const found = await readDocument(db(), c.row.id, fileId);
  if (!found) notFound();
  return fileResponse(found.bytes, found.file.media_type, found.file.file_name, false);
}

export async function receiptLoader(request: Request, idParam: string | undefined) {
  const { c, t, lang } = await caseOr404(request, idParam);
  const pdf = await receiptPdf(c.row, lang, t);
  return fileResponse(pdf, "application/pdf", `ricevuta-${formatProtocol(c.row.protocol_year ?? 0, c.row.protocol_number ?? 0).replace("/", "-")}.pdf`, false);
}

// ---------------------------------------------------------------------------------------------

export async function outboxLoader(request: Request) {
  await requireStaff(request, "settings.edit");
  const { t, lang } = await getFixedT(request);
  const rows = await listOutbox(db(), 200);
  return {
    meta: { title: t("desk:office.outbox.title") },
    smtp: Boolean(env().SMTP_URL),
    rows: rows.map((r) => ({
      id: r.id,
      to: r.recipient,
      subject: r.subject,
      body: r.body,
      createdAt: formatDate(r.created_at, lang, true),
      sentAt: r.sent_at ? formatDate(r.sent_at, lang, true) : null,
      attempts: r.attempts,
      gaveUp: !r.sent_at && r.attempts >= MAX_SEND_ATTEMPTS,
      nextTry: !r.sent_at && r.attempts > 0 && r.attempts < MAX_SEND_ATTEMPTS ? formatDate(r.available_at, lang, true) : null,
      lastError: r.sent_at ? null : r.last_error,
    })),
  };
}
