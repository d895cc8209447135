/**
 * The citizen's side of online applications: start or resume a draft, save each step, accept the
 * privacy notice, attach documents, submit (protocol number, frozen summary, legal deadline,
 * notification — in one transaction), follow the application, write to the office and answer an
 * integration request. Every function checks that the application belongs to the person asking
 * (the applicant, or a delegate acting for them on that service) and answers "not found" otherwise,
 * so that nobody can learn whether someone else's id exists.
 */
import { deadline, DEFAULT_DEADLINE_RULE, type DeadlineRule, suspensionsOf, transition } from "~/domain/application-workflow";
import { todayInItaly } from "~/domain/dates";
import { formatProtocol } from "~/domain/protocol";
import { effectiveFiscalCode, type Principal } from "~/domain/principal";
import { normalizePlate, normalizeReportNumber } from "~/domain/fines";
import { markFineAppealed } from "~/models/traffic-fine.server";
import {
  activeAttachments,
  activeSteps,
  applyLocks,
  findStep,
  type Identity,
  initialAnswers,
  linkPrefill,
  mergeStep,
  nextStep,
  readStep,
  resizeGroup,
  validateForm,
  validateStep,
} from "~/forms/engine";
import { findForm } from "~/forms/registry";
import type { FormDefinition, GroupField, RawAnswers, Step } from "~/forms/types";
import { type SummarySection, summarize, type Translate } from "~/forms/view";
import {
  type ApplicationRow,
  claimDraftForSubmission,
  deleteAttachment,
  deleteDraft,
  findAttachment,
  findApplication,
  findDraft,
  insertApplication,
  insertAttachment,
  insertEvent,
  insertMessage,
  listAttachments,
  listEvents,
  listForApplicant,
  listMessages,
  markMessagesRead,
  moveState,
  unreadFromOffice,
  updateApplication,
  updateDraft,
} from "~/models/application.server";
import type { AssistedConfirmation } from "#db/schema-assisted";
import { confirmAssistance, findAssistance } from "~/models/application-assistance.server";
import { findCitizenByFiscalCode } from "~/models/citizen.server";
import { enqueueEmail } from "~/models/outbox.server";
import { nextProtocolNumber } from "~/models/protocol.server";
import { findServiceBySlug } from "~/models/service.server";
import { findStaffUserById } from "~/models/staff-user.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";
import type { AntivirusScanner } from "./antivirus.server";
import { type RequestMeta, record } from "./audit.server";
import { databaseFileStore } from "./file-store.server";
import type { UploadedFile, UploadError } from "./uploads.server";
import { mayActOnService } from "./delegations.server";

export type CitizenPrincipal = Extract<Principal, { kind: "citizen" }>;

/**
 * An operator filling ONE application with a citizen at the counter or on the phone (issue 7 §7): the
 * same flow as the citizen's, bound to that application and to the identity the operator checked.
 */
export interface AssistingPrincipal {
  kind: "assisting";
  staffId: number;
  applicationId: number;
  applicant: Identity & { name: string };
}

/** Whoever fills an application: the citizen (or their delegate), or an operator assisting them. */
export type ApplicantPrincipal = CitizenPrincipal | AssistingPrincipal;

/** Where the assisted flow's pages live in the back office. */
export const ASSISTED_BASE = "/gestione/assistenza";

/** The two languages' translators: a submitted summary is frozen in both. */
export type Translators = Record<Language, Translate>;

export interface Clock {
  /** ISO instant. */
  now: string;
  /** Today in Italy, YYYY-MM-DD. */
  today: string;
}

/** The day of an instant in the comune's calendar. */
export const italianDay = (instant: string): string => todayInItaly(new Date(instant));

export const applicationPath = (id: number, rest = ""): string => `/area-personale/domande/${id}${rest ? `/${rest}` : ""}`;

export const assistedPath = (id: number, rest = ""): string => `${ASSISTED_BASE}/${id}${rest ? `/${rest}` : ""}`;

/** The flow's pages for whoever is filling: the personal area, or the operator's assisted pages. */
export const flowPathOf = (p: ApplicantPrincipal): ((id: number, rest?: string) => string) => (p.kind === "assisting" ? assistedPath : applicationPath);

