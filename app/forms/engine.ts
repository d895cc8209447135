/**
 * The form engine: reads, validates and normalises the answers of any service's form from its
 * definition (app/forms/types.ts). Pure (no I/O, no React), used on the server only (it carries zod).
 *
 * Answers are kept RAW, as typed, keyed by input name (RawAnswers): that is what is saved at every
 * step, re-shown on return and never lost on an error. Validation turns the raw answers of the
 * questions that apply into normalised values, or into error codes per input name.
 */
import { z } from "zod";
import { parseDayInput } from "~/domain/dates";
import { normalizeCodiceFiscale, validateCodiceFiscale } from "~/domain/codice-fiscale";
import { addCalendarDays } from "~/domain/working-days";
import { holds, isFieldActive, isStepActive } from "./conditions";
import type {
  AddressField,
  CadastralField,
  Field,
  FormDefinition,
  GroupField,
  LeafField,
  Prefill,
  RawAnswers,
  Step,
} from "./types";

/** An error code of the "desk:form.errors" namespace; the view adds the field's label and limits. */
export type ErrorCode =
  | "required"
  | "tooLong"
  | "pattern"
  | "email"
  | "phone"
  | "number"
  | "decimals"
  | "min"
  | "max"
  | "date"
  | "dateMin"
  | "dateMax"
  | "choice"
  | "fiscalCode"
  | "iban"
  | "ibanItalian"
  | "postcode"
  | "foglio"
  | "particella"
  | "subalterno"
  | "category"
  | "groupMin";

export type StepErrors = Record<string, ErrorCode>;

/** What the desk knows about the applicant, to prefill (and lock) identity questions. */
export interface Identity {
  givenName: string;
  familyName: string;
  fiscalCode: string;
  email: string | null;
  dateOfBirth: string | null;
}

export interface EngineContext {
  /** Today in Italy, YYYY-MM-DD (relative date limits). */
  today: string;
}

/** A normalised answer. */
export type Value =
  | string
  | number
  | boolean
  | string[]
  | { street: string; number: string; postcode: string; town: string }
  | { foglio: string; particella: string; subalterno: string; category: string }
  | Record<string, Value>[];

const MAX_TEXT = 2000;
const MAX_LINE = 200;

// ---------------------------------------------------------------------------------------------
// Names

/** The input names a field owns (composite fields have several inputs). */
export function inputNames(field: LeafField, prefix = ""): string[] {
  const base = prefix + field.name;
  switch (field.type) {
    case "address":
      return field.inComune ? [`${base}.street`, `${base}.number`] : [`${base}.street`, `${base}.number`, `${base}.postcode`, `${base}.town`];
    case "cadastral":
      return [`${base}.foglio`, `${base}.particella`, `${base}.subalterno`, ...(field.withCategory ? [`${base}.category`] : [])];
    default:
      return [base];
  }
}

/** The first input of a field: where an error summary link sends the focus. */
export const firstInput = (field: LeafField, prefix = ""): string => inputNames(field, prefix)[0] ?? prefix + field.name;

export const groupCountKey = (group: GroupField): string => `${group.name}._count`;

/** How many items a group shows: what was saved, at least `min` (and 1), at most `max`. */
export function groupCount(group: GroupField, raw: RawAnswers): number {
  const saved = Number(single(raw[groupCountKey(group)]));
  const min = Math.max(group.min ?? 0, 1);
  return Math.min(group.max, Math.max(min, Number.isInteger(saved) ? saved : 0));
}

export const itemPrefix = (group: GroupField, index: number): string => `${group.name}.${index}.`;

function single(value: string | string[] | undefined): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? (value[0] ?? "") : value;
}

// ---------------------------------------------------------------------------------------------
// Reading a step's answers from a submitted form

/** Every input name a step owns, given the current answers (groups expand to their items). */
export function stepInputNames(step: Step, raw: RawAnswers): string[] {
  return step.fields.flatMap((field) => {
    if (field.type !== "group") return inputNames(field);
    const n = groupCount(field, raw);
    return [groupCountKey(field), ...Array.from({ length: n }, (_, i) => field.fields.flatMap((f) => inputNames(f, itemPrefix(field, i))))].flat();
  });
}

function isMultiple(field: Field): boolean {
  return field.type === "choice" && field.multiple === true;
}

