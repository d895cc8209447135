/**
 * The vocabulary every online service's form is written in. A definition is plain data (no React, no
 * I/O): the same object drives the pages of the citizen flow, the server-side validation
 * (app/forms/engine.ts builds the zod schemas from it), the summary, the PDF receipt and the
 * back-office view. Texts are i18n keys of the server-side "forms" namespace
 * (app/locales/forms.{it,en}.ts), translated on the server into the page's view model.
 */
import type { DeadlineRule } from "~/domain/application-workflow";

/** Identity data the desk knows from SPID/CIE: a field may start with it (WCAG 3.3.7, redundant entry). */
export type Prefill = "givenName" | "familyName" | "fullName" | "fiscalCode" | "email" | "dateOfBirth";

/**
 * When a question (or a whole step, or an attachment) applies: a condition on another answer of the
 * same form, by its field name. Data rather than a function so that it can be tested, stored and
 * read in the browser to show and hide without a round trip.
 */
export type Condition =
  | { field: string; equals: string }
  | { field: string; oneOf: readonly string[] }
  /** The field has any non-empty answer. */
  | { field: string; filled: true }
  | { all: readonly Condition[] };

interface FieldBase {
  /** Unique within the form (within a group: unique within the group); letters, digits and "_". */
  name: string;
  /** i18n key of the label (forms namespace). */
  label: string;
  /** i18n key of the hint shown under the label. */
  hint?: string;
  /** Defaults to true. */
  required?: boolean;
  /** Asked only when the condition holds; otherwise neither shown, validated nor kept. */
  when?: Condition;
  /** Starts with the citizen's identity data. */
  prefill?: Prefill;
  /** With `prefill`: the value is shown but cannot be changed (the law ties it to the applicant). */
  locked?: boolean;
  /** HTML autocomplete token (WCAG 1.3.5). */
  autocomplete?: string;
  /**
   * May start with a value carried by the link that opens the form (`?prefill[name]=…`), e.g. the
   * report number from the fine's page. Only fields that say so take one; the value is checked at its
   * step like anything typed (engine.ts `linkPrefill`).
   */
  fromLink?: true;
}

export interface TextField extends FieldBase {
  type: "text";
  maxLength?: number;
  /** A textarea (several lines). */
  multiline?: boolean;
  /** Input width in characters (bootstrap-italia uses the full width otherwise). */
  inputMode?: "text" | "tel" | "email" | "numeric";
  /** Extra check on the trimmed text: a regular expression source and the i18n key of its error. */
  pattern?: { source: string; error: string };
}

export interface EmailField extends FieldBase {
  type: "email";
}

export interface PhoneField extends FieldBase {
  type: "phone";
}

export interface NumberField extends FieldBase {
  type: "number";
  min?: number;
  max?: number;
  /** Decimal places accepted (0 = whole numbers). Commas and dots are both read as Italians type them. */
  decimals?: number;
  /** i18n key of the unit shown after the input ("m²", "€", "persone"). */
  unit?: string;
}

export interface DateField extends FieldBase {
  type: "date";
  /** Earliest/latest accepted: an ISO date, or relative to today in Italy ("today", "-365", "+90" days). */
  min?: string;
  max?: string;
}

export interface ChoiceOption {
  value: string;
  /** i18n key. */
  label: string;
  hint?: string;
}

export interface ChoiceField extends FieldBase {
  type: "choice";
  options: readonly ChoiceOption[];
  /** Several answers allowed (checkboxes); otherwise radios, or a select when `display` says so. */
  multiple?: boolean;
  display?: "radio" | "select";
}

export interface YesNoField extends FieldBase {
  type: "yesNo";
}

/** A street address in Italy: street, house number, postcode, town (the comune's own by default). */
export interface AddressField extends FieldBase {
  type: "address";
  /** The town is the comune's own and is not asked (e.g. the address of a property subject to TARI). */
  inComune?: boolean;
}

export interface CodiceFiscaleField extends FieldBase {
  type: "codiceFiscale";
}

export interface IbanField extends FieldBase {
  type: "iban";
  /** Only Italian accounts (IT, 27 characters). */
  italianOnly?: boolean;
}

/** A cadastral reference of a building unit: foglio, particella (mappale), subalterno. */
export interface CadastralField extends FieldBase {
  type: "cadastral";
  /** Ask the cadastral category too (A/2, C/6 …). */
  withCategory?: boolean;
}

/** A repeatable group of questions (the other occupants, several vehicles …). */
export interface GroupField extends FieldBase {
  type: "group";
  fields: readonly LeafField[];
  min?: number;
  max: number;
  /** i18n key of one item's heading, with {{n}} for its number ("Occupante {{n}}"). */
  itemLabel: string;
}

export type LeafField =
  | TextField
  | EmailField
  | PhoneField
  | NumberField
  | DateField
  | ChoiceField
  | YesNoField
  | AddressField
  | CodiceFiscaleField
  | IbanField
  | CadastralField;

export type Field = LeafField | GroupField;
export type FieldType = Field["type"];

/** The kinds of file the desk accepts, recognised from their content (never from the name). */
export type FileKind = "pdf" | "png" | "jpeg";

/** A document the citizen uploads on the attachments page. */
export interface AttachmentSpec {
  name: string;
  /** i18n key. */
  label: string;
  hint?: string;
  /** Defaults to true. */
  required?: boolean;
  when?: Condition;
  accept: readonly FileKind[];
  /** Per file. */
  maxBytes: number;
  /** Files allowed for this document (defaults to 1). */
  maxFiles?: number;
}

export interface Step {
  /** Used in the URL (…/passo/<id>): lower case letters, digits and "-". */
  id: string;
  /** i18n key of the page heading. */
  title: string;
  /** i18n key of a short paragraph under the heading. */
  intro?: string;
  /**
   * i18n key of the step's "in parole semplici" (issue 7 §2): one or two short sentences, second person,
   * saying what this page asks and why ("Ti chiediamo… Ci serve per…"). Required: every page of every
   * form has one (tests/unit/plain-language.test.ts checks both languages). A key of the server-side
   * "plainSteps" namespace (app/locales/plain-steps.{it,en}.ts), not of "forms".
   */
  plain: string;
  fields: readonly Field[];
  when?: Condition;
}

export interface FormDefinition {
  /** The service's slug in the catalogue. */
  slug: string;
  /**
   * Raised whenever a question changes meaning. Each application stores the version it was filled
   * with; submitted applications also keep their summary frozen as it was shown.
   */
  version: number;
  /** i18n key of the privacy notice's purpose paragraph (the rest of the notice is the comune's). */
  privacyPurpose: string;
  steps: readonly Step[];
  attachments: readonly AttachmentSpec[];
  /**
   * The legal term of the procedure (app/domain/application-workflow.ts), e.g. TARI_TQRIF_RULES for
   * TARI requests; defaults to DEFAULT_DEADLINE_RULE (30 calendar days, L. 241/1990 art. 2).
   */
  deadline?: DeadlineRule;
  /** i18n key of the sentence that says where the term comes from (shown to the citizen and staff). */
  deadlineSource?: string;
}

/** Raw answers exactly as typed, keyed by the input's name ("surface", "address.street", "occupants.0.name"). */
export type RawAnswers = Record<string, string | string[]>;
