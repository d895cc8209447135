/**
 * Assisted applications (issue 7 §7): the rules for identifying a citizen who is at the counter or on
 * the phone, and for their confirmation of the summary the operator prepared with them. Pure.
 */
import { validateCodiceFiscale } from "./codice-fiscale";

export const ASSISTED_CHANNELS = ["counter", "phone"] as const;
export type AssistedChannel = (typeof ASSISTED_CHANNELS)[number];

/** The identity documents an operator accepts at the counter (DPR 445/2000 art. 35). */
export const ID_DOCUMENT_TYPES = ["identity_card", "passport", "driving_licence", "residence_permit"] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

/** How the citizen confirms: a signed printed summary at the counter, a spoken "yes" on the phone. */
export const CONFIRMATION_OF: Record<AssistedChannel, "signed_summary" | "verbal"> = { counter: "signed_summary", phone: "verbal" };

export interface IdentifyForm {
  service: string;
  channel: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  documentType: string;
  documentNumber: string;
  verification: string;
  privacy: string;
}

/** The fields in page order (the error summary lists them so). */
export const IDENTIFY_FIELDS = ["service", "channel", "fiscalCode", "givenName", "familyName", "documentType", "documentNumber", "verification", "privacy"] as const;
export type IdentifyField = (typeof IDENTIFY_FIELDS)[number];
export type IdentifyError =
  | "service_missing"
  | "service_unknown"
  | "channel_missing"
  | "fiscal_code_missing"
  | "fiscal_code_invalid"
  | "name_missing"
  | "name_too_long"
  | "document_type_missing"
  | "document_number_invalid"
  | "verification_missing"
  | "verification_too_long"
  | "privacy_missing";

export interface Identified {
  service: string;
  channel: AssistedChannel;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  document: { type: IdDocumentType; number: string } | null;
  verification: string | null;
}

const NAME_MAX = 100;
const VERIFICATION_MAX = 300;

/**
 * Checks the identification page. At the counter the operator has seen an identity document (its
 * type and number are recorded); on the phone they record how they verified who is calling (for
 * instance a call back to the number in the registry, or questions only the person can answer). In
 * both cases the citizen must have been given the privacy notice.
 */
export function checkIdentification(form: IdentifyForm, services: readonly string[]): { ok: true; value: Identified } | { ok: false; errors: Partial<Record<IdentifyField, IdentifyError>> } {
  const errors: Partial<Record<IdentifyField, IdentifyError>> = {};
  const service = form.service.trim();
  if (!service) errors.service = "service_missing";
  else if (!services.includes(service)) errors.service = "service_unknown";
  const channel = form.channel.trim();
  if (!(ASSISTED_CHANNELS as readonly string[]).includes(channel)) errors.channel = "channel_missing";
  const cfText = form.fiscalCode.trim();
  const cf = validateCodiceFiscale(cfText);
  if (!cfText) errors.fiscalCode = "fiscal_code_missing";
  else if (!cf.ok) errors.fiscalCode = "fiscal_code_invalid";
  const givenName = form.givenName.trim().replace(/\s+/g, " ");
  const familyName = form.familyName.trim().replace(/\s+/g, " ");
  if (!givenName) errors.givenName = "name_missing";
  else if (givenName.length > NAME_MAX) errors.givenName = "name_too_long";
  if (!familyName) errors.familyName = "name_missing";
  else if (familyName.length > NAME_MAX) errors.familyName = "name_too_long";
  let document: Identified["document"] = null;
  let verification: string | null = null;
  if (channel === "counter") {
    const type = form.documentType.trim();
    const number = form.documentNumber.trim().toUpperCase().replace(/\s+/g, "");
    if (!(ID_DOCUMENT_TYPES as readonly string[]).includes(type)) errors.documentType = "document_type_missing";
    // Italian and foreign document numbers: letters and digits, 5 to 20 of them.
    if (!/^[A-Z0-9]{5,20}$/.test(number)) errors.documentNumber = "document_number_invalid";
    document = { type: type as IdDocumentType, number };
  } else if (channel === "phone") {
    verification = form.verification.trim();
    if (!verification) errors.verification = "verification_missing";
    else if (verification.length > VERIFICATION_MAX) errors.verification = "verification_too_long";
  }
  if (form.privacy !== "yes") errors.privacy = "privacy_missing";
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { service, channel: channel as AssistedChannel, fiscalCode: cf.ok ? cf.value : cfText, givenName, familyName, document, verification } };
}

export type ConfirmError = "confirmation_missing" | "note_too_long";

/**
 * The citizen's confirmation of the summary: the operator ticks that the citizen signed the printed
 * summary (counter) or said yes after hearing it read aloud (phone); an optional note says where the
 * signed paper is filed or who answered. The time is the server's, when the operator records it.
 */
export function checkConfirmation(channel: AssistedChannel, form: { confirmed: string; note: string }): { ok: true; value: { method: "signed_summary" | "verbal"; note: string | null } } | { ok: false; error: ConfirmError } {
  if (form.confirmed !== "yes") return { ok: false, error: "confirmation_missing" };
  const note = form.note.trim();
  if (note.length > VERIFICATION_MAX) return { ok: false, error: "note_too_long" };
  return { ok: true, value: { method: CONFIRMATION_OF[channel], note: note || null } };
}