// ---------------------------------------------------------------------------------------------
// Who is asking

function auditActor(p: ApplicantPrincipal) {
  if (p.kind === "assisting") return { kind: "staff" as const, id: p.staffId, fiscalCode: null, onBehalfOf: p.applicant.fiscalCode };
  return { kind: "citizen" as const, id: p.citizen.id, fiscalCode: p.citizen.fiscalCode, onBehalfOf: p.actingFor?.grantorFiscalCode ?? null };
}

/** The applicant's identity for prefilling: the citizen's own, or the grantor's when a delegate acts. */
async function applicantIdentity(db: DbOrTrx, p: ApplicantPrincipal): Promise<Identity & { name: string }> {
  if (p.kind === "assisting") return p.applicant;
  if (!p.actingFor) {
    const c = p.citizen;
    return { givenName: c.givenName, familyName: c.familyName, fiscalCode: c.fiscalCode, email: c.email, dateOfBirth: c.dateOfBirth, name: `${c.givenName} ${c.familyName}` };
  }
  const grantor = await findCitizenByFiscalCode(db, p.actingFor.grantorFiscalCode);
  return {
    givenName: grantor?.given_name ?? "",
    familyName: grantor?.family_name ?? "",
    fiscalCode: p.actingFor.grantorFiscalCode,
    email: grantor?.email ?? null,
    dateOfBirth: grantor?.date_of_birth ?? null,
    name: grantor ? `${grantor.given_name} ${grantor.family_name}` : (p.actingFor.grantorName ?? p.actingFor.grantorFiscalCode),
  };
}

/** The application, if the person asking may see it; undefined otherwise (and for unknown ids). */
export async function findOwnApplication(db: DbOrTrx, id: number, p: ApplicantPrincipal, today: string): Promise<ApplicationRow | undefined> {
  const row = await findApplication(db, id);
  if (p.kind === "assisting") return row && row.id === p.applicationId && row.applicant_fiscal_code === p.applicant.fiscalCode ? row : undefined;
  if (!row || row.applicant_fiscal_code !== effectiveFiscalCode(p)) return undefined;
  // A draft an operator is filling with the citizen is theirs only once it is sent.
  if (row.state === "draft" && (await findAssistance(db, row.id))) return undefined;
  if (p.actingFor && !(await mayActOnService(db, p.actingFor.delegationId, p.citizen.fiscalCode, row.service_id, today))) return undefined;
  return row;
}

export function parseAnswers(row: Pick<ApplicationRow, "answers">): RawAnswers {
  try {
    const value = JSON.parse(row.answers) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as RawAnswers) : {};
  } catch {
    return {};
  }
}

