/**
 * The appointment pages' handlers: the public booking flow under /prenota-appuntamento (one thing per
 * page, each a GET page with a POST form, the choices kept in a server-side draft whose random id is
 * in the URL), the cancellation link, the citizen's list in the personal area and the staff's pages.
 * Each parses the request, checks who is asking, calls app/services/appointments.server.ts and maps
 * the result to a response.
 *
 * Forms with errors answer 400 and keep what was typed; the title's "Errore: " comes from a mark the
 * action leaves in the request's load context (as the staff pages do), or, with JavaScript, from the
 * page component.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import {
  DETAILS_MAX,
  type DraftData,
  dayOf,
  type FieldErrors,
  firstMissingStep,
  minutesOf,
  OTHER_REASON,
  romeMoment,
  STEPS,
  type Step,
  validateApplicant,
  validateDetails,
} from "~/domain/appointments";
import { parseDayInput } from "~/domain/dates";
import { parseId } from "~/domain/ids";
import { can } from "~/domain/permissions";
import type { Principal } from "~/domain/principal";
import { addCalendarDays } from "~/domain/working-days";
import { listOffices } from "~/models/office.server";
import {
  addCalendarRule,
  addOfficeClosure,
  bookFromDraft,
  bookingWindow,
  cancelByToken,
  cancelOwn,
  citizenAppointments,
  daySlots,
  type Draft,
  findByToken,
  findOwnAppointment,
  listOfficesForBooking,
  listReasons,
  loadConfirmation,
  loadDraft,
  monthAvailability,
  officeCalendar,
  officeDay,
  removeCalendarRule,
  removeOfficeClosure,
  saveDraft,
  startDraft,
} from "~/services/appointments.server";
import { getAuth, requireCitizen, requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { formatDate, postalAddress } from "./format";
import { intlLocale, type Language } from "./i18n";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { notFound } from "./http.server";

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

const BASE = "/prenota-appuntamento";
const ERRORS_MARK = "stpAppointmentFormErrors";

function markErrors(context: AppLoadContext | undefined): void {
  if (context) (context as Record<string, unknown>)[ERRORS_MARK] = true;
}

function hadErrors(context: AppLoadContext | undefined): boolean {
  return Boolean(context && (context as Record<string, unknown>)[ERRORS_MARK]);
}

function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

/** Errors of a form: status 400, the values as typed, and the title mark for a script-less answer. */
function invalid<T extends object>(context: AppLoadContext | undefined, payload: T & { errors: FieldErrors }) {
  markErrors(context);
  return data(payload, { status: 400 });
}


/** Anyone logged in sends the session's CSRF token; a visitor has no session to forge (the server checks Origin). */
async function checkCsrf(request: Request, form: FormData): Promise<Principal> {
  const { principal } = await getAuth(request);
  if (principal.kind !== "anonymous") await requireCsrf(request, form);
  return principal;
}

function citizenOf(principal: Principal) {
  return principal.kind === "citizen" ? principal.citizen : null;
}

export function stepUrl(draftId: string, step: Step): string {
  return step === "ufficio" ? `${BASE}?bozza=${draftId}` : `${BASE}/${draftId}/${step}`;
}

function timeRange(startsAt: string, endsAt: string, t: TFunction): string {
  return t("appointments:time.slot", { from: startsAt.slice(11, 16), to: endsAt.slice(11, 16) });
}

