/**
 * From a definition and the answers to what people read: the page's fields (labels, hints, values,
 * errors — all translated on the server, so the browser never loads the forms' texts) and the summary
 * used by the check-answers page, the receipt and the back office. Pure: the caller passes `t`.
 */
import { conditionFields, holds, isFieldActive } from "./conditions";
import {
  activeAttachments,
  activeSteps,
  type EngineContext,
  type ErrorCode,
  firstInput,
  groupCount,
  groupCountKey,
  inputNames,
  itemPrefix,
  type StepErrors,
  validateStep,
  type Value,
} from "./engine";
import type { ChoiceField, Condition, Field, FormDefinition, LeafField, RawAnswers, Step } from "./types";

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface PartView {
  name: string;
  id: string;
  label: string;
  value: string;
  error: string | null;
  autocomplete?: string;
  /** Bootstrap Italia column width (of 12) on wide screens. */
  width: number;
  inputMode?: "numeric" | "text";
}

export interface OptionView {
  value: string;
  label: string;
  hint: string | null;
}

export interface FieldView {
  type: LeafField["type"] | "group";
  name: string;
  id: string;
  label: string;
  hint: string | null;
  required: boolean;
  locked: boolean;
  error: string | null;
  value: string;
  values: string[];
  options: OptionView[];
  multiple: boolean;
  select: boolean;
  multiline: boolean;
  maxLength: number | null;
  inputMode: string | null;
  autocomplete: string | null;
  unit: string | null;
  parts: PartView[];
  items: { index: number; label: string; fields: FieldView[]; removable: boolean }[];
  canAdd: boolean;
  countName: string | null;
  count: number;
  /** For questions that depend on another answer of the same page: shown and hidden in the browser. */
  condition: Condition | null;
  /** "Answer if you chose …": read without JavaScript, when every conditional question is shown. */
  conditionText: string | null;
  /** Whether the question applies to the saved answers (the server's first rendering). */
  active: boolean;
}

export interface ErrorLink {
  href: string;
  text: string;
}

export const inputId = (name: string): string => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

const single = (v: string | string[] | undefined) => (v === undefined ? "" : Array.isArray(v) ? (v[0] ?? "") : v);
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : v ? [v] : []);

function errorText(t: Translate, code: ErrorCode | undefined, field: LeafField, label: string): string | null {
  if (!code) return null;
  if (code === "pattern" && field.type === "text" && field.pattern) return t(`forms:${field.pattern.error}`);
  const limits: Record<string, unknown> = { label };
  if (field.type === "text") limits.max = field.maxLength;
  if (field.type === "number") Object.assign(limits, { min: field.min, max: field.max, decimals: field.decimals ?? 0 });
  return t(`desk:form.errors.${code}`, limits);
}

const PART_LABELS: Record<string, string> = {
  street: "desk:form.address.street",
  number: "desk:form.address.number",
  postcode: "desk:form.address.postcode",
  town: "desk:form.address.town",
  foglio: "desk:form.cadastral.foglio",
  particella: "desk:form.cadastral.particella",
  subalterno: "desk:form.cadastral.subalterno",
  category: "desk:form.cadastral.category",
};
const PART_WIDTH: Record<string, number> = { street: 8, number: 4, postcode: 4, town: 8, foglio: 3, particella: 3, subalterno: 3, category: 3 };
const PART_AUTOCOMPLETE: Record<string, string> = { street: "address-line1", postcode: "postal-code", town: "address-level2" };

