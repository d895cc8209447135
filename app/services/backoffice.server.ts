/**
 * The staff's side of online applications: the inbox (filters, search, pages, counts, CSV export),
 * one application with everything (internal notes included), and the workflow actions — take in
 * charge, assign, ask for an integration, accept, reject, write to the citizen, add an internal
 * note. Staff see and act only on the applications of their offices; every change goes through the
 * workflow's rules (app/domain/application-workflow.ts), is written in the application's history
 * and in the audit log, and the citizen is notified of what concerns them.
 */
import {
  type ApplicationEvent,
  availableEvents,
  DEFAULT_DEADLINE_RULE,
  type DeadlineRule,
  deadline,
  isOverdue,
  suspensionsOf,
  transition,
} from "~/domain/application-workflow";
import { checkFeeRequest, FEE_DAYS, type FeeInputError } from "~/domain/fees";
import { can } from "~/domain/permissions";
import type { Principal } from "~/domain/principal";
import { formatProtocol } from "~/domain/protocol";
import { addCalendarDays } from "~/domain/working-days";
import {
  type ApplicationListRow,
  type ApplicationState,
  countByServiceAndState,
  countInbox,
  findApplication,
  findListRow,
  type InboxFilter,
  insertEvent,
  insertMessage,
  listAttachments,
  listEvents,
  listInbox,
  listMessages,
  markMessagesRead,
  moveState,
  updateApplication,
} from "~/models/application.server";
import { findCitizenByFiscalCode } from "~/models/citizen.server";
import { officeIdsBySlugs } from "~/models/office.server";
import { enqueueEmail } from "~/models/outbox.server";
import { listProcessorsOfOffice } from "~/models/staff-role.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";
import type { AntivirusScanner } from "./antivirus.server";
import { italianDay, keepFile, parseFrozen } from "./applications.server";
import { type RequestMeta, record } from "./audit.server";
import { issueFeeNotice } from "./fees.server";
import type { UploadedFile } from "./uploads.server";

export type StaffPrincipal = Extract<Principal, { kind: "staff" }>;

export interface Clock {
  now: string;
  today: string;
}

export const PAGE_SIZE = 25;

/** The offices whose applications the staff member handles (null would mean all: nobody has that today). */
async function scopeOf(db: DbOrTrx, s: StaffPrincipal): Promise<number[]> {
  return officeIdsBySlugs(db, s.staff.offices);
}

export interface InboxQuery {
  service?: string;
  state?: ApplicationState;
  assigned?: "me" | "none";
  from?: string;
  to?: string;
  overdue?: boolean;
  q?: string;
  page: number;
}

function toFilter(query: InboxQuery, officeIds: number[], meId: number, today: string): InboxFilter {
  const text = query.q?.trim() ?? "";
  const protocol = /^(\d{4})\s*\/\s*0*(\d{1,7})$/.exec(text);
  return {
    officeIds,
    serviceSlug: query.service,
    state: query.state,
    assigned: query.assigned,
    meId,
    submittedFrom: query.from,
    submittedTo: query.to,
    overdueBefore: query.overdue ? today : undefined,
    search: protocol ? { protocol: { year: Number(protocol[1]), number: Number(protocol[2]) } } : text ? { text } : undefined,
  };
}

export interface InboxRow extends ApplicationListRow {
  protocol: string | null;
  overdue: boolean;
}

function withProtocol(r: ApplicationListRow, today: string): InboxRow {
  const open = r.state === "submitted" || r.state === "in_charge" || r.state === "integration_requested" || r.state === "payment_requested";
  return {
    ...r,
    protocol: r.protocolYear && r.protocolNumber ? formatProtocol(r.protocolYear, r.protocolNumber) : null,
    overdue: open && r.dueOn !== null && isOverdue(r.dueOn, today),
  };
}

export async function inbox(db: DbOrTrx, s: StaffPrincipal, query: InboxQuery, lang: Language, today: string) {
  const officeIds = await scopeOf(db, s);
  const filter = toFilter(query, officeIds, s.staff.id, today);
  const page = Math.max(1, query.page);
  const [rows, total, counts] = await Promise.all([
    listInbox(db, lang, filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countInbox(db, lang, filter),
    countByServiceAndState(db, lang, officeIds),
  ]);
  const overdueTotal = await countInbox(db, lang, { officeIds, overdueBefore: today });
  return { rows: rows.map((r) => withProtocol(r, today)), total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), counts, overdueTotal };
}