export function parseAttempted(row: Pick<ApplicationRow, "attempted_steps">): string[] {
  try {
    const value = JSON.parse(row.attempted_steps) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function formOf(row: Pick<ApplicationRow, "form_slug">): FormDefinition {
  const def = findForm(row.form_slug);
  if (!def) throw new Error(`no form definition for ${row.form_slug}`);
  return def;
}

// ---------------------------------------------------------------------------------------------
// Starting

export type StartResult =
  | { ok: true; id: number; resumed: boolean }
  | { ok: false; reason: "no_form" | "inactive" | "not_delegated" };

/** What the start page shows: the service, and a draft to resume if there is one. */
export async function startPage(db: DbOrTrx, slug: string, p: CitizenPrincipal, lang: Language) {
  const def = findForm(slug);
  const service = await findServiceBySlug(db, slug, lang);
  if (!def || !service) return null;
  const draft = await findDraft(db, effectiveFiscalCode(p), service.id);
  return {
    service: { slug, title: service.title, summary: service.summary, needed: service.needed, active: service.active === 1 },
    draft: draft ? { id: draft.id, updatedAt: draft.updated_at } : null,
    steps: def.steps.length,
    hasAttachments: def.attachments.length > 0,
  };
}

/** Resumes the applicant's draft of the service, or starts a new one with what the identity says. */
export async function startApplication(
  db: Db,
  input: { slug: string; principal: CitizenPrincipal; fresh: boolean; fromLink?: URLSearchParams },
  clock: Clock,
  meta: RequestMeta,
): Promise<StartResult> {
  const { slug, principal: p } = input;
  const def = findForm(slug);
  const service = await findServiceBySlug(db, slug, "it");
  if (!def || !service) return { ok: false, reason: "no_form" };
  if (service.active !== 1) return { ok: false, reason: "inactive" };
  if (p.actingFor && !(await mayActOnService(db, p.actingFor.delegationId, p.citizen.fiscalCode, service.id, clock.today))) {
    return { ok: false, reason: "not_delegated" };
  }
  const identity = await applicantIdentity(db, p);
  return db.transaction().execute(async (trx) => {
    const existing = await findDraft(trx, identity.fiscalCode, service.id);
    if (existing && !input.fresh) return { ok: true as const, id: existing.id, resumed: true };
    if (existing) await deleteDraft(trx, existing.id);
    const id = await insertDraft(
      trx,
      { service, def, identity, submittedBy: p.citizen.fiscalCode, delegationId: p.actingFor?.delegationId ?? null, fromLink: input.fromLink, privacyAcceptedAt: null },
      clock,
    );
    await record(trx, { event: "application.draft_created", outcome: "success", actor: auditActor(p), target: { kind: "application", id }, details: { service: slug }, meta });
    return { ok: true as const, id, resumed: false };
  });
}

/**
 * A new draft of a service, starting with what the identity already says (WCAG 3.3.7): the one insert
 * the citizen's flow and the operator's assisted flow share.
 */
export async function insertDraft(
  trx: DbOrTrx,
  d: {
    service: { id: number; office_id: number | null };
    def: FormDefinition;
    identity: Identity & { name: string };
    submittedBy: string;
    delegationId: number | null;
    fromLink?: URLSearchParams;
    privacyAcceptedAt: string | null;
  },
  clock: Clock,
): Promise<number> {
  return insertApplication(trx, {
    service_id: d.service.id,
    office_id: d.service.office_id,
    form_slug: d.def.slug,
    form_version: d.def.version,
    applicant_fiscal_code: d.identity.fiscalCode,
    applicant_name: d.identity.name,
    submitted_by_fiscal_code: d.submittedBy,
    delegation_id: d.delegationId,
    state: "draft",
    // What the link that opened the form carries (a fine's number…) goes only into a new draft.
    answers: JSON.stringify({ ...initialAnswers(d.def, d.identity), ...(d.fromLink ? linkPrefill(d.def, d.fromLink) : {}) }),
    attempted_steps: "[]",
    summary: null,
    privacy_accepted_at: d.privacyAcceptedAt,
    protocol_year: null,
    protocol_number: null,
    submitted_at: null,
    due_on: null,
    deadline_rule: null,
    assigned_staff_id: null,
    concluded_at: null,
    created_at: clock.now,
    updated_at: clock.now,
  });
}

export async function acceptPrivacy(db: DbOrTrx, id: number, p: ApplicantPrincipal, clock: Clock): Promise<"ok" | "not_found" | "not_draft"> {
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row) return "not_found";
  if (row.state !== "draft") return "not_draft";
  await updateDraft(db, id, { privacy_accepted_at: clock.now }, clock.now);
  return "ok";
}

export async function discardDraft(db: Db, id: number, p: CitizenPrincipal, clock: Clock, meta: RequestMeta): Promise<boolean> {
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row || row.state !== "draft") return false;
  const deleted = await deleteDraft(db, id);
  if (deleted) await record(db, { event: "application.draft_deleted", outcome: "success", actor: auditActor(p), target: { kind: "application", id }, meta });
  return deleted;
}

// ---------------------------------------------------------------------------------------------
// Steps

/** Where the flow goes after the data steps: the attachments page if any document applies, else the summary. */
export function afterSteps(def: FormDefinition, raw: RawAnswers, id: number, path = applicationPath): string {
  return activeAttachments(def, raw).length ? path(id, "allegati") : path(id, "riepilogo");
}

export function firstStepPath(def: FormDefinition, raw: RawAnswers, id: number, path = applicationPath): string {
  const first = activeSteps(def, raw)[0];
  return first ? path(id, `passo/${first.id}`) : afterSteps(def, raw, id, path);
}