function leafView(field: LeafField, raw: RawAnswers, errors: StepErrors, t: Translate, prefix: string, siblings: readonly Field[]): FieldView {
  const sameStep = new Set(siblings.map((f) => f.name));
  const name = prefix + field.name;
  const label = t(`forms:${field.label}`);
  const composite = field.type === "address" || field.type === "cadastral";
  const parts: PartView[] = composite
    ? inputNames(field, prefix).map((input) => {
        const part = input.slice(name.length + 1);
        return {
          name: input,
          id: inputId(input),
          label: t(PART_LABELS[part] ?? part),
          value: single(raw[input]),
          error: errorText(t, errors[input], field, `${label} – ${t(PART_LABELS[part] ?? part)}`),
          autocomplete: field.type === "address" ? PART_AUTOCOMPLETE[part] : undefined,
          width: PART_WIDTH[part] ?? 6,
          inputMode: part === "postcode" || part === "foglio" || part === "subalterno" ? "numeric" : "text",
        };
      })
    : [];
  const dependsHere = field.when && conditionFields(field.when).some((f) => sameStep.has(f));
  const choice = field.type === "choice" ? (field as ChoiceField) : null;
  return {
    type: field.type,
    name,
    id: inputId(composite ? firstInput(field, prefix) : name),
    label,
    hint: field.hint ? t(`forms:${field.hint}`) : null,
    required: field.required !== false,
    locked: Boolean(field.prefill && field.locked),
    error: composite ? null : errorText(t, errors[name], field, label),
    value: single(raw[name]),
    values: list(raw[name]),
    options: choice
      ? choice.options.map((o) => ({ value: o.value, label: t(`forms:${o.label}`), hint: o.hint ? t(`forms:${o.hint}`) : null }))
      : field.type === "yesNo"
        ? [
            { value: "yes", label: t("desk:form.yes"), hint: null },
            { value: "no", label: t("desk:form.no"), hint: null },
          ]
        : [],
    multiple: Boolean(choice?.multiple),
    select: choice?.display === "select",
    multiline: field.type === "text" && Boolean(field.multiline),
    maxLength: field.type === "text" ? (field.maxLength ?? null) : null,
    inputMode: field.type === "text" ? (field.inputMode ?? null) : field.type === "number" ? (field.decimals ? "decimal" : "numeric") : null,
    autocomplete: field.autocomplete ?? defaultAutocomplete(field),
    unit: field.type === "number" && field.unit ? t(`forms:${field.unit}`) : null,
    parts,
    items: [],
    canAdd: false,
    countName: null,
    count: 0,
    condition: dependsHere ? (field.when ?? null) : null,
    conditionText: dependsHere && field.when ? conditionText(field.when, siblings, t) : null,
    active: holds(field.when, raw),
  };
}

function defaultAutocomplete(field: LeafField): string | null {
  if (field.type === "email") return "email";
  if (field.type === "phone") return "tel";
  if (field.prefill === "givenName") return "given-name";
  if (field.prefill === "familyName") return "family-name";
  if (field.prefill === "fullName") return "name";
  if (field.prefill === "dateOfBirth") return "bday";
  return null;
}

/** "Rispondi solo se hai scelto «Subentro»": names the answers the question depends on. */
function conditionText(condition: Condition, fields: readonly Field[], t: Translate): string {
  const answers = (c: Condition): string[] => {
    if ("all" in c) return c.all.flatMap(answers);
    const field = fields.find((f) => f.name === c.field);
    // A part of the condition about an earlier page is already settled: only this page's choices are named.
    if (!field) return [];
    const labelOf = (value: string) => {
      if (field?.type === "yesNo") return t(value === "yes" ? "desk:form.yes" : "desk:form.no");
      const option = field?.type === "choice" ? field.options.find((o) => o.value === value) : undefined;
      return option ? t(`forms:${option.label}`) : value;
    };
    if ("equals" in c) return [labelOf(c.equals)];
    if ("oneOf" in c) return [c.oneOf.map(labelOf).join(` ${t("desk:form.or")} `)];
    return [field ? t(`forms:${field.label}`) : c.field];
  };
  return t("desk:form.conditional", { answer: answers(condition).map((a) => `«${a}»`).join(", ") });
}

