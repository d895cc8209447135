/**
 * Building blocks several service forms share: file limits, the contact page, the truthfulness
 * declaration, a company's details. Plain data like the forms themselves; every text is a key of the
 * "forms" namespace under `common`.
 */
import { todayInItaly } from "~/domain/dates";
import type { AttachmentSpec, ChoiceField, EmailField, Field, FileKind, Step, TextField } from "../types";

const MB = 1024 * 1024;

/** Scans and phone pictures of a paper document stay well under this. */
export const DOCUMENT_MAX_BYTES = 5 * MB;
/** Photos straight from a phone camera can be large; the office needs them sharp. */
export const PHOTO_MAX_BYTES = 10 * MB;

export const DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "png", "jpeg"];
export const PHOTO_KINDS: readonly FileKind[] = ["png", "jpeg"];

/**
 * The year in Italy when the server loaded the forms. A number's limits are plain numbers in the
 * contract (dates have relative limits, years do not), so a server running across New Year's Eve
 * keeps last year's bound until it restarts; a relative year limit would need the contract to grow one.
 */
export const CURRENT_YEAR = Number(todayInItaly().slice(0, 4));

/** Every form's namespace keys start with its slug. */
export const keysOf =
  (slug: string) =>
  (key: string): string =>
    `${slug}.${key}`;

/** A document proving what the citizen declares (pdf, png or jpeg, 5 MB each). */
export function documentSpec(spec: Omit<AttachmentSpec, "accept" | "maxBytes">): AttachmentSpec {
  return { accept: DOCUMENT_KINDS, maxBytes: DOCUMENT_MAX_BYTES, ...spec };
}

/**
 * The e-mail starts with the one known from SPID/CIE (WCAG 3.3.7) but stays editable: many older
 * people use a relative's address for the desk. The phone is never in the identity, so it is asked,
 * and only as an option.
 */
export const contactFields: readonly Field[] = [
  {
    type: "email",
    name: "email",
    label: "common.email.label",
    hint: "common.email.hint",
    prefill: "email",
    autocomplete: "email",
  } satisfies EmailField,
  {
    type: "phone",
    name: "phone",
    label: "common.phone.label",
    hint: "common.phone.hint",
    required: false,
    autocomplete: "tel",
  },
];

export const contactStep: Step = {
  id: "contatti",
  title: "common.contacts.title",
  plain: "common.contatti",
  intro: "common.contacts.intro",
  fields: contactFields,
};

/**
 * The DPR 445/2000 statement, as one required checkbox: ticking it is a deliberate act, which a
 * sentence printed on the summary page is not.
 */
export function declarationField(name = "declaration", label = "common.declaration.label", option = "common.declaration.option"): ChoiceField {
  return {
    type: "choice",
    name,
    label,
    multiple: true,
    options: [{ value: "confirmed", label: option }],
  };
}

/** The partita IVA: 11 digits (the check digit is the office's job, the shape catches typing slips). */
export const VAT_PATTERN = { source: "^\\d{11}$", error: "common.company.vatError" } as const;

export function companyFields(when: Field["when"]): readonly Field[] {
  const vat: TextField = {
    type: "text",
    name: "companyVat",
    label: "common.company.vat.label",
    hint: "common.company.vat.hint",
    inputMode: "numeric",
    maxLength: 11,
    pattern: VAT_PATTERN,
    when,
  };
  return [
    { type: "text", name: "companyName", label: "common.company.name.label", maxLength: 150, autocomplete: "organization", when },
    vat,
    { type: "email", name: "companyPec", label: "common.company.pec.label", hint: "common.company.pec.hint", when },
  ];
}

/**
 * The traffic fine a form is about (report number, notification date, plate), each prefilled from the
 * link on the fine's page (`fromLink`). Labels from the form's own keys: `fineNumber.label`…
 */
export function fineReportFields(k: (key: string) => string): readonly Field[] {
  return [
    { type: "text", name: "fineNumber", label: k("fineNumber.label"), hint: k("fineNumber.hint"), maxLength: 30, fromLink: true },
    // The terms run from the notification; up to two years back keeps late statements and appeals askable.
    { type: "date", name: "notificationDate", label: k("notificationDate.label"), hint: k("notificationDate.hint"), min: "-730", max: "today", fromLink: true },
    {
      type: "text",
      name: "plate",
      label: k("plate.label"),
      hint: k("plate.hint"),
      maxLength: 10,
      pattern: { source: "^[A-Za-z0-9 ]{5,10}$", error: k("plate.error") },
      fromLink: true,
    },
  ];
}