export type SaveStepResult =
  | { kind: "not_found" }
  | { kind: "not_draft"; id: number }
  | { kind: "stay" }
  | { kind: "invalid" }
  | { kind: "next"; to: string };

/**
 * Saves what the citizen typed on a step — always, even when it has errors, so nothing is lost —
 * then says where to go. "add"/"remove" intents only change a repeatable group's size; "save"
 * stores and leaves without checking (the draft is resumed later from the personal area).
 */
export async function saveStep(
  db: DbOrTrx,
  input: { id: number; stepId: string; principal: ApplicantPrincipal; form: FormData; backToSummary: boolean },
  clock: Clock,
): Promise<SaveStepResult> {
  const { id, principal: p, form } = input;
  const path = flowPathOf(p);
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row) return { kind: "not_found" };
  if (row.state !== "draft") return { kind: "not_draft", id };
  const def = formOf(row);
  const step = findStep(def, input.stepId);
  if (!step) return { kind: "not_found" };
  const identity = await applicantIdentity(db, p);
  const current = parseAnswers(row);
  let answers = applyLocks(def, mergeStep(def, step, current, readStep(step, form, current)), identity);
  const intent = String(form.get("intent") ?? "continue");

  const group = (name: string) => step.fields.find((f): f is GroupField => f.type === "group" && f.name === name);
  const add = /^add:(\w+)$/.exec(intent);
  const remove = /^remove:(\w+):(\d+)$/.exec(intent);
  if (add || remove) {
    const g = group((add ?? remove)![1]!);
    if (g) answers = resizeGroup(g, answers, add ? { add: true } : { remove: Number(remove![2]) });
    await updateDraft(db, id, { answers: JSON.stringify(answers) }, clock.now);
    return { kind: "stay" };
  }
  if (intent === "save") {
    await updateDraft(db, id, { answers: JSON.stringify(answers) }, clock.now);
    return { kind: "next", to: p.kind === "assisting" ? ASSISTED_BASE : "/area-personale/domande" };
  }
  const attempted = new Set(parseAttempted(row));
  attempted.add(step.id);
  await updateDraft(db, id, { answers: JSON.stringify(answers), attempted_steps: JSON.stringify([...attempted]) }, clock.now);
  const { errors } = validateStep(def, step, answers, { today: clock.today });
  if (Object.keys(errors).length) return { kind: "invalid" };
  if (input.backToSummary && validateForm(def, answers, { today: clock.today }).ok) return { kind: "next", to: path(id, "riepilogo") };
  const next = nextStep(def, step.id, answers);
  return { kind: "next", to: next ? path(id, `passo/${next.id}`) : afterSteps(def, answers, id, path) };
}

/** The errors a step shows: only once the citizen has tried to continue from it. */
export function stepErrors(def: FormDefinition, step: Step, row: ApplicationRow, today: string) {
  if (!parseAttempted(row).includes(step.id)) return {};
  return validateStep(def, step, parseAnswers(row), { today }).errors;
}

/** Marks a page as visited with "continue" (the attachments page and the summary show errors after that). */
export async function markAttempted(db: DbOrTrx, row: ApplicationRow, page: string, now: string): Promise<void> {
  const attempted = new Set(parseAttempted(row));
  if (attempted.has(page)) return;
  attempted.add(page);
  await updateDraft(db, row.id, { attempted_steps: JSON.stringify([...attempted]) }, now);
}

// ---------------------------------------------------------------------------------------------
// Attachments (the documents the form asks for)

/** Required documents that apply and have no file yet. */
export async function missingDocuments(db: DbOrTrx, def: FormDefinition, row: ApplicationRow): Promise<string[]> {
  const files = await listAttachments(db, row.id);
  return activeAttachments(def, parseAnswers(row))
    .filter((a) => a.required !== false && !files.some((f) => f.purpose === "document" && f.spec_name === a.name))
    .map((a) => a.name);
}

// ---------------------------------------------------------------------------------------------
// Submission

export type SubmitResult =
  | { kind: "submitted"; id: number; protocol: string }
  | { kind: "already"; id: number }
  | { kind: "not_found" }
  | { kind: "privacy" }
  | { kind: "invalid_step"; stepId: string }
  | { kind: "missing_documents" }
  | { kind: "unconfirmed" };