/** The page of one step: its fields with values and errors, and the error summary's links. */
export function stepView(step: Step, raw: RawAnswers, errors: StepErrors, t: Translate): { fields: FieldView[]; errorLinks: ErrorLink[] } {
  const fields: FieldView[] = step.fields.map((field) => {
    if (field.type !== "group") return leafView(field, raw, errors, t, "", step.fields);
    const n = groupCount(field, raw);
    const min = Math.max(field.min ?? 0, 1);
    const base = leafView({ type: "text", name: field.name, label: field.label, hint: field.hint, required: field.required, when: field.when }, raw, errors, t, "", step.fields);
    return {
      ...base,
      type: "group" as const,
      id: inputId(field.name),
      items: Array.from({ length: n }, (_, i) => ({
        index: i,
        label: t(`forms:${field.itemLabel}`, { n: i + 1 }),
        fields: field.fields.map((sub) => leafView(sub, raw, errors, t, itemPrefix(field, i), field.fields)),
        removable: n > min,
      })),
      canAdd: n < field.max,
      countName: groupCountKey(field),
      count: n,
    };
  });
  const errorLinks: ErrorLink[] = [];
  const collect = (f: FieldView) => {
    if (f.error) errorLinks.push({ href: `#${f.id}`, text: f.error });
    for (const p of f.parts) if (p.error) errorLinks.push({ href: `#${p.id}`, text: p.error });
    for (const item of f.items) item.fields.forEach(collect);
  };
  fields.forEach(collect);
  return { fields, errorLinks };
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface SummaryRow {
  label: string;
  value: string;
  /** The input a "Modifica" link focuses. */
  input: string;
}

export interface SummarySection {
  stepId: string;
  title: string;
  rows: SummaryRow[];
}

/** Dates read the same way in both languages of the desk (the English locale is en-GB). */
function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function formatValue(field: LeafField, value: Value | undefined, t: Translate, lang: string): string {
  if (value === undefined || value === null || value === "") return t("desk:form.notAnswered");
  switch (field.type) {
    case "number": {
      const text = new Intl.NumberFormat(lang === "en" ? "en-GB" : "it-IT", { maximumFractionDigits: field.decimals ?? 0, minimumFractionDigits: field.decimals ?? 0 }).format(value as number);
      return field.unit ? `${text} ${t(`forms:${field.unit}`)}` : text;
    }
    case "date":
      return formatDay(value as string);
    case "yesNo":
      return t(value ? "desk:form.yes" : "desk:form.no");
    case "choice": {
      const labels = ([] as string[]).concat(value as string | string[]).map((v) => {
        const option = field.options.find((o) => o.value === v);
        return option ? t(`forms:${option.label}`) : v;
      });
      return labels.join("\n");
    }
    case "address": {
      const a = value as { street: string; number: string; postcode: string; town: string };
      return field.inComune ? `${a.street} ${a.number}` : `${a.street} ${a.number}, ${a.postcode} ${a.town}`;
    }
    case "cadastral": {
      const c = value as { foglio: string; particella: string; subalterno: string; category: string };
      return [
        `${t("desk:form.cadastral.foglio")} ${c.foglio}`,
        `${t("desk:form.cadastral.particella")} ${c.particella}`,
        c.subalterno ? `${t("desk:form.cadastral.subalterno")} ${c.subalterno}` : null,
        c.category ? `${t("desk:form.cadastral.category")} ${c.category}` : null,
      ]
        .filter(Boolean)
        .join(", ");
    }
    default:
      return String(value);
  }
}

/**
 * The answers as people read them, step by step, only the questions that apply. Values are read
 * through the validation, so what the summary shows is what the office receives.
 */
export function summarize(def: FormDefinition, raw: RawAnswers, ctx: EngineContext, t: Translate, lang: string): SummarySection[] {
  return activeSteps(def, raw).map((step) => {
    const { values } = validateStep(def, step, raw, ctx);
    const rows: SummaryRow[] = [];
    for (const field of step.fields) {
      if (!isFieldActive(field, raw)) continue;
      if (field.type === "group") {
        const items = (values[field.name] as Record<string, Value>[] | undefined) ?? [];
        items.forEach((item, i) => {
          const lines = field.fields
            .filter((sub) => item[sub.name] !== undefined)
            .map((sub) => `${t(`forms:${sub.label}`)}: ${formatValue(sub, item[sub.name], t, lang)}`);
          rows.push({ label: t(`forms:${field.itemLabel}`, { n: i + 1 }), value: lines.join("\n"), input: firstInput(field.fields[0]!, itemPrefix(field, i)) });
        });
        if (!items.length) rows.push({ label: t(`forms:${field.label}`), value: t("desk:form.notAnswered"), input: groupCountKey(field) });
        continue;
      }
      rows.push({ label: t(`forms:${field.label}`), value: formatValue(field, values[field.name], t, lang), input: firstInput(field) });
    }
    return { stepId: step.id, title: t(`forms:${step.title}`), rows };
  });
}

/** The documents that apply, translated, for the attachments page and the summary. */
export function attachmentLabels(def: FormDefinition, raw: RawAnswers, t: Translate) {
  return activeAttachments(def, raw).map((a) => ({
    name: a.name,
    label: t(`forms:${a.label}`),
    hint: a.hint ? t(`forms:${a.hint}`) : null,
    required: a.required !== false,
    accept: a.accept,
    maxBytes: a.maxBytes,
    maxFiles: a.maxFiles ?? 1,
  }));
}

export type { Field };