/**
 * The step's raw answers as posted, replacing what the draft had for that step (a checkbox left
 * unticked posts nothing, so it becomes an empty list). Values are kept exactly as typed except that
 * over-long ones are cut (a page never holds more than a form can show).
 */
export function readStep(step: Step, form: FormData, current: RawAnswers): RawAnswers {
  const posted: RawAnswers = {};
  const count = (g: GroupField) => {
    const n = Number(form.get(groupCountKey(g)));
    return Number.isInteger(n) && n >= 1 ? Math.min(n, g.max) : groupCount(g, current);
  };
  const take = (name: string, multiple: boolean) => {
    const all = form.getAll(name).filter((v): v is string => typeof v === "string").map((v) => v.slice(0, MAX_TEXT));
    posted[name] = multiple ? all : (all[0] ?? "");
  };
  for (const field of step.fields) {
    if (field.type === "group") {
      const n = count(field);
      posted[groupCountKey(field)] = String(n);
      for (let i = 0; i < n; i++) for (const sub of field.fields) for (const name of inputNames(sub, itemPrefix(field, i))) take(name, isMultiple(sub));
    } else {
      for (const name of inputNames(field)) take(name, isMultiple(field));
    }
  }
  return posted;
}

/** Replaces a step's answers in the draft and forgets the answers of questions that no longer apply. */
export function mergeStep(def: FormDefinition, step: Step, current: RawAnswers, posted: RawAnswers): RawAnswers {
  const groupPrefixes = step.fields.filter((f): f is GroupField => f.type === "group").map((g) => `${g.name}.`);
  const kept = Object.fromEntries(
    Object.entries(current).filter(([k]) => !(k in posted) && !groupPrefixes.some((p) => k.startsWith(p))),
  );
  return prune(def, { ...kept, ...posted });
}

/** Drops answers of steps and questions whose condition no longer holds (a changed choice must not leave stale data). */
export function prune(def: FormDefinition, raw: RawAnswers): RawAnswers {
  const out: RawAnswers = { ...raw };
  for (const step of def.steps) {
    const stepOn = isStepActive(step, raw);
    for (const field of step.fields) {
      if (stepOn && isFieldActive(field, raw)) continue;
      const prefix = field.type === "group" ? `${field.name}.` : null;
      for (const key of Object.keys(out)) {
        if (prefix ? key.startsWith(prefix) : key === field.name || key.startsWith(`${field.name}.`)) delete out[key];
      }
    }
  }
  return out;
}