/** The frozen record of what was submitted: the summary in every language, and the files' fingerprints. */
export interface FrozenSummary {
  sections: Record<Language, SummarySection[]>;
  attachments: { id: number; name: string; sha256: string; sizeBytes: number; spec: string | null }[];
}

export function parseFrozen(row: Pick<ApplicationRow, "summary">): FrozenSummary | null {
  if (!row.summary) return null;
  try {
    return JSON.parse(row.summary) as FrozenSummary;
  } catch {
    return null;
  }
}

function ruleOf(def: FormDefinition): DeadlineRule {
  return def.deadline ?? DEFAULT_DEADLINE_RULE;
}

/**
 * Submits a draft in ONE transaction: it is claimed (only a draft can be submitted, once), checked
 * again in full, given the next protocol number of the year (unique and gap-free: the counter row is
 * locked until commit and a rollback gives the number back), frozen with its summary, given its legal
 * deadline, and a notification is queued. If anything fails nothing of it remains.
 */
/**
 * What a submitted application moves on outside the desk, by its form, inside the submitting
 * transaction: an appeal against a traffic fine suspends its payment (the fine named by the report
 * number and plate answered; an open fine only — a paid one cannot be appealed any more).
 */
async function onSubmitted(trx: DbOrTrx, slug: string, answers: RawAnswers, now: string): Promise<void> {
  if (slug === "multe-ricorso") {
    const text = (name: string) => (typeof answers[name] === "string" ? (answers[name] as string) : "");
    await markFineAppealed(trx, normalizeReportNumber(text("fineNumber")), normalizePlate(text("plate")), now);
  }
}

export async function submitApplication(
  db: Db,
  input: {
    id: number;
    principal: ApplicantPrincipal;
    lang: Language;
    translators: Translators;
    emailTexts: (protocol: string, lang: Language) => { subject: string; body: string };
    /** An assisted application is sent only with the citizen's confirmation of its summary. */
    confirmation?: { method: AssistedConfirmation; note: string | null };
  },
  clock: Clock,
  meta: RequestMeta,
): Promise<SubmitResult> {
  const { id, principal: p } = input;
  if (p.kind === "assisting" && !input.confirmation) return { kind: "unconfirmed" };
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row) return { kind: "not_found" };
  if (row.state !== "draft") return { kind: "already", id };
  if (!row.privacy_accepted_at) return { kind: "privacy" };
  const def = formOf(row);
  const answers = parseAnswers(row);
  const check = validateForm(def, answers, { today: clock.today });
  if (!check.ok) {
    await markAttempted(db, row, check.step.id, clock.now);
    return { kind: "invalid_step", stepId: check.step.id };
  }
  if ((await missingDocuments(db, def, row)).length) {
    await markAttempted(db, row, "allegati", clock.now);
    return { kind: "missing_documents" };
  }
  const rule = ruleOf(def);
  return db.transaction().execute(async (trx) => {
    if (!(await claimDraftForSubmission(trx, id, clock.now))) return { kind: "already" as const, id };
    if (p.kind === "assisting" && input.confirmation) {
      await confirmAssistance(trx, id, { ...input.confirmation, at: clock.now });
      await record(trx, { event: "application.assisted_confirmed", outcome: "success", actor: auditActor(p), target: { kind: "application", id }, details: { method: input.confirmation.method }, meta });
    }
    const year = Number(clock.today.slice(0, 4));
    const number = await nextProtocolNumber(trx, year);
    const files = await listAttachments(trx, id);
    const frozen: FrozenSummary = {
      sections: {
        it: summarize(def, answers, { today: clock.today }, input.translators.it, "it"),
        en: summarize(def, answers, { today: clock.today }, input.translators.en, "en"),
      },
      attachments: files
        .filter((f) => f.purpose === "document")
        .map((f) => ({ id: f.id, name: f.file_name, sha256: f.sha256, sizeBytes: f.size_bytes, spec: f.spec_name })),
    };
    const dueOn = deadline({ submittedOn: clock.today, rule });
    await updateApplication(
      trx,
      id,
      { protocol_year: year, protocol_number: number, summary: JSON.stringify(frozen), due_on: dueOn, deadline_rule: JSON.stringify(rule) },
      clock.now,
    );
    await insertEvent(trx, {
      application_id: id,
      occurred_at: clock.now,
      actor_kind: p.kind === "assisting" ? "staff" : "citizen",
      actor_staff_id: p.kind === "assisting" ? p.staffId : null,
      actor_fiscal_code: p.kind === "assisting" ? null : p.citizen.fiscalCode,
      event: "submit",
      from_state: "draft",
      to_state: "submitted",
      visibility: "citizen",
      note: null,
      reply_by: null,
    });
    await onSubmitted(trx, def.slug, answers, clock.now);
    const protocol = formatProtocol(year, number);
    const email = p.kind === "citizen" && !p.actingFor ? p.citizen.email : (await applicantIdentity(trx, p)).email;
    if (email) {
      const text = input.emailTexts(protocol, input.lang);
      await enqueueEmail(trx, { recipient: email, subject: text.subject, body: text.body, relatedKind: "application", relatedId: id }, clock.now);
    }
    await record(trx, {
      event: "application.submitted",
      outcome: "success",
      actor: auditActor(p),
      target: { kind: "application", id },
      details: { protocol, service: row.form_slug, dueOn },
      meta,
    });
    return { kind: "submitted" as const, id, protocol };
  });
}