/** A CSV cell: quoted, and never read as a formula by a spreadsheet (CSV injection). */
function cell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The filtered list as CSV (semicolons and a BOM, as Italian spreadsheets open it), all pages. */
export async function inboxCsv(db: DbOrTrx, s: StaffPrincipal, query: InboxQuery, lang: Language, today: string, header: string[], stateLabel: (state: string) => string): Promise<string> {
  const officeIds = await scopeOf(db, s);
  const rows = (await listInbox(db, lang, toFilter(query, officeIds, s.staff.id, today), { limit: 10_000, offset: 0 })).map((r) => withProtocol(r, today));
  const lines = [header.map(cell).join(";")];
  for (const r of rows) {
    lines.push(
      [r.protocol, r.serviceTitle, r.applicantName, r.applicantFiscalCode, stateLabel(r.state), r.submittedAt ? italianDay(r.submittedAt) : "", r.dueOn, r.overdue ? "1" : "0", r.assignedName]
        .map(cell)
        .join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// One application

async function findInScope(db: DbOrTrx, s: StaffPrincipal, id: number) {
  const row = await findApplication(db, id);
  if (!row || row.state === "draft") return undefined;
  const officeIds = await scopeOf(db, s);
  if (row.office_id === null || !officeIds.includes(row.office_id)) return undefined;
  return row;
}

export async function staffCase(db: DbOrTrx, s: StaffPrincipal, id: number, lang: Language, clock: Clock) {
  const row = await findInScope(db, s, id);
  if (!row) return null;
  const [list, events, messages, files, processors] = await Promise.all([
    findListRow(db, id, lang),
    listEvents(db, id, "all"),
    listMessages(db, id, "all"),
    listAttachments(db, id),
    row.office_id ? listProcessorsOfOffice(db, row.office_id) : Promise.resolve([]),
  ]);
  await markMessagesRead(db, id, "citizen", clock.now);
  const frozen = parseFrozen(row);
  const mayProcess = can({ roles: s.staff.roles, offices: s.staff.offices }, "application.process");
  return {
    row,
    list: list ? withProtocol(list, clock.today) : null,
    events,
    messages,
    files,
    summary: frozen?.sections[lang] ?? [],
    processors,
    actions: mayProcess ? availableEvents(row.state, "operator") : [],
    mayProcess,
  };
}

export type StaffAction =
  | { kind: "event"; event: ApplicationEvent; message: string; replyInDays?: number; fee?: { amount: string; reason: string; segregation: string } }
  | { kind: "assign"; staffId: number }
  | { kind: "note"; body: string }
  | { kind: "message"; body: string };

export type StaffActionResult =
  /** `messageId`: the message to the citizen written with the action, which documents sent with it belong to. */
  | { ok: true; messageId?: number }
  | { ok: false; reason: "not_found" | "not_allowed_in_state" | "message_required" | "message_too_long" | "bad_days" | "bad_assignee" | "changed" | FeeInputError };

const MAX_MESSAGE = 4000;

/** The texts of the e-mail to the citizen for an event, in the citizen's language (the desk's default: Italian). */
export type CitizenEmail = (kind: "integration" | "accepted" | "rejected" | "message" | "payment", protocol: string) => { subject: string; body: string };

/** Events whose message is required: the citizen must be told what is asked, or why it ends this way (L. 241/1990 art. 3). */
const NEEDS_MESSAGE: ReadonlySet<ApplicationEvent> = new Set(["request_integration", "reject"]);

export async function act(db: Db, s: StaffPrincipal, id: number, action: StaffAction, clock: Clock, meta: RequestMeta, email: CitizenEmail): Promise<StaffActionResult> {
  const actor = { kind: "staff" as const, id: s.staff.id };
  return db.transaction().execute(async (trx): Promise<StaffActionResult> => {
    const row = await findInScope(trx, s, id);
    if (!row) return { ok: false, reason: "not_found" };
    const protocol = row.protocol_year && row.protocol_number ? formatProtocol(row.protocol_year, row.protocol_number) : "";
    const event = (name: string, from: string | null, to: string | null, visibility: "citizen" | "internal", note: string | null, replyBy: string | null = null) =>
      insertEvent(trx, {
        application_id: id,
        occurred_at: clock.now,
        actor_kind: "staff",
        actor_staff_id: s.staff.id,
        actor_fiscal_code: null,
        event: name,
        from_state: from,
        to_state: to,
        visibility,
        note,
        reply_by: replyBy,
      });
    const message = (body: string, visibility: "citizen" | "internal") =>
      insertMessage(trx, { application_id: id, sender: "office", sender_staff_id: s.staff.id, sender_fiscal_code: null, visibility, body, sent_at: clock.now, read_at: null });
    const notify = async (kind: Parameters<CitizenEmail>[0]) => {
      const citizen = await findCitizenByFiscalCode(trx, row.applicant_fiscal_code);
      if (!citizen?.email) return;
      const text = email(kind, protocol);
      await enqueueEmail(trx, { recipient: citizen.email, subject: text.subject, body: text.body, relatedKind: "application", relatedId: id }, clock.now);
    };

    if (action.kind === "note" || action.kind === "message") {
      const body = action.body.trim();
      if (!body) return { ok: false, reason: "message_required" };
      if (body.length > MAX_MESSAGE) return { ok: false, reason: "message_too_long" };
      const messageId = await message(body, action.kind === "note" ? "internal" : "citizen");
      if (action.kind === "message") await notify("message");
      await record(trx, { event: action.kind === "note" ? "application.note_added" : "application.message_to_citizen", outcome: "success", actor, target: { kind: "application", id }, meta });
      return action.kind === "message" ? { ok: true, messageId } : { ok: true };
    }

    if (action.kind === "assign") {
      const processors = row.office_id ? await listProcessorsOfOffice(trx, row.office_id) : [];
      if (!processors.some((p) => p.id === action.staffId)) return { ok: false, reason: "bad_assignee" };
      await updateApplication(trx, id, { assigned_staff_id: action.staffId }, clock.now);
      const name = processors.find((p) => p.id === action.staffId)?.displayName ?? String(action.staffId);
      await event("assign", row.state, row.state, "internal", name);
      await record(trx, { event: "application.assigned", outcome: "success", actor, target: { kind: "application", id }, details: { to: action.staffId }, meta });
      return { ok: true };
    }

    const step = transition(row.state, action.event, "operator");
    if (!step.ok) return { ok: false, reason: "not_allowed_in_state" };
    const text = action.message.trim();
    if (NEEDS_MESSAGE.has(action.event) && !text) return { ok: false, reason: "message_required" };
    if (text.length > MAX_MESSAGE) return { ok: false, reason: "message_too_long" };

    let replyBy: string | null = null;
    if (action.event === "request_integration") {
      const days = action.replyInDays ?? 10;
      if (!Number.isInteger(days) || days < 1 || days > 30) return { ok: false, reason: "bad_days" };
      replyBy = addCalendarDays(clock.today, days);
    }
    let fee: { cents: bigint; reason: string; segregation: string } | null = null;
    if (action.event === "request_payment") {
      const checked = checkFeeRequest(action.fee ?? { amount: "", reason: "" });
      if (!checked.ok) return { ok: false, reason: checked.errors[0]! };
      fee = { ...checked, segregation: action.fee?.segregation ?? "" };
      replyBy = addCalendarDays(clock.today, FEE_DAYS);
    }
    // The legal term: suspended from an integration request until the answer (or the decision).
    const rule = row.deadline_rule ? (JSON.parse(row.deadline_rule) as DeadlineRule) : DEFAULT_DEADLINE_RULE;
    const history = await listEvents(trx, id, "all");
    const suspensions = suspensionsOf([...history, { event: action.event, occurred_at: clock.now }], italianDay);
    const dueOn = row.submitted_at ? (deadline({ submittedOn: italianDay(row.submitted_at), rule, suspensions }) ?? row.due_on) : row.due_on;
    const final = step.state === "accepted" || step.state === "rejected";
    const moved = await moveState(
      trx,
      id,
      row.state,
      {
        state: step.state,
        due_on: dueOn,
        assigned_staff_id: action.event === "take_in_charge" ? (row.assigned_staff_id ?? s.staff.id) : row.assigned_staff_id,
        concluded_at: final ? clock.now : null,
      },
      clock.now,
    );
    if (!moved) return { ok: false, reason: "changed" };
    await event(action.event, row.state, step.state, "citizen", text || fee?.reason || null, replyBy);
    const messageId = text ? await message(text, "citizen") : undefined;
    if (fee) await issueFeeNotice(trx, { applicationId: id, fiscalCode: row.applicant_fiscal_code, cents: fee.cents, reason: fee.reason, segregation: fee.segregation }, clock);
    if (action.event === "request_integration") await notify("integration");
    else if (action.event === "request_payment") await notify("payment");
    else if (action.event === "accept") await notify("accepted");
    else if (action.event === "reject") await notify("rejected");
    await record(trx, { event: `application.${action.event}`, outcome: "success", actor, target: { kind: "application", id }, details: { from: row.state, to: step.state, dueOn }, meta });
    return { ok: true, messageId };
  });
}

/**
 * Documents the office sends to the citizen (a decision, a form to sign) with a message or an action:
 * scanned and kept like the citizen's own, marked as the office's, shown in the citizen's documents.
 * Each file in its own transaction after the action's (SQLite has one writer at a time).
 */
export async function storeOfficeDocuments(
  db: Db,
  s: StaffPrincipal,
  input: { id: number; messageId: number | null; files: UploadedFile[] },
  scanner: AntivirusScanner,
  clock: Clock,
  meta: RequestMeta,
): Promise<{ stored: number; errors: { name: string; error: string }[] }> {
  const row = await findInScope(db, s, input.id);
  if (!row) return { stored: 0, errors: input.files.map((f) => ({ name: f.name, error: "not_found" })) };
  const errors: { name: string; error: string }[] = [];
  let stored = 0;
  for (const file of input.files) {
    if (file.error || !file.bytes) {
      errors.push({ name: file.name, error: file.error ?? "bad_type" });
      continue;
    }
    const kept = await keepFile(db, { applicationId: row.id, messageId: input.messageId, purpose: "office_document", specName: null, uploadedBy: "office", file }, scanner, clock);
    if (!kept.ok) {
      errors.push({ name: file.name, error: kept.error });
      continue;
    }
    stored++;
    await record(db, { event: "application.office_document_added", outcome: "success", actor: { kind: "staff", id: s.staff.id }, target: { kind: "application", id: row.id }, details: { attachment: kept.attachmentId, sha256: file.sha256, scan: kept.scan }, meta });
  }
  return { stored, errors };
}