export function whenText(startsAt: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale[lang], {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(new Date(`${startsAt}:00Z`));
}

function dayText(day: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale[lang], { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

function monthText(month: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale[lang], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

function baseUrl(request: Request): string {
  return (env().PUBLIC_BASE_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

/** Where each step is in the flow, for "Passo n di N" and the back link. */
export interface StepInfo {
  draftId: string;
  step: Step;
  number: number;
  total: number;
  back: string;
  /** The person came from the summary to change one answer: the step sends them back there. */
  fromSummary: boolean;
}

function stepInfo(draftId: string, step: Step, request: Request): StepInfo {
  const i = STEPS.indexOf(step);
  const fromSummary = new URL(request.url).searchParams.get("da") === "riepilogo";
  return {
    draftId,
    step,
    number: i + 1,
    total: STEPS.length,
    back: fromSummary ? stepUrl(draftId, "riepilogo") : i === 0 ? "/servizi" : stepUrl(draftId, STEPS[i - 1]!),
    fromSummary,
  };
}

/**
 * The draft of this URL for the person asking, sent back to the first step still unanswered when
 * they skip ahead (a bookmark, an edited URL). An unknown or expired draft starts again at step 1.
 */
async function draftFor(request: Request, id: string | undefined, step: Step): Promise<{ draft: Draft; principal: Principal }> {
  const { principal } = await getAuth(request);
  const draft = id ? await loadDraft(db(), id, citizenOf(principal)?.fiscalCode ?? null) : null;
  if (!draft) throw redirect(`${BASE}?scaduta=1`, 303);
  // A booked draft only has its confirmation left.
  if (draft.appointmentId !== null) throw redirect(`${BASE}/${draft.id}/conferma`, 303);
  const missing = firstMissingStep(step, draft.data);
  if (missing !== step) throw redirect(stepUrl(draft.id, missing), 303);
  return { draft, principal };
}

/** After a step: the next one, or the summary when the person came from it and nothing else is missing. */
function nextUrl(draftId: string, step: Step, data: DraftData, form: FormData): string {
  const next = STEPS[STEPS.indexOf(step) + 1]!;
  if (field(form, "da") === "riepilogo") return stepUrl(draftId, firstMissingStep("riepilogo", data));
  return stepUrl(draftId, next);
}

async function officeName(officeId: number | undefined, lang: Language): Promise<{ name: string; phone: string; address: string } | null> {
  if (officeId === undefined) return null;
  const offices = await listOffices(db(), lang);
  const o = offices.find((x) => x.id === officeId);
  return o ? { name: o.name, phone: o.phone, address: postalAddress(o) } : null;
}

// ---------------------------------------------------------------------------------------------
// Step 1: the office (the public page the conformity checker audits)
// ---------------------------------------------------------------------------------------------

export interface OfficeStepData {
  offices: { id: number; name: string; description: string; address: string }[];
  selected: number | null;
  draftId: string | null;
  loggedInAs: string | null;
  expired: boolean;
  fromSummary: boolean;
  errors: FieldErrors;
}

export async function officeStepLoader(request: Request, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const { principal } = await getAuth(request);
  const citizen = citizenOf(principal);
  const offices = await listOfficesForBooking(db(), lang);
  const draftId = url.searchParams.get("bozza");
  const draft = draftId ? await loadDraft(db(), draftId, citizen?.fiscalCode ?? null) : null;
  const body: OfficeStepData = {
    offices: offices.map((o) => ({ id: o.id, name: o.name, description: o.description, address: o.street_address })),
    selected: draft?.data.officeId ?? null,
    draftId: draft && draft.appointmentId === null ? draft.id : null,
    loggedInAs: citizen ? `${citizen.givenName} ${citizen.familyName}` : null,
    expired: url.searchParams.get("scaduta") === "1",
    fromSummary: draft !== null && url.searchParams.get("da") === "riepilogo",
    errors: {},
  };
  return { ...body, meta: { title: t("appointments:title"), description: t("appointments:lead"), hasErrors: hadErrors(context) } };
}

export async function officeStepAction(request: Request, context?: AppLoadContext) {
  const form = await request.formData();
  const principal = await checkCsrf(request, form);
  const { lang } = await getFixedT(request);
  const citizen = citizenOf(principal);
  const officeId = parseId(form.get("officeId"));
  const draftId = field(form, "bozza");
  if (officeId === null) return invalid(context, { errors: { officeId: "appointments:errors.officeRequired" } });
  const existing = draftId ? await loadDraft(db(), draftId, citizen?.fiscalCode ?? null) : null;
  if (existing && existing.appointmentId === null) {
    // Reason, day and time belong to an office: a new office asks them again; the person's own details stay.
    const same = existing.data.officeId === officeId;
    const offices = await listOfficesForBooking(db(), lang);
    if (!offices.some((o) => o.id === officeId)) return invalid(context, { errors: { officeId: "appointments:errors.officeRequired" } });
    const data: DraftData = same ? existing.data : { officeId, details: undefined, givenName: existing.data.givenName, familyName: existing.data.familyName, email: existing.data.email, phone: existing.data.phone };
    await saveDraft(db(), existing.id, data);
    return redirect(same ? nextUrl(existing.id, "ufficio", data, form) : stepUrl(existing.id, "motivo"), 303);
  }
  const started = await startDraft(db(), { officeId, ownerFiscalCode: citizen?.fiscalCode ?? null, lang });
  if (!started.ok) return invalid(context, { errors: { officeId: "appointments:errors.officeRequired" } });
  return redirect(stepUrl(started.id, "motivo"), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 2: the reason
// ---------------------------------------------------------------------------------------------

export interface ReasonStepData {
  info: StepInfo;
  office: string;
  reasons: { value: string; title: string }[];
  selected: string | null;
  errors: FieldErrors;
}

export async function reasonStepLoader(request: Request, id: string | undefined, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "motivo");
  const office = await officeName(draft.data.officeId, lang);
  const reasons = await listReasons(db(), draft.data.officeId!, lang);
  const body: ReasonStepData = {
    info: stepInfo(draft.id, "motivo", request),
    office: office?.name ?? "",
    reasons: [...reasons, { value: OTHER_REASON, title: t("appointments:reason.other") }],
    selected: draft.data.reason ?? null,
    errors: {},
  };
  return { ...body, meta: { title: `${t("appointments:reason.title")} – ${t("appointments:title")}`, hasErrors: hadErrors(context) } };
}

export async function reasonStepAction(request: Request, id: string | undefined, context?: AppLoadContext) {
  const form = await request.formData();
  await checkCsrf(request, form);
  const { lang } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "motivo");
  const reason = field(form, "reason");
  const reasons = await listReasons(db(), draft.data.officeId!, lang);
  if (reason !== OTHER_REASON && !reasons.some((r) => r.value === reason)) {
    return invalid(context, { errors: { reason: "appointments:errors.reasonRequired" } });
  }
  const data: DraftData = { ...draft.data, reason };
  await saveDraft(db(), draft.id, data);
  return redirect(nextUrl(draft.id, "motivo", data, form), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 3: the day
// ---------------------------------------------------------------------------------------------

export interface DayStepData {
  info: StepInfo;
  month: string;
  monthLabel: string;
  months: { value: string; label: string; href: string }[];
  days: { value: string; label: string }[];
  selected: string | null;
  officePhone: string;
  errors: FieldErrors;
}

async function dayStepBody(request: Request, draft: Draft, month: string | null, lang: Language, errors: FieldErrors): Promise<DayStepData> {
  const chosenMonth = month ?? draft.data.day?.slice(0, 7) ?? null;
  const availability = await monthAvailability(db(), draft.data.officeId!, chosenMonth);
  const office = await officeName(draft.data.officeId, lang);
  const info = stepInfo(draft.id, "giorno", request);
  const suffix = info.fromSummary ? "&da=riepilogo" : "";
  return {
    info,
    month: availability.month,
    monthLabel: monthText(availability.month, lang),
    months: availability.months.map((m) => ({ value: m, label: monthText(m, lang), href: `${stepUrl(draft.id, "giorno")}?mese=${m}${suffix}` })),
    days: availability.days.map((d) => ({ value: d, label: dayText(d, lang) })),
    selected: draft.data.day ?? null,
    officePhone: office?.phone ?? "",
    errors,
  };
}

export async function dayStepLoader(request: Request, id: string | undefined, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "giorno");
  const body = await dayStepBody(request, draft, new URL(request.url).searchParams.get("mese"), lang, {});
  return { ...body, meta: { title: `${t("appointments:day.title")} – ${t("appointments:title")}`, hasErrors: hadErrors(context) } };
}

export async function dayStepAction(request: Request, id: string | undefined, context?: AppLoadContext) {
  const form = await request.formData();
  await checkCsrf(request, form);
  const { draft } = await draftFor(request, id, "giorno");
  const day = parseDayInput(field(form, "day"));
  if (!day) return invalid(context, { errors: { day: "appointments:errors.dayRequired" } });
  const slots = await daySlots(db(), draft.data.officeId!, day);
  if (slots.length === 0) return invalid(context, { errors: { day: "appointments:errors.dayUnavailable" } });
  // A new day asks the time again.
  const data: DraftData = { ...draft.data, day, startsAt: draft.data.day === day ? draft.data.startsAt : undefined, slotTaken: undefined };
  await saveDraft(db(), draft.id, data);
  return redirect(nextUrl(draft.id, "giorno", data, form), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 4: the time
// ---------------------------------------------------------------------------------------------

export interface TimeStepData {
  info: StepInfo;
  dayLabel: string;
  slots: { value: string; label: string }[];
  minutes: number;
  selected: string | null;
  errors: FieldErrors;
}

async function timeStepBody(request: Request, draft: Draft, t: TFunction, lang: Language, errors: FieldErrors): Promise<TimeStepData> {
  const slots = await daySlots(db(), draft.data.officeId!, draft.data.day!);
  const minutes = slots.reduce((max, s) => Math.max(max, minutesOf(s.endsAt.slice(11)) - minutesOf(s.startsAt.slice(11))), 0);
  return {
    info: stepInfo(draft.id, "orario", request),
    dayLabel: dayText(draft.data.day!, lang),
    slots: slots.map((s) => ({ value: s.startsAt, label: timeRange(s.startsAt, s.endsAt, t) })),
    minutes,
    selected: draft.data.startsAt ?? null,
    errors,
  };
}

export async function timeStepLoader(request: Request, id: string | undefined, context?: AppLoadContext) {
  const { t, lang } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "orario");
  const title = `${t("appointments:time.title")} – ${t("appointments:title")}`;
  // The time chosen was taken while the person was on the summary: the page says so (400, as an error to fix).
  if (draft.data.slotTaken) {
    const body = await timeStepBody(request, draft, t, lang, { slot: "appointments:errors.slotTaken" });
    return data({ ...body, meta: { title, hasErrors: true } }, { status: 400 });
  }
  const body = await timeStepBody(request, draft, t, lang, {});
  return { ...body, meta: { title, hasErrors: hadErrors(context) } };
}

export async function timeStepAction(request: Request, id: string | undefined, context?: AppLoadContext) {
  const form = await request.formData();
  await checkCsrf(request, form);
  const { draft } = await draftFor(request, id, "orario");
  const startsAt = field(form, "slot");
  const slots = await daySlots(db(), draft.data.officeId!, draft.data.day!);
  if (!slots.some((s) => s.startsAt === startsAt)) {
    return invalid(context, { errors: { slot: startsAt ? "appointments:errors.slotTaken" : "appointments:errors.timeRequired" } });
  }
  const data: DraftData = { ...draft.data, startsAt, slotTaken: undefined };
  await saveDraft(db(), draft.id, data);
  return redirect(nextUrl(draft.id, "orario", data, form), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 5: the details
// ---------------------------------------------------------------------------------------------

export interface DetailsStepData {
  info: StepInfo;
  required: boolean;
  max: number;
  value: string;
  errors: FieldErrors;
}

export async function detailsStepLoader(request: Request, id: string | undefined, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "dettagli");
  const body: DetailsStepData = { info: stepInfo(draft.id, "dettagli", request), required: draft.data.reason === OTHER_REASON, max: DETAILS_MAX, value: draft.data.details ?? "", errors: {} };
  return { ...body, meta: { title: `${t("appointments:details.title")} – ${t("appointments:title")}`, hasErrors: hadErrors(context) } };
}

export async function detailsStepAction(request: Request, id: string | undefined, context?: AppLoadContext) {
  const form = await request.formData();
  await checkCsrf(request, form);
  const { draft } = await draftFor(request, id, "dettagli");
  const details = field(form, "details");
  const errors = validateDetails(details, draft.data.reason);
  if (Object.keys(errors).length > 0) {
    return invalid(context, { errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, `appointments:${v}`])), value: details });
  }
  const data: DraftData = { ...draft.data, details: details.trim() };
  await saveDraft(db(), draft.id, data);
  return redirect(nextUrl(draft.id, "dettagli", data, form), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 6: the applicant
// ---------------------------------------------------------------------------------------------

export interface ApplicantValues {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
}

export interface ApplicantStepData {
  info: StepInfo;
  /** From SPID/CIE: shown, not asked again (WCAG 3.3.7). */
  identity: { givenName: string; familyName: string; fiscalCode: string } | null;
  values: ApplicantValues;
  errors: FieldErrors;
}

export async function applicantStepLoader(request: Request, id: string | undefined, context?: AppLoadContext) {
  const { t } = await getFixedT(request);
  const { draft, principal } = await draftFor(request, id, "richiedente");
  const citizen = citizenOf(principal);
  const d = draft.data;
  const body: ApplicantStepData = {
    info: stepInfo(draft.id, "richiedente", request),
    identity: citizen ? { givenName: citizen.givenName, familyName: citizen.familyName, fiscalCode: citizen.fiscalCode } : null,
    values: {
      givenName: d.givenName ?? citizen?.givenName ?? "",
      familyName: d.familyName ?? citizen?.familyName ?? "",
      email: d.email ?? citizen?.email ?? "",
      phone: d.phone ?? "",
    },
    errors: {},
  };
  return { ...body, meta: { title: `${t("appointments:applicant.title")} – ${t("appointments:title")}`, hasErrors: hadErrors(context) } };
}

export async function applicantStepAction(request: Request, id: string | undefined, context?: AppLoadContext) {
  const form = await request.formData();
  const principal = await checkCsrf(request, form);
  const { draft } = await draftFor(request, id, "richiedente");
  const citizen = citizenOf(principal);
  // A logged-in citizen's name comes from the identity, whatever the form says.
  const values: ApplicantValues = {
    givenName: citizen ? citizen.givenName : field(form, "givenName"),
    familyName: citizen ? citizen.familyName : field(form, "familyName"),
    email: field(form, "email"),
    phone: field(form, "phone"),
  };
  const errors = validateApplicant(values);
  if (Object.keys(errors).length > 0) {
    return invalid(context, { errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, `appointments:${v}`])), values });
  }
  const data: DraftData = {
    ...draft.data,
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim() || undefined,
  };
  await saveDraft(db(), draft.id, data, citizen ? { ownerFiscalCode: citizen.fiscalCode } : {});
  return redirect(stepUrl(draft.id, "riepilogo"), 303);
}

// ---------------------------------------------------------------------------------------------
// Step 7: the summary, and the booking
// ---------------------------------------------------------------------------------------------

export interface SummaryRow {
  key: "office" | "reason" | "when" | "details" | "applicant";
  label: string;
  lines: string[];
  change: string;
}

export interface SummaryStepData {
  info: StepInfo;
  rows: SummaryRow[];
  errors: FieldErrors;
}

export async function summaryStepLoader(request: Request, id: string | undefined) {
  const { t, lang } = await getFixedT(request);
  const { draft, principal } = await draftFor(request, id, "riepilogo");
  const d = draft.data;
  const office = await officeName(d.officeId, lang);
  const reasons = await listReasons(db(), d.officeId!, lang);
  const reason = d.reason === OTHER_REASON ? t("appointments:reason.other") : (reasons.find((r) => r.value === d.reason)?.title ?? "");
  const change = (step: Step) => `${stepUrl(draft.id, step)}${step === "ufficio" ? "&" : "?"}da=riepilogo`;
  const citizen = citizenOf(principal);
  const slotEnd = (await daySlots(db(), d.officeId!, d.day!)).find((s) => s.startsAt === d.startsAt)?.endsAt;
  const rows: SummaryRow[] = [
    { key: "office", label: t("appointments:summary.office"), lines: [office?.name ?? "", office?.address ?? ""], change: change("ufficio") },
    { key: "reason", label: t("appointments:summary.reason"), lines: [reason], change: change("motivo") },
    {
      key: "when",
      label: t("appointments:summary.when"),
      lines: [dayText(d.day!, lang), slotEnd ? timeRange(d.startsAt!, slotEnd, t) : d.startsAt!.slice(11)],
      change: change("giorno"),
    },
    { key: "details", label: t("appointments:summary.details"), lines: [d.details || t("appointments:summary.noDetails")], change: change("dettagli") },
    {
      key: "applicant",
      label: t("appointments:summary.applicant"),
      lines: [`${d.givenName} ${d.familyName}`, ...(citizen ? [citizen.fiscalCode] : []), d.email!, ...(d.phone ? [t("appointments:summary.phone", { phone: d.phone })] : [])],
      change: change("richiedente"),
    },
  ];
  const body: SummaryStepData = { info: stepInfo(draft.id, "riepilogo", request), rows, errors: {} };
  return { ...body, meta: { title: `${t("appointments:summary.title")} – ${t("appointments:title")}` } };
}

export async function summaryStepAction(request: Request, id: string | undefined) {
  const form = await request.formData();
  const principal = await checkCsrf(request, form);
  const { t, lang } = await getFixedT(request);
  const { draft } = await draftFor(request, id, "riepilogo");
  const citizen = citizenOf(principal);
  const result = await bookFromDraft(
    db(),
    draft.id,
    {
      citizen: citizen && principal.kind === "citizen" ? { id: citizen.id, fiscalCode: citizen.fiscalCode, onBehalfOf: principal.actingFor?.grantorFiscalCode ?? null } : null,
    },
    { t, lang, baseUrl: baseUrl(request) },
    requestMeta(request),
  );
  if (result.ok || result.error === "already_booked") return redirect(`${BASE}/${draft.id}/conferma`, 303);
  if (result.error === "slot_taken") return redirect(stepUrl(draft.id, "orario"), 303);
  if (result.error === "not_found") return redirect(`${BASE}?scaduta=1`, 303);
  // Something changed under the draft (a reason no longer bookable): the first step to answer again.
  return redirect(stepUrl(draft.id, firstMissingStep("riepilogo", { ...draft.data, reason: undefined })), 303);
}

// ---------------------------------------------------------------------------------------------
// The confirmation
// ---------------------------------------------------------------------------------------------

export interface ConfirmationData {
  when: string;
  office: string;
  address: string;
  email: string;
  cancelUrl: string | null;
  inPersonalArea: boolean;
}

export async function confirmationLoader(request: Request, id: string | undefined) {
  const { t, lang } = await getFixedT(request);
  const { principal } = await getAuth(request);
  const found = id ? await loadConfirmation(db(), id, citizenOf(principal)?.fiscalCode ?? null, lang) : null;
  if (!found) notFound();
  const a = found.appointment;
  const body: ConfirmationData = {
    when: whenText(a.starts_at, lang),
    office: a.office_name,
    address: a.office_address,
    email: a.email,
    cancelUrl: found.cancelToken ? `${BASE}/annulla/${found.cancelToken}` : null,
    inPersonalArea: a.citizen_fiscal_code !== null,
  };
  return { ...body, meta: { title: t("appointments:confirmation.title") } };
}

// ---------------------------------------------------------------------------------------------
// Cancelling with the link
// ---------------------------------------------------------------------------------------------

export interface TokenCancelData {
  when: string;
  office: string;
  reason: string;
  state: "booked" | "cancelled" | "past";
  done: boolean;
}

async function tokenCancelBody(request: Request, token: string, done: boolean) {
  const { t, lang } = await getFixedT(request);
  const a = await findByToken(db(), token, lang);
  if (!a) notFound();
  const past = a.state === "booked" && a.starts_at <= romeMoment(new Date());
  const body: TokenCancelData = {
    when: whenText(a.starts_at, lang),
    office: a.office_name,
    reason: a.reason,
    state: a.state === "cancelled" ? "cancelled" : past ? "past" : "booked",
    done: done && a.state === "cancelled",
  };
  return { ...body, meta: { title: t(done ? "appointments:cancel.done" : "appointments:cancel.title") } };
}

export async function tokenCancelLoader(request: Request, token: string | undefined) {
  return tokenCancelBody(request, token ?? "", new URL(request.url).searchParams.get("esito") === "annullato");
}

export async function tokenCancelAction(request: Request, token: string | undefined) {
  const form = await request.formData();
  await checkCsrf(request, form);
  const { t, lang } = await getFixedT(request);
  const result = await cancelByToken(db(), token ?? "", { t, lang, baseUrl: baseUrl(request) }, requestMeta(request));
  if (!result.ok && result.error === "not_found") notFound();
  // Post/redirect/get: a reload does not send the form again, and the page says what happened.
  return redirect(`${BASE}/annulla/${token}${result.ok ? "?esito=annullato" : ""}`, 303);
}

// ---------------------------------------------------------------------------------------------
// The personal area
// ---------------------------------------------------------------------------------------------

export interface AreaAppointment {
  id: number;
  when: string;
  office: string;
  reason: string;
  state: "booked" | "cancelled" | "done";
}

export interface AreaData {
  upcoming: AreaAppointment[];
  past: AreaAppointment[];
  confirming: AreaAppointment | null;
  notice: "cancelled" | "notCancellable" | null;
}

export async function areaLoader(request: Request) {
  const principal = await requireCitizen(request);
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const { upcoming, past } = await citizenAppointments(db(), principal.citizen.fiscalCode, lang);
  const view = (a: (typeof upcoming)[number], state: AreaAppointment["state"]): AreaAppointment => ({
    id: a.id,
    when: whenText(a.starts_at, lang),
    office: a.office_name,
    reason: a.reason,
    state,
  });
  const up = upcoming.map((a) => view(a, "booked"));
  const confirmId = parseId(url.searchParams.get("annulla"));
  const notice = url.searchParams.get("esito");
  const body: AreaData = {
    upcoming: up,
    past: past.map((a) => view(a, a.state === "cancelled" ? "cancelled" : "done")),
    confirming: confirmId !== null ? (up.find((a) => a.id === confirmId) ?? null) : null,
    notice: notice === "annullato" ? "cancelled" : notice === "non-annullabile" ? "notCancellable" : null,
  };
  return { ...body, meta: { title: t("appointments:area.title") } };
}

export async function areaAction(request: Request) {
  const principal = await requireCitizen(request);
  const form = await request.formData();
  await requireCsrf(request, form);
  const { t, lang } = await getFixedT(request);
  const id = parseId(form.get("appointment"));
  if (id === null || field(form, "intent") !== "cancel") throw data({ reason: "bad_request" }, { status: 400 });
  const own = await findOwnAppointment(db(), id, principal.citizen.fiscalCode, lang);
  if (!own) notFound();
  const result = await cancelOwn(
    db(),
    { appointmentId: id, citizen: { id: principal.citizen.id, fiscalCode: principal.citizen.fiscalCode, onBehalfOf: principal.actingFor?.grantorFiscalCode ?? null } },
    { t, lang, baseUrl: baseUrl(request) },
    requestMeta(request),
  );
  return redirect(`/area-personale/appuntamenti?esito=${result.ok ? "annullato" : "non-annullabile"}`, 303);
}

// ---------------------------------------------------------------------------------------------
// Staff: the day's bookings
// ---------------------------------------------------------------------------------------------

export interface StaffOffice {
  id: number;
  slug: string;
  name: string;
}

export interface StaffDayRow {
  id: number;
  time: string;
  person: string;
  fiscalCode: string | null;
  email: string;
  phone: string | null;
  reason: string;
  details: string;
  state: "booked" | "cancelled";
}

export interface StaffDayData {
  offices: StaffOffice[];
  office: StaffOffice | null;
  day: string;
  dayInput: string;
  dayLabel: string;
  previous: string | null;
  next: string | null;
  rows: StaffDayRow[];
  canEditCalendar: boolean;
  errors: FieldErrors;
}

/** The offices a staff member works in, in the catalogue's order. */
async function staffOffices(slugs: readonly string[], lang: Language): Promise<StaffOffice[]> {
  const all = await listOffices(db(), lang);
  return all.filter((o) => slugs.includes(o.slug)).map((o) => ({ id: o.id, slug: o.slug, name: o.name }));
}

function italianDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

export async function staffDayLoader(request: Request) {
  const principal = await requireStaff(request, "application.view_office");
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const offices = await staffOffices(principal.staff.offices, lang);
  const wanted = url.searchParams.get("ufficio");
  const office = wanted ? offices.find((o) => o.slug === wanted) : offices[0];
  // Another office's bookings: refused and audited like any other page the staff member may not see.
  if (wanted && !office) await requireStaff(request, "application.view_office", { office: wanted });
  const typed = (url.searchParams.get("giorno") ?? "").trim();
  const parsed = typed ? parseDayInput(typed) : null;
  const { today } = bookingWindow();
  const day = parsed ?? today;
  const errors: FieldErrors = typed && !parsed ? { giorno: "appointments:errors.dayInvalid" } : {};
  const link = (d: string) => `/gestione/appuntamenti?ufficio=${office?.slug ?? ""}&giorno=${d}`;
  const rows: StaffDayRow[] = office
    ? (await officeDay(db(), office.id, day, lang)).map((a) => ({
        id: a.id,
        time: timeRange(a.starts_at, a.ends_at, t),
        person: `${a.given_name} ${a.family_name}`,
        fiscalCode: a.citizen_fiscal_code,
        email: a.email,
        phone: a.phone,
        reason: a.reason,
        details: a.details,
        state: a.state,
      }))
    : [];
  const body: StaffDayData = {
    offices,
    office: office ?? null,
    day,
    dayInput: typed && !parsed ? typed : italianDay(day),
    dayLabel: formatDate(day, lang),
    previous: office ? link(addCalendarDays(day, -1)) : null,
    next: office ? link(addCalendarDays(day, 1)) : null,
    rows,
    canEditCalendar: can({ roles: principal.staff.roles, offices: principal.staff.offices }, "application.process"),
    errors,
  };
  const title = t("appointments:staff.title");
  if (Object.keys(errors).length > 0) return data({ ...body, meta: { title, hasErrors: true } }, { status: 400 });
  return { ...body, meta: { title } };
}

// ---------------------------------------------------------------------------------------------
// Staff: the calendar
// ---------------------------------------------------------------------------------------------

export interface CalendarData {
  offices: StaffOffice[];
  office: StaffOffice | null;
  rules: { id: number; weekday: number; opens: string; closes: string; slotMinutes: number; validFrom: string }[];
  closures: { id: number; day: string; dayLabel: string; reason: string }[];
  notice: { key: string; count?: number } | null;
}

export type CalendarIntent = "add-rule" | "remove-rule" | "add-closure" | "remove-closure";

export interface CalendarActionResult {
  intent: CalendarIntent;
  errors: FieldErrors;
  values: Record<string, string>;
}

async function calendarOffice(request: Request, slug: string | null) {
  const principal = await requireStaff(request, "application.process");
  const { lang } = await getFixedT(request);
  const offices = await staffOffices(principal.staff.offices, lang);
  const office = slug ? offices.find((o) => o.slug === slug) : offices[0];
  if (slug && !office) await requireStaff(request, "application.process", { office: slug });
  return { principal, offices, office: office ?? null };
}

export async function calendarLoader(request: Request, context?: AppLoadContext) {
  const url = new URL(request.url);
  const { offices, office } = await calendarOffice(request, url.searchParams.get("ufficio"));
  const { t, lang } = await getFixedT(request);
  const cal = office ? await officeCalendar(db(), office.id) : { rules: [], closures: [] };
  const done = url.searchParams.get("esito");
  const count = Number(url.searchParams.get("prenotati") ?? "0");
  const NOTICES = ["ruleAdded", "ruleRemoved", "closureAdded", "closureRemoved"];
  const body: CalendarData = {
    offices,
    office,
    rules: cal.rules.map((r) => ({ id: r.id, weekday: r.weekday, opens: r.opens, closes: r.closes, slotMinutes: r.slotMinutes, validFrom: formatDate(r.validFrom, lang) })),
    closures: cal.closures.map((c) => ({ id: c.id, day: c.day, dayLabel: formatDate(c.day, lang), reason: c.reason })),
    notice: done && NOTICES.includes(done) ? (done === "closureAdded" && count > 0 ? { key: "closureAddedBooked", count } : { key: done }) : null,
  };
  return { ...body, meta: { title: t("appointments:calendar.title"), hasErrors: hadErrors(context) } };
}

export async function calendarAction(request: Request, context?: AppLoadContext) {
  const form = await request.formData();
  const slug = field(form, "ufficio") || null;
  // Editing needs the permission in that very office.
  const { principal, office } = await calendarOffice(request, slug);
  await requireCsrf(request, form);
  if (!office) throw data({ reason: "bad_request" }, { status: 400 });
  await requireStaff(request, "application.process", { office: office.slug });
  const intent = field(form, "intent") as CalendarIntent;
  const staff = { staffId: principal.staff.id };
  const meta = requestMeta(request);
  const back = (notice: string, extra = "") => redirect(`/gestione/appuntamenti/calendario?ufficio=${office.slug}&esito=${notice}${extra}`, 303);
  const prefix = (errors: FieldErrors) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, `appointments:${v}`]));
  switch (intent) {
    case "add-rule": {
      const values = { weekday: field(form, "weekday"), opens: field(form, "opens").trim(), closes: field(form, "closes").trim(), slotMinutes: field(form, "slotMinutes").trim(), validFrom: field(form, "validFrom").trim() };
      const result = await addCalendarRule(db(), { officeId: office.id, rule: values }, staff, meta);
      if (!result.ok) return invalid(context, { intent, errors: prefix(result.errors), values } satisfies CalendarActionResult);
      return back("ruleAdded");
    }
    case "remove-rule": {
      const ruleId = parseId(form.get("rule"));
      if (ruleId !== null) await removeCalendarRule(db(), { officeId: office.id, ruleId }, staff, meta);
      return back("ruleRemoved");
    }
    case "add-closure": {
      const values = { closureDay: field(form, "closureDay").trim(), closureReason: field(form, "closureReason") };
      const result = await addOfficeClosure(db(), { officeId: office.id, day: values.closureDay, reason: values.closureReason }, staff, meta);
      if (!result.ok) return invalid(context, { intent, errors: prefix(result.errors), values } satisfies CalendarActionResult);
      return back("closureAdded", `&prenotati=${result.bookedThatDay}`);
    }
    case "remove-closure": {
      const closureId = parseId(form.get("closure"));
      if (closureId !== null) await removeOfficeClosure(db(), { officeId: office.id, closureId }, staff, meta);
      return back("closureRemoved");
    }
    default:
      throw data({ reason: "bad_request" }, { status: 400 });
  }
}