// ---------------------------------------------------------------------------------------------
// Following an application

export async function listMine(db: DbOrTrx, p: CitizenPrincipal, lang: Language) {
  const fiscalCode = effectiveFiscalCode(p);
  const [rows, unread] = await Promise.all([listForApplicant(db, fiscalCode, lang), unreadFromOffice(db, fiscalCode)]);
  return rows.map((r) => ({ ...r, unread: unread.get(r.id) ?? 0 }));
}

/** One application as the citizen sees it: no internal notes, no internal events. Reading marks the office's messages read. */
export async function citizenCase(db: DbOrTrx, id: number, p: ApplicantPrincipal, clock: Clock) {
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row) return null;
  const [events, messages, files] = await Promise.all([listEvents(db, id, "citizen"), listMessages(db, id, "citizen"), listAttachments(db, id)]);
  if (row.state !== "draft") await markMessagesRead(db, id, "office", clock.now);
  return { row, events, messages, files };
}

export type CitizenWriteResult = { kind: "ok"; messageId: number } | { kind: "not_found" } | { kind: "invalid"; error: "empty" | "too_long" } | { kind: "not_allowed" };

const MAX_MESSAGE = 4000;

/**
 * The citizen writes to the office about a submitted application. When the office had asked for an
 * integration, this message is the answer: the application goes back to the office and the legal
 * clock restarts. The assigned operator is notified. Files sent with it are stored afterwards with
 * `storeDocuments(…, messageId)` (each in its own transaction: SQLite has one writer at a time).
 */
export async function writeToOffice(
  db: Db,
  input: { id: number; principal: CitizenPrincipal; body: string; answerIntegration: boolean; notify: (protocol: string) => { subject: string; body: string } },
  clock: Clock,
  meta: RequestMeta,
): Promise<CitizenWriteResult> {
  const body = input.body.trim();
  if (!body) return { kind: "invalid", error: "empty" };
  if (body.length > MAX_MESSAGE) return { kind: "invalid", error: "too_long" };
  const p = input.principal;
  const row = await findOwnApplication(db, input.id, p, clock.today);
  if (!row) return { kind: "not_found" };
  if (row.state === "draft" || row.state === "withdrawn") return { kind: "not_allowed" };
  return db.transaction().execute(async (trx) => {
    const messageId = await insertMessage(trx, {
      application_id: row.id,
      sender: "citizen",
      sender_staff_id: null,
      sender_fiscal_code: p.citizen.fiscalCode,
      visibility: "citizen",
      body,
      sent_at: clock.now,
      read_at: null,
    });
    if (input.answerIntegration && row.state === "integration_requested") {
      const step = transition(row.state, "integration_received", "citizen");
      if (step.ok) {
        const events = await listEvents(trx, row.id, "all");
        const rule = row.deadline_rule ? (JSON.parse(row.deadline_rule) as DeadlineRule) : DEFAULT_DEADLINE_RULE;
        const suspensions = suspensionsOf([...events, { event: "integration_received", occurred_at: clock.now }], italianDay);
        const dueOn = row.submitted_at ? deadline({ submittedOn: italianDay(row.submitted_at), rule, suspensions }) : row.due_on;
        if (await moveState(trx, row.id, "integration_requested", { state: step.state, due_on: dueOn }, clock.now)) {
          await insertEvent(trx, {
            application_id: row.id,
            occurred_at: clock.now,
            actor_kind: "citizen",
            actor_staff_id: null,
            actor_fiscal_code: p.citizen.fiscalCode,
            event: "integration_received",
            from_state: row.state,
            to_state: step.state,
            visibility: "citizen",
            note: null,
            reply_by: null,
          });
        }
      }
    }
    const staff = row.assigned_staff_id ? await findStaffUserById(trx, row.assigned_staff_id) : undefined;
    if (staff?.email && row.protocol_year && row.protocol_number) {
      const text = input.notify(formatProtocol(row.protocol_year, row.protocol_number));
      await enqueueEmail(trx, { recipient: staff.email, subject: text.subject, body: text.body, relatedKind: "application", relatedId: row.id }, clock.now);
    }
    await record(trx, {
      event: input.answerIntegration ? "application.integration_answered" : "application.message_from_citizen",
      outcome: "success",
      actor: auditActor(p),
      target: { kind: "application", id: row.id },
      meta,
    });
    return { kind: "ok" as const, messageId };
  });
}

