/**
 * Assisted applications (issue 7 §7): an operator fills an application with a citizen who is at the
 * counter or on the phone. The operator identifies the citizen and chooses the service; the draft is
 * then filled with the SAME form engine and step pages as the citizen's own (as an `AssistingPrincipal`
 * bound to that one application), and sent only with the citizen's confirmation of the summary. The
 * application is the citizen's from then on: it is in their personal area (by codice fiscale) and in
 * the office's inbox like any other.
 */
import { checkConfirmation, checkIdentification, type AssistedChannel, type IdentifyError, type IdentifyField, type IdentifyForm } from "~/domain/assisted";
import type { StaffProfile } from "~/domain/principal";
import { can } from "~/domain/permissions";
import { findForm } from "~/forms/registry";
import { findAssistance, insertAssistance, listAssistedDrafts } from "~/models/application-assistance.server";
import { findApplication } from "~/models/application.server";
import { findCitizenByFiscalCode } from "~/models/citizen.server";
import { listServicesOfOffices } from "~/models/desk-metrics.server";
import { findServiceBySlug } from "~/models/service.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";
import { type AssistingPrincipal, type Clock, insertDraft, submitApplication, type SubmitResult, type Translators } from "./applications.server";
import { type RequestMeta, record } from "./audit.server";

/** The services an operator may fill with a citizen: their offices' services that have an online form and are open. */
export async function assistableServices(db: DbOrTrx, staff: StaffProfile, lang: string) {
  const rows = await listServicesOfOffices(db, staff.offices, lang);
  return rows.filter((s) => findForm(s.slug) && can({ roles: staff.roles, offices: staff.offices }, "application.assist_citizen", { office: s.office }));
}

export async function assistedDrafts(db: DbOrTrx, staffId: number, lang: string) {
  return listAssistedDrafts(db, staffId, lang);
}

export type StartAssistedResult = { ok: true; id: number } | { ok: false; errors: Partial<Record<IdentifyField, IdentifyError>> };

/**
 * Identifies the citizen and opens the draft: the identity the operator checked prefills (and locks)
 * the same answers SPID would, the privacy notice counts as given, and the assistance is recorded.
 */
export async function startAssisted(db: Db, input: { staff: StaffProfile; form: IdentifyForm }, clock: Clock, meta: RequestMeta): Promise<StartAssistedResult> {
  const services = await assistableServices(db, input.staff, "it");
  const checked = checkIdentification(input.form, services.map((s) => s.slug));
  if (!checked.ok) return checked;
  const v = checked.value;
  const def = findForm(v.service)!;
  const service = await findServiceBySlug(db, v.service, "it");
  if (!service || service.active !== 1) return { ok: false, errors: { service: "service_unknown" } };
  // What the desk already knows of the person (if they ever logged in): their e-mail for the receipt.
  const known = await findCitizenByFiscalCode(db, v.fiscalCode);
  const identity = {
    givenName: v.givenName,
    familyName: v.familyName,
    fiscalCode: v.fiscalCode,
    email: known?.email ?? null,
    dateOfBirth: known?.date_of_birth ?? null,
    name: `${v.givenName} ${v.familyName}`,
  };
  return db.transaction().execute(async (trx) => {
    const id = await insertDraft(trx, { service, def, identity, submittedBy: v.fiscalCode, delegationId: null, privacyAcceptedAt: clock.now }, clock);
    await insertAssistance(trx, {
      application_id: id,
      channel: v.channel,
      staff_id: input.staff.id,
      // The service's office, which is one of the operator's (assistableServices).
      office_id: service.office_id,
      given_name: v.givenName,
      family_name: v.familyName,
      id_document_type: v.document?.type ?? null,
      id_document_number: v.document?.number ?? null,
      phone_verification: v.verification,
      privacy_informed_at: clock.now,
      confirmation_method: null,
      confirmation_note: null,
      confirmed_at: null,
      created_at: clock.now,
    });
    await record(trx, {
      event: "application.assisted_started",
      outcome: "success",
      actor: { kind: "staff", id: input.staff.id, onBehalfOf: v.fiscalCode },
      target: { kind: "application", id },
      details: { service: v.service, channel: v.channel },
      meta,
    });
    return { ok: true as const, id };
  });
}

/**
 * The operator filling application `id`, if they started it with the citizen: only the operator who
 * identified the citizen continues (a colleague starts again with the citizen in front of them).
 */
export async function assistingPrincipal(db: DbOrTrx, staff: StaffProfile, id: number): Promise<{ principal: AssistingPrincipal; channel: AssistedChannel; state: string } | null> {
  const [row, assistance] = await Promise.all([findApplication(db, id), findAssistance(db, id)]);
  if (!row || !assistance || assistance.staff_id !== staff.id) return null;
  const known = await findCitizenByFiscalCode(db, row.applicant_fiscal_code);
  return {
    principal: {
      kind: "assisting",
      staffId: staff.id,
      applicationId: id,
      applicant: {
        givenName: assistance.given_name,
        familyName: assistance.family_name,
        fiscalCode: row.applicant_fiscal_code,
        email: known?.email ?? null,
        dateOfBirth: known?.date_of_birth ?? null,
        name: row.applicant_name,
      },
    },
    channel: assistance.channel,
    state: row.state,
  };
}

export type SubmitAssistedResult = SubmitResult | { kind: "confirmation_error"; error: "confirmation_missing" | "note_too_long" };

/** Sends the assisted application once the citizen confirmed its summary (recorded in the same transaction). */
export async function submitAssisted(
  db: Db,
  input: {
    principal: AssistingPrincipal;
    channel: AssistedChannel;
    form: { confirmed: string; note: string };
    lang: Language;
    translators: Translators;
    emailTexts: (protocol: string, lang: Language) => { subject: string; body: string };
  },
  clock: Clock,
  meta: RequestMeta,
): Promise<SubmitAssistedResult> {
  const confirmation = checkConfirmation(input.channel, input.form);
  if (!confirmation.ok) return { kind: "confirmation_error", error: confirmation.error };
  return submitApplication(
    db,
    { id: input.principal.applicationId, principal: input.principal, lang: input.lang, translators: input.translators, emailTexts: input.emailTexts, confirmation: confirmation.value },
    clock,
    meta,
  );
}

/** How an application was assisted, for the citizen's page, the office's case page and the receipt; null when it was not. */
export async function assistanceOf(db: DbOrTrx, applicationId: number, lang: string) {
  const a = await findAssistance(db, applicationId, lang);
  if (!a) return null;
  return { channel: a.channel, office: a.office_name, method: a.confirmation_method, confirmedAt: a.confirmed_at, staffId: a.staff_id, note: a.confirmation_note, document: a.id_document_type, verification: a.phone_verification };
}