/** Sets a group's item count (the "add another" and "remove" buttons), moving later items up on removal. */
export function resizeGroup(group: GroupField, raw: RawAnswers, change: { add: true } | { remove: number }): RawAnswers {
  const n = groupCount(group, raw);
  const out: RawAnswers = { ...raw };
  if ("add" in change) {
    out[groupCountKey(group)] = String(Math.min(group.max, n + 1));
    return out;
  }
  const at = change.remove;
  if (!Number.isInteger(at) || at < 0 || at >= n || n <= Math.max(group.min ?? 0, 1)) return out;
  for (let i = at; i < n; i++) {
    for (const sub of group.fields) {
      const from = inputNames(sub, itemPrefix(group, i + 1));
      inputNames(sub, itemPrefix(group, i)).forEach((name, j) => {
        const next = from[j];
        const value = i + 1 < n && next !== undefined ? raw[next] : undefined;
        if (value === undefined) delete out[name];
        else out[name] = value;
      });
    }
  }
  out[groupCountKey(group)] = String(n - 1);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Prefill

export function prefillValue(prefill: Prefill, identity: Identity): string {
  switch (prefill) {
    case "givenName":
      return identity.givenName;
    case "familyName":
      return identity.familyName;
    case "fullName":
      return `${identity.givenName} ${identity.familyName}`.trim();
    case "fiscalCode":
      return identity.fiscalCode;
    case "email":
      return identity.email ?? "";
    case "dateOfBirth":
      return identity.dateOfBirth ? identity.dateOfBirth.split("-").reverse().join("/") : "";
  }
}

/** The answers a new application starts with: what the identity already says (WCAG 3.3.7). */
export function initialAnswers(def: FormDefinition, identity: Identity): RawAnswers {
  const raw: RawAnswers = {};
  for (const step of def.steps) for (const field of step.fields) if (field.type !== "group" && field.prefill) raw[field.name] = prefillValue(field.prefill, identity);
  return raw;
}

/** Field types whose answer is one input of plain text, the only ones a link may prefill. */
const LINKABLE = new Set(["text", "date", "number", "email", "phone", "codiceFiscale", "iban"]);

/**
 * The answers a link carries for a new application (`?prefill[fineNumber]=…`): only for the top-level
 * fields the definition marks `fromLink` (never an identity field, never a choice), trimmed and cut to
 * the field's length. They are answers like any typed one: checked at their step, changeable.
 */
export function linkPrefill(def: FormDefinition, params: URLSearchParams): RawAnswers {
  const out: RawAnswers = {};
  for (const step of def.steps) {
    for (const field of step.fields) {
      if (field.type === "group" || !field.fromLink || field.prefill || !LINKABLE.has(field.type)) continue;
      const value = params.get(`prefill[${field.name}]`)?.trim();
      if (!value) continue;
      const max = field.type === "text" ? (field.maxLength ?? MAX_LINE) : MAX_LINE;
      out[field.name] = value.slice(0, max);
    }
  }
  return out;
}

/** Locked identity answers are always the identity's, whatever was posted. */
export function applyLocks(def: FormDefinition, raw: RawAnswers, identity: Identity): RawAnswers {
  const out = { ...raw };
  for (const step of def.steps) for (const field of step.fields) if (field.type !== "group" && field.prefill && field.locked) out[field.name] = prefillValue(field.prefill, identity);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing one value

type Parsed<T> = { ok: true; value: T } | { ok: false; error: ErrorCode; input?: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: ErrorCode, input?: string): Parsed<never> => ({ ok: false, error, input });

/** Italians type "1.234,50", "1234,5" or "1234.5": all are read as they mean. */
export function parseItalianNumber(text: string, decimals: number): number | null {
  const s = text.replace(/[\s\u00a0'€]/g, "");
  if (s === "") return null;
  let normalised: string;
  if (s.includes(",") && s.includes(".")) normalised = s.replace(/\./g, "").replace(",", ".");
  else if (s.includes(",")) normalised = s.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s) && decimals === 0) normalised = s.replace(/\./g, "");
  else normalised = s;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

function resolveDay(limit: string, today: string): string {
  if (limit === "today") return today;
  if (/^[+-]\d+$/.test(limit)) return addCalendarDays(today, Number(limit));
  return limit;
}

const EMAIL = z.string().email();
const PHONE = /^\+?[0-9][0-9 .\-/]{5,19}$/;
const POSTCODE = /^\d{5}$/;
const CATEGORY = /^(A\/(10|11|[1-9])|B\/[1-8]|C\/[1-7]|D\/(10|[1-9])|E\/[1-9]|F\/[1-6])$/;

/** ISO 13616 check (mod 97) on an IBAN without spaces, upper case. */
export function validIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

export function normaliseCategory(text: string): string {
  const m = /^([A-Fa-f])\s*\/?\s*(\d{1,2})$/.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()}/${Number(m[2])}` : text.trim().toUpperCase();
}

function parseLeaf(field: LeafField, raw: RawAnswers, prefix: string, ctx: EngineContext): Parsed<Value | null> {
  const name = prefix + field.name;
  const text = single(raw[name]).trim();
  const required = field.required !== false;
  const empty = () => (required ? fail("required") : ok(null));

  switch (field.type) {
    case "text": {
      if (!text) return empty();
      const max = field.maxLength ?? (field.multiline ? MAX_TEXT : MAX_LINE);
      if (text.length > max) return fail("tooLong");
      if (field.pattern && !new RegExp(field.pattern.source).test(text)) return fail("pattern");
      return ok(text);
    }
    case "email":
      if (!text) return empty();
      return EMAIL.safeParse(text).success ? ok(text) : fail("email");
    case "phone":
      if (!text) return empty();
      return PHONE.test(text) ? ok(text.replace(/[ .\-/]/g, "")) : fail("phone");
    case "number": {
      if (!text) return empty();
      const decimals = field.decimals ?? 0;
      const n = parseItalianNumber(text, decimals);
      if (n === null) return fail("number");
      const scaled = n * 10 ** decimals;
      // Tolerance: 5,10 × 100 is 509.99999… in binary floating point.
      if (Math.abs(scaled - Math.round(scaled)) > 1e-6) return fail("decimals");
      if (field.min !== undefined && n < field.min) return fail("min");
      if (field.max !== undefined && n > field.max) return fail("max");
      return ok(n);
    }
    case "date": {
      if (!text) return empty();
      const day = parseDayInput(text);
      if (!day) return fail("date");
      if (field.min && day < resolveDay(field.min, ctx.today)) return fail("dateMin");
      if (field.max && day > resolveDay(field.max, ctx.today)) return fail("dateMax");
      return ok(day);
    }
    case "choice": {
      const values = (Array.isArray(raw[name]) ? (raw[name] as string[]) : text ? [text] : []).map((v) => v.trim()).filter(Boolean);
      if (values.length === 0) return empty();
      const allowed = new Set(field.options.map((o) => o.value));
      if (!values.every((v) => allowed.has(v))) return fail("choice");
      if (field.multiple) return ok([...new Set(values)]);
      return values.length === 1 ? ok(values[0]!) : fail("choice");
    }
    case "yesNo":
      if (!text) return empty();
      return text === "yes" ? ok(true) : text === "no" ? ok(false) : fail("choice");
    case "codiceFiscale": {
      if (!text) return empty();
      const result = validateCodiceFiscale(normalizeCodiceFiscale(text));
      return result.ok ? ok(result.value) : fail("fiscalCode");
    }
    case "iban": {
      if (!text) return empty();
      const iban = text.replace(/[\s-]/g, "").toUpperCase();
      if (!validIban(iban)) return fail("iban");
      if (field.italianOnly && !(iban.startsWith("IT") && iban.length === 27)) return fail("ibanItalian");
      return ok(iban);
    }
    case "address":
      return parseAddress(field, raw, name, required);
    case "cadastral":
      return parseCadastral(field, raw, name, required);
  }
}

function parseAddress(field: AddressField, raw: RawAnswers, name: string, required: boolean): Parsed<Value | null> {
  const part = (p: string) => single(raw[`${name}.${p}`]).trim();
  const [street, number, postcode, town] = [part("street"), part("number"), part("postcode"), part("town")];
  const anything = street || number || (!field.inComune && (postcode || town));
  if (!anything) return required ? fail("required", `${name}.street`) : ok(null);
  if (!street) return fail("required", `${name}.street`);
  if (street.length > MAX_LINE) return fail("tooLong", `${name}.street`);
  if (!number) return fail("required", `${name}.number`);
  if (number.length > 20) return fail("tooLong", `${name}.number`);
  if (field.inComune) return ok({ street, number, postcode: "", town: "" });
  if (!POSTCODE.test(postcode)) return fail("postcode", `${name}.postcode`);
  if (!town) return fail("required", `${name}.town`);
  if (town.length > 100) return fail("tooLong", `${name}.town`);
  return ok({ street, number, postcode, town });
}

function parseCadastral(field: CadastralField, raw: RawAnswers, name: string, required: boolean): Parsed<Value | null> {
  const part = (p: string) => single(raw[`${name}.${p}`]).trim();
  const [foglio, particella, subalterno, categoryText] = [part("foglio"), part("particella"), part("subalterno"), part("category")];
  if (!foglio && !particella && !subalterno && !categoryText) return required ? fail("required", `${name}.foglio`) : ok(null);
  if (!/^\d{1,4}$/.test(foglio)) return fail("foglio", `${name}.foglio`);
  if (!/^[0-9A-Za-z]{1,5}$/.test(particella)) return fail("particella", `${name}.particella`);
  if (subalterno && !/^\d{1,4}$/.test(subalterno)) return fail("subalterno", `${name}.subalterno`);
  let category = "";
  if (field.withCategory) {
    category = normaliseCategory(categoryText);
    if (!category) return fail("required", `${name}.category`);
    if (!CATEGORY.test(category)) return fail("category", `${name}.category`);
  }
  return ok({ foglio, particella: particella.toUpperCase(), subalterno, category });
}

// ---------------------------------------------------------------------------------------------
// Steps and the whole form

export interface StepResult {
  values: Record<string, Value>;
  errors: StepErrors;
}

/**
 * The zod schema of one step, built from the definition and the answers so far (conditions decide
 * which questions are in it). It reads RawAnswers and yields the normalised values; its issues carry
 * the error code as message and the input name as path, so that the page can link to the input.
 */
export function stepSchema(step: Step, raw: RawAnswers, ctx: EngineContext) {
  return z.record(z.union([z.string(), z.array(z.string())])).transform((answers, zc) => {
    const values: Record<string, Value> = {};
    const issue = (input: string, code: ErrorCode) => zc.addIssue({ code: z.ZodIssueCode.custom, path: [input], message: code });
    if (!isStepActive(step, answers)) return values;
    for (const field of step.fields) {
      if (!isFieldActive(field, answers)) continue;
      if (field.type === "group") {
        const items = groupItems(field, answers, ctx, issue);
        if (items.length) values[field.name] = items;
        continue;
      }
      const parsed = parseLeaf(field, answers, "", ctx);
      if (!parsed.ok) issue(parsed.input ?? firstInput(field), parsed.error);
      else if (parsed.value !== null) values[field.name] = parsed.value;
    }
    return values;
  });
}

function groupItems(field: GroupField, raw: RawAnswers, ctx: EngineContext, issue: (input: string, code: ErrorCode) => void) {
  const n = groupCount(field, raw);
  const items: Record<string, Value>[] = [];
  for (let i = 0; i < n; i++) {
    const prefix = itemPrefix(field, i);
    const blank = field.fields.every((f) => inputNames(f, prefix).every((k) => ([] as string[]).concat(raw[k] ?? []).every((v) => v.trim() === "")));
    // An empty extra item is simply ignored, unless the group needs it to reach its minimum.
    if (blank && i >= (field.min ?? 0)) continue;
    const item: Record<string, Value> = {};
    const scoped = itemRaw(raw, prefix);
    for (const sub of field.fields) {
      if (!holds(sub.when, scoped)) continue;
      const parsed = parseLeaf(sub, raw, prefix, ctx);
      if (!parsed.ok) issue(parsed.input ?? firstInput(sub, prefix), parsed.error);
      else if (parsed.value !== null) item[sub.name] = parsed.value;
    }
    items.push(item);
  }
  const minimum = field.min ?? (field.required !== false ? 1 : 0);
  if (items.length < minimum) issue(firstInput(field.fields[0]!, itemPrefix(field, 0)), items.length === 0 ? "required" : "groupMin");
  return items;
}

/** Validates the questions of one step that apply, given every answer so far. */
export function validateStep(_def: FormDefinition, step: Step, raw: RawAnswers, ctx: EngineContext): StepResult {
  const result = stepSchema(step, raw, ctx).safeParse(raw);
  if (result.success) return { values: result.data, errors: {} };
  const errors: StepErrors = {};
  for (const issue of result.error.issues) {
    const input = String(issue.path[0] ?? "");
    errors[input] ??= issue.message as ErrorCode;
  }
  return { values: {}, errors };
}

/** A group item's answers with the item prefix removed, so conditions inside a group read their siblings. */
function itemRaw(raw: RawAnswers, prefix: string): RawAnswers {
  const out: RawAnswers = { ...raw };
  for (const [k, v] of Object.entries(raw)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

export const activeSteps = (def: FormDefinition, raw: RawAnswers): Step[] => def.steps.filter((s) => isStepActive(s, raw));

export function findStep(def: FormDefinition, id: string): Step | undefined {
  return def.steps.find((s) => s.id === id);
}

/** The step after `id` that applies, or null after the last. */
export function nextStep(def: FormDefinition, id: string, raw: RawAnswers): Step | null {
  const steps = activeSteps(def, raw);
  const at = steps.findIndex((s) => s.id === id);
  return steps[at + 1] ?? null;
}

export function previousStep(def: FormDefinition, id: string, raw: RawAnswers): Step | null {
  const steps = activeSteps(def, raw);
  const at = steps.findIndex((s) => s.id === id);
  return at > 0 ? (steps[at - 1] ?? null) : null;
}

export type FormCheck =
  | { ok: true; values: Record<string, Value> }
  | { ok: false; step: Step; errors: StepErrors };

/** Every step that applies, in order: the first with errors, or all the normalised values. */
export function validateForm(def: FormDefinition, raw: RawAnswers, ctx: EngineContext): FormCheck {
  const values: Record<string, Value> = {};
  for (const step of activeSteps(def, raw)) {
    const result = validateStep(def, step, raw, ctx);
    if (Object.keys(result.errors).length) return { ok: false, step, errors: result.errors };
    Object.assign(values, result.values);
  }
  return { ok: true, values };
}

/** Which attachment documents apply to the current answers. */
export const activeAttachments = (def: FormDefinition, raw: RawAnswers) => def.attachments.filter((a) => isFieldActive(a, raw));