export type WithdrawResult = { kind: "ok" } | { kind: "not_found" } | { kind: "not_allowed" };

/**
 * The citizen withdraws an application the office has not started on yet (from "submitted" only: once
 * an operator has taken it in charge it ends with a decision). The state moves only if it is still
 * the one read (no lost update against an operator acting at the same moment); the event is visible to
 * the citizen, and the audit log keeps who did it.
 */
export async function withdrawApplication(db: Db, id: number, p: CitizenPrincipal, clock: Clock, meta: RequestMeta): Promise<WithdrawResult> {
  const row = await findOwnApplication(db, id, p, clock.today);
  if (!row) return { kind: "not_found" };
  const step = transition(row.state, "withdraw", "citizen");
  if (!step.ok) return { kind: "not_allowed" };
  return db.transaction().execute(async (trx) => {
    if (!(await moveState(trx, row.id, row.state, { state: step.state, concluded_at: clock.now }, clock.now))) return { kind: "not_allowed" as const };
    await insertEvent(trx, {
      application_id: row.id,
      occurred_at: clock.now,
      actor_kind: "citizen",
      actor_staff_id: null,
      actor_fiscal_code: p.citizen.fiscalCode,
      event: "withdraw",
      from_state: row.state,
      to_state: step.state,
      visibility: "citizen",
      note: null,
      reply_by: null,
    });
    await record(trx, { event: "application.withdrawn", outcome: "success", actor: auditActor(p), target: { kind: "application", id: row.id }, meta });
    return { kind: "ok" as const };
  });
}

// ---------------------------------------------------------------------------------------------
// Documents

export type DocumentError = UploadError | "infected" | "scan_failed" | "not_asked";

type KeptFile = { ok: true; attachmentId: number; scan: "clean" | "not_scanned" } | { ok: false; error: "infected" | "scan_failed" };

/**
 * Keeps one accepted upload of an application, whoever sent it: scanned first (an infected file is
 * never stored), then the bytes and the attachment row in one transaction.
 */
export async function keepFile(
  db: Db,
  input: { applicationId: number; messageId: number | null; purpose: "document" | "office_document"; specName: string | null; uploadedBy: "citizen" | "office"; file: UploadedFile },
  scanner: AntivirusScanner,
  clock: Clock,
): Promise<KeptFile> {
  const { file } = input;
  if (!file.bytes || !file.mediaType) throw new Error("keepFile needs an accepted upload");
  let scan: Awaited<ReturnType<AntivirusScanner["scan"]>>;
  try {
    scan = await scanner.scan(file.bytes);
  } catch {
    return { ok: false, error: "scan_failed" };
  }
  if (scan === "infected") return { ok: false, error: "infected" };
  const bytes = file.bytes;
  const mediaType = file.mediaType;
  const attachmentId = await db.transaction().execute(async (trx) => {
    const blobId = await databaseFileStore.put(trx, bytes);
    return insertAttachment(trx, {
      application_id: input.applicationId,
      message_id: input.messageId,
      purpose: input.purpose,
      spec_name: input.specName,
      file_name: file.name,
      media_type: mediaType,
      size_bytes: file.size,
      sha256: file.sha256,
      blob_id: blobId,
      scan_status: scan,
      uploaded_by: input.uploadedBy,
      created_at: clock.now,
    });
  });
  return { ok: true, attachmentId, scan };
}

