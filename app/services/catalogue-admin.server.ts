/**
 * The back office's editing of the service catalogue (issue 4 §7): staff change a service page's
 * texts in Italian and English, how the service is reached (online, booking only, information only),
 * whether it is active and the SPID level its login asks. Every save is checked against the version
 * the form was loaded with, so two people editing the same page never overwrite each other silently,
 * and every save (or refused stale save) is audited with the names of the fields, never their text.
 */
import { z } from "zod";
import { findTaxonomyBySlug, listTaxonomy } from "~/models/taxonomy.server";
import {
  findServiceForEdit,
  listServicesForAdmin,
  saveServiceTexts,
  type ServiceAdminRow,
  type ServiceSettingsRow,
  type ServiceTexts,
  updateServiceIfUnchanged,
} from "~/models/service.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";
import { type RequestMeta, record } from "./audit.server";

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** The languages the editor writes, Italian first (the desk's languages). */
export const EDIT_LANGUAGES = ["it", "en"] as const satisfies readonly Language[];
export type EditLanguage = (typeof EDIT_LANGUAGES)[number];

export type TextField = keyof ServiceTexts;

interface TextRule {
  field: TextField;
  /** Several lines (paragraphs and lists, see app/domain/text-blocks.ts) or one line. */
  multiline: boolean;
  /** Empty allowed. */
  optional?: boolean;
  max: number;
}

/**
 * The texts of a service page, in the order the public page shows them. Required (at least 3
 * characters): the title and summary; the five sections the national conformity checker reads
 * (../shared/design/modello-comuni.md, C.SI.1.3: audience, how_to, needed, outcome, deadlines);
 * audience_type, which the page's structured data must carry (R.SI.1.1); and description, cost,
 * access and conditions, because the public page always prints their headings and an empty one
 * would leave a citizen under a title with nothing to read; the "in parole semplici" box, which every
 * service page opens with (docs/plain-language.md). Only the search keywords may be empty.
 */
export const TEXT_RULES: readonly TextRule[] = [
  { field: "title", multiline: false, max: 150 },
  { field: "summary", multiline: true, max: 400 },
  // "In parole semplici" (issue 7 §2): required like the summary, and short, or it stops being plain.
  { field: "plain_summary", multiline: true, max: 600 },
  { field: "audience_type", multiline: false, max: 80 },
  { field: "audience", multiline: true, max: 10_000 },
  { field: "description", multiline: true, max: 10_000 },
  { field: "how_to", multiline: true, max: 10_000 },
  { field: "needed", multiline: true, max: 10_000 },
  { field: "outcome", multiline: true, max: 10_000 },
  { field: "deadlines", multiline: true, max: 10_000 },
  { field: "cost", multiline: true, max: 10_000 },
  { field: "access", multiline: true, max: 10_000 },
  { field: "conditions", multiline: true, max: 20_000 },
  { field: "keywords", multiline: false, optional: true, max: 500 },
];

export const MIN_TEXT = 3;

/** How a citizen reaches a service: the three choices of the editor. */
export const ACCESS_MODES = ["online", "booking", "information"] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** Where the online button of an online service points. */
export type OnlineTarget = "desk" | "external";

/**
 * Services whose online part is a page of the desk rather than a form: paying TARI or IMU is done from
 * the tax position, paying a traffic fine from the fine lookup.
 */
export const DESK_PAGES: Readonly<Record<string, string>> = {
  "tari-pagamento": "/area-personale/tributi",
  "imu-pagamento": "/area-personale/tributi",
  "multe-pagamento": "/multe",
};

/** Where the desk serves a service online: its page (DESK_PAGES) or its own form (app/forms: one definition per service slug). */
export function deskFormPath(slug: string): string {
  return Object.hasOwn(DESK_PAGES, slug) ? DESK_PAGES[slug]! : `/area-personale/domande/nuova/${slug}`;
}

export function accessModeOf(row: { online_url: string | null; bookable: number }): AccessMode {
  if (row.online_url) return "online";
  return row.bookable ? "booking" : "information";
}

/** The id (and form field name) of one text in one language, e.g. "it-how_to". */
export function textFieldId(lang: EditLanguage, field: TextField): string {
  return `${lang}-${field}`;
}

/** What the edit form carries, as strings and booleans, exactly as typed. */
export interface ServiceEditValues {
  texts: Record<EditLanguage, Record<TextField, string>>;
  mode: AccessMode | "";
  onlineTarget: OnlineTarget | "";
  externalUrl: string;
  /** The "can also be booked" checkbox of an online service. */
  bookable: boolean;
  active: boolean;
  spidLevel: string;
  /** The version (service.updated_at) the form was loaded with. */
  updatedAt: string;
}

/** Field id → error code (the page turns a code into a message naming the field). */
export type EditErrors = Record<string, string>;

function emptyTexts(): Record<TextField, string> {
  return Object.fromEntries(TEXT_RULES.map((r) => [r.field, ""])) as Record<TextField, string>;
}

/** The form's values for a service as stored. */
export function valuesOf(service: ServiceSettingsRow, texts: Record<string, ServiceTexts>): ServiceEditValues {
  const mode = accessModeOf(service);
  const desk = service.online_url === deskFormPath(service.slug);
  return {
    texts: Object.fromEntries(EDIT_LANGUAGES.map((lang) => [lang, { ...emptyTexts(), ...texts[lang] }])) as ServiceEditValues["texts"],
    mode,
    onlineTarget: mode === "online" ? (desk ? "desk" : "external") : "",
    externalUrl: mode === "online" && !desk ? (service.online_url ?? "") : "",
    bookable: service.bookable === 1,
    active: service.active === 1,
    spidLevel: String(service.spid_level),
    updatedAt: service.updated_at,
  };
}

/**
 * Browsers send a textarea's line breaks as CRLF; the catalogue stores LF (text-blocks splits on
 * it), so a page saved without edits compares equal to what is stored.
 */
export function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

/** The edit form's fields read from a submission (anything missing reads as empty). */
export function readEditForm(form: { get(name: string): FormDataEntryValue | null }): ServiceEditValues {
  const str = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const texts = Object.fromEntries(
    EDIT_LANGUAGES.map((lang) => [lang, Object.fromEntries(TEXT_RULES.map((r) => [r.field, normalizeText(str(textFieldId(lang, r.field)))]))]),
  ) as ServiceEditValues["texts"];
  const mode = str("mode");
  const target = str("onlineTarget");
  return {
    texts,
    mode: (ACCESS_MODES as readonly string[]).includes(mode) ? (mode as AccessMode) : "",
    onlineTarget: target === "desk" || target === "external" ? target : "",
    externalUrl: str("externalUrl").trim(),
    bookable: str("bookable") === "1",
    active: str("active") !== "0",
    spidLevel: str("spidLevel"),
    updatedAt: str("updatedAt"),
  };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** The stored columns an accepted form sets. */
export interface ServiceSettings {
  active: number;
  online_url: string | null;
  bookable: number;
  spid_level: number;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // A host with a dot: "https://ufficio" is a typo, not a public address a citizen can reach.
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const textSchema = (rule: TextRule) => {
  const base = z.string().max(rule.max, "tooLong");
  return rule.optional ? base : base.min(MIN_TEXT, "tooShort");
};

const languageSchema = z.object(Object.fromEntries(TEXT_RULES.map((r) => [r.field, textSchema(r)])) as Record<TextField, z.ZodString>);

const editSchema = (hasDeskForm: boolean) =>
  z
    .object({
      texts: z.object({ it: languageSchema, en: languageSchema }),
      mode: z.enum(ACCESS_MODES, { errorMap: () => ({ message: "modeRequired" }) }),
      onlineTarget: z.string(),
      externalUrl: z.string().max(500, "urlTooLong"),
      bookable: z.boolean(),
      active: z.boolean(),
      spidLevel: z.enum(["1", "2", "3"], { errorMap: () => ({ message: "spidLevel" }) }),
      updatedAt: z.string().min(1, "version"),
    })
    .superRefine((v, ctx) => {
      if (v.mode !== "online") return;
      if (v.onlineTarget === "desk") {
        if (!hasDeskForm) ctx.addIssue({ code: "custom", path: ["onlineTarget"], message: "noDeskForm" });
      } else if (v.onlineTarget === "external") {
        if (!v.externalUrl) ctx.addIssue({ code: "custom", path: ["externalUrl"], message: "urlRequired" });
        else if (!isHttpsUrl(v.externalUrl)) ctx.addIssue({ code: "custom", path: ["externalUrl"], message: "urlHttps" });
      } else {
        ctx.addIssue({ code: "custom", path: ["onlineTarget"], message: "targetRequired" });
      }
    });

/** Where the error of a schema path is shown: the id of the form field. */
function fieldIdOf(path: (string | number)[]): string {
  if (path[0] === "texts" && (path[1] === "it" || path[1] === "en")) return textFieldId(path[1], path[2] as TextField);
  if (path[0] === "updatedAt") return "conflict";
  return String(path[0]);
}

/**
 * Checks a submitted form. `hasDeskForm`: whether the desk has a form definition for this service,
 * the only case where the online button may point at the desk's own form.
 */
export function validateServiceEdit(
  slug: string,
  values: ServiceEditValues,
  hasDeskForm: boolean,
): { ok: true; texts: Record<EditLanguage, ServiceTexts>; settings: ServiceSettings } | { ok: false; errors: EditErrors } {
  const parsed = editSchema(hasDeskForm).safeParse(values);
  if (!parsed.success) {
    const errors: EditErrors = {};
    for (const issue of parsed.error.issues) {
      const id = fieldIdOf(issue.path);
      // One message per field: the summary links one message to one field.
      errors[id] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const online_url = v.mode !== "online" ? null : v.onlineTarget === "desk" ? deskFormPath(slug) : v.externalUrl;
  const bookable = v.mode === "booking" || (v.mode === "online" && v.bookable) ? 1 : 0;
  return {
    ok: true,
    texts: v.texts,
    settings: { active: v.active ? 1 : 0, online_url, bookable, spid_level: Number(v.spidLevel) },
  };
}

/** The names of what differs between the stored service and an accepted form, e.g. ["it.how_to", "bookable"]. */
export function changedFields(
  stored: { service: ServiceSettingsRow; texts: Record<string, ServiceTexts> },
  texts: Record<EditLanguage, ServiceTexts>,
  settings: ServiceSettings,
): string[] {
  const changed: string[] = [];
  for (const lang of EDIT_LANGUAGES) {
    const before = stored.texts[lang];
    for (const { field } of TEXT_RULES) if (!before || before[field] !== texts[lang][field]) changed.push(`${lang}.${field}`);
  }
  for (const key of ["online_url", "bookable", "active", "spid_level"] as const) {
    if (stored.service[key] !== settings[key]) changed.push(key);
  }
  return changed;
}

// ---------------------------------------------------------------------------------------------
// Use cases
// ---------------------------------------------------------------------------------------------

function inTransaction<T>(db: DbOrTrx, fn: (trx: DbOrTrx) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

export interface CatalogueFilter {
  categorySlug?: string;
  mode?: AccessMode;
}

export interface CatalogueListItem extends ServiceAdminRow {
  mode: AccessMode;
  /** For online services: whether the button points at the desk's own form. */
  deskForm: boolean;
}

/** The back-office list: every service (active or not), filtered by category and access mode. */
export async function listCatalogueForAdmin(db: Db, lang: Language, filter: CatalogueFilter = {}) {
  const categories = await listTaxonomy(db, "category", lang);
  const category = filter.categorySlug ? await findTaxonomyBySlug(db, "category", filter.categorySlug, lang) : undefined;
  const rows = filter.categorySlug && !category ? [] : await listServicesForAdmin(db, lang, { categoryId: category?.id });
  const services: CatalogueListItem[] = rows
    .map((r) => ({ ...r, mode: accessModeOf(r), deskForm: r.online_url === deskFormPath(r.slug) }))
    .filter((r) => !filter.mode || r.mode === filter.mode);
  return { services, categories: categories.map((c) => ({ slug: c.slug, name: c.name })) };
}

/** A service as the editor opens it: its values as stored, plus what the page shows around the form. */
export async function getServiceEditor(db: Db, slug: string, lang: Language) {
  const found = await findServiceForEdit(db, slug);
  if (!found) return undefined;
  const [row] = (await listServicesForAdmin(db, lang)).filter((r) => r.id === found.service.id);
  return {
    id: found.service.id,
    slug: found.service.slug,
    title: row?.title ?? found.service.slug,
    categoryName: row?.categoryName ?? "",
    officeName: row?.officeName ?? "",
    onlineUrl: found.service.online_url,
    values: valuesOf(found.service, found.texts),
  };
}

export interface EditActor {
  staffId: number;
}

export type SaveServiceResult =
  | { ok: true; changed: string[] }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "invalid"; errors: EditErrors }
  /**
   * Someone saved the service after this form was loaded: nothing was written. `current` is the
   * version now stored, `differing` the fields where the typed values differ from it.
   */
  | { ok: false; reason: "stale"; current: ServiceEditValues; differing: string[] };

/**
 * Saves the edit form of one service, if the form was loaded from the version still stored. A form
 * that changes nothing writes nothing (no new "last update" date for the citizen to wonder about).
 */
export async function saveServiceEdit(
  db: Db,
  input: { slug: string; values: ServiceEditValues; hasDeskForm: boolean },
  actor: EditActor,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SaveServiceResult> {
  const checked = validateServiceEdit(input.slug, input.values, input.hasDeskForm);
  if (!checked.ok) {
    if (!(await findServiceForEdit(db, input.slug))) return { ok: false, reason: "not_found" };
    return { ok: false, reason: "invalid", errors: checked.errors };
  }
  const { texts, settings } = checked;

  return inTransaction(db, async (trx) => {
    const stored = await findServiceForEdit(trx, input.slug);
    if (!stored) return { ok: false as const, reason: "not_found" as const };
    const stale = async (): Promise<SaveServiceResult> => {
      const latest = (await findServiceForEdit(trx, input.slug)) ?? stored;
      const current = valuesOf(latest.service, latest.texts);
      await record(trx, {
        event: "catalogue.service.updated",
        outcome: "failure",
        actor: { kind: "staff", id: actor.staffId },
        target: { kind: "service", id: stored.service.id },
        details: { slug: input.slug, reason: "stale", loadedVersion: input.values.updatedAt, currentVersion: current.updatedAt },
        meta,
        at: now,
      });
      return { ok: false, reason: "stale", current, differing: changedFields(latest, texts, settings) };
    };
    if (stored.service.updated_at !== input.values.updatedAt) return stale();

    const changed = changedFields(stored, texts, settings);
    if (changed.length === 0) return { ok: true as const, changed };

    // The new version must sort after the old one even if the clock stood still or went back.
    const previous = Date.parse(stored.service.updated_at);
    const stamp = new Date(Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1)).toISOString();
    const written = await updateServiceIfUnchanged(trx, stored.service.id, input.values.updatedAt, { ...settings, updated_at: stamp });
    // Another save committed between our read and our write (PostgreSQL re-checks the WHERE after the lock).
    if (!written) return stale();
    for (const lang of EDIT_LANGUAGES) {
      if (changed.some((c) => c.startsWith(`${lang}.`))) await saveServiceTexts(trx, stored.service.id, lang, texts[lang]);
    }
    await record(trx, {
      event: "catalogue.service.updated",
      outcome: "success",
      actor: { kind: "staff", id: actor.staffId },
      target: { kind: "service", id: stored.service.id },
      details: { slug: input.slug, changed },
      meta,
      at: now,
    });
    return { ok: true as const, changed };
  });
}