/**
 * Stores the documents the citizen uploaded on the attachments page (or with an answer): the files
 * the upload reader accepted are scanned, counted against each document's limit and saved with their
 * SHA-256; the others are reported by name so the page can say what was wrong with each.
 */
export async function storeDocuments(
  db: Db,
  input: { row: ApplicationRow; files: UploadedFile[]; principal: ApplicantPrincipal; messageId?: number },
  scanner: AntivirusScanner,
  clock: Clock,
  meta: RequestMeta,
): Promise<{ stored: number; errors: { field: string; name: string; error: DocumentError }[] }> {
  const { row, principal: p } = input;
  const def = formOf(row);
  const specs = new Map(activeAttachments(def, parseAnswers(row)).map((a) => [a.name, a]));
  const counts = new Map<string, number>();
  for (const f of await listAttachments(db, row.id)) if (f.purpose === "document" && f.spec_name) counts.set(f.spec_name, (counts.get(f.spec_name) ?? 0) + 1);
  const errors: { field: string; name: string; error: DocumentError }[] = [];
  let stored = 0;
  for (const file of input.files) {
    if (file.error || !file.bytes || !file.mediaType) {
      if (file.size > 0 || file.originalName) errors.push({ field: file.field, name: file.name, error: file.error ?? "bad_type" });
      continue;
    }
    const spec = specs.get(file.field);
    const already = counts.get(file.field) ?? 0;
    if (!spec && file.field !== "answer") {
      errors.push({ field: file.field, name: file.name, error: "not_asked" });
      continue;
    }
    if (spec && already + 1 > (spec.maxFiles ?? 1)) {
      errors.push({ field: file.field, name: file.name, error: "too_many" });
      continue;
    }
    const kept = await keepFile(db, { applicationId: row.id, messageId: input.messageId ?? null, purpose: "document", specName: spec ? file.field : null, uploadedBy: "citizen", file }, scanner, clock);
    if (!kept.ok) {
      errors.push({ field: file.field, name: file.name, error: kept.error });
      if (kept.error === "infected") await record(db, { event: "application.document_infected", outcome: "failure", actor: auditActor(p), target: { kind: "application", id: row.id }, details: { sha256: file.sha256 }, meta });
      continue;
    }
    counts.set(file.field, already + 1);
    stored += 1;
    await record(db, { event: "application.document_added", outcome: "success", actor: auditActor(p), target: { kind: "application", id: row.id }, details: { attachment: kept.attachmentId, sha256: file.sha256, scan: kept.scan }, meta });
  }
  return { stored, errors };
}

/** Removes one of a draft's documents (a submitted application's documents are part of the record). */
export async function removeDocument(db: Db, row: ApplicationRow, attachmentId: number, p: ApplicantPrincipal, meta: RequestMeta): Promise<boolean> {
  if (row.state !== "draft") return false;
  const file = await findAttachment(db, row.id, attachmentId);
  if (!file || file.purpose !== "document") return false;
  await db.transaction().execute(async (trx) => {
    await deleteAttachment(trx, file.id);
    await databaseFileStore.remove(trx, file.blob_id);
  });
  await record(db, { event: "application.document_removed", outcome: "success", actor: auditActor(p), target: { kind: "application", id: row.id }, details: { attachment: attachmentId }, meta });
  return true;
}

/** A file of the application, for download by someone already allowed to see the application. */
export async function readDocument(db: DbOrTrx, applicationId: number, attachmentId: number) {
  const file = await findAttachment(db, applicationId, attachmentId);
  if (!file) return null;
  const bytes = await databaseFileStore.get(db, file.blob_id);
  return bytes ? { file, bytes } : null;
}
