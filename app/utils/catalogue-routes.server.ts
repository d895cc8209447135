/**
 * The back office's catalogue pages (/gestione/servizi…): each handler checks who is asking, parses
 * the request, calls one use case of app/services/catalogue-admin.server.ts (which audits) and maps
 * the result to a response.
 *
 * A form with errors answers 400 (a stale save 409) with the typed values; as on the staff pages
 * (app/utils/staff-routes.server.ts), a script-less submission leaves a mark in the per-request load
 * context so that the loader rendering the same document puts "Errore: " before the title.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { findForm } from "~/forms/registry";
import {
  ACCESS_MODES,
  type AccessMode,
  DESK_PAGES,
  deskFormPath,
  type EditErrors,
  getServiceEditor,
  listCatalogueForAdmin,
  readEditForm,
  saveServiceEdit,
  type ServiceEditValues,
} from "~/services/catalogue-admin.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { env } from "./env.server";
import { formatDate } from "./format";
import { getFixedT } from "./i18next.server";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const PERMISSION = "catalogue.edit";
const LIST = "/gestione/servizi";

/** The access modes as the list's filter writes them in the URL (Italian, like every URL here). */
export const MODE_PARAM: Record<AccessMode, string> = { online: "online", booking: "prenotazione", information: "informazioni" };

function modeFromParam(value: string | null): AccessMode | undefined {
  return ACCESS_MODES.find((m) => MODE_PARAM[m] === value);
}

function hasDeskForm(slug: string): boolean {
  return findForm(slug) != null || Object.hasOwn(DESK_PAGES, slug);
}

// ---------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------

export interface CatalogueRow {
  slug: string;
  title: string;
  categoryName: string;
  officeName: string;
  mode: AccessMode;
  /** Online through the desk's own form (otherwise an external site). */
  deskForm: boolean;
  bookable: boolean;
  active: boolean;
  updated: string;
  /** ISO instant, for <time dateTime>. */
  updatedAt: string;
}

export interface CatalogueListData {
  services: CatalogueRow[];
  categories: { slug: string; name: string }[];
  filter: { categoria: string; modalita: string };
  filtered: boolean;
}

export async function catalogueListLoader(request: Request) {
  await requireStaff(request, PERMISSION);
  const { t, lang } = await getFixedT(request);
  const query = new URL(request.url).searchParams;
  const categorySlug = (query.get("categoria") ?? "").trim().slice(0, 100);
  const mode = modeFromParam(query.get("modalita"));
  const { services, categories } = await listCatalogueForAdmin(db(), lang, { categorySlug: categorySlug || undefined, mode });
  // A category that does not exist (an old bookmark) is not an error: the filter shows "all" again.
  const knownCategory = categories.some((c) => c.slug === categorySlug) ? categorySlug : "";
  const body: CatalogueListData = {
    services: services.map((s) => ({
      slug: s.slug,
      title: s.title,
      categoryName: s.categoryName,
      officeName: s.officeName,
      mode: s.mode,
      deskForm: s.deskForm,
      bookable: s.bookable === 1,
      active: s.active === 1,
      updated: formatDate(s.updated_at, lang, true),
      updatedAt: s.updated_at,
    })),
    categories,
    filter: { categoria: knownCategory, modalita: mode ? MODE_PARAM[mode] : "" },
    filtered: Boolean(knownCategory || mode),
  };
  return { ...body, meta: { title: t("catalogue:list.title") } };
}

// ---------------------------------------------------------------------------------------------
// One service
// ---------------------------------------------------------------------------------------------

export interface ServiceEditData {
  service: {
    slug: string;
    title: string;
    categoryName: string;
    officeName: string;
    publicPath: string;
    deskFormPath: string;
  };
  values: ServiceEditValues;
  /** The desk has a form definition for this service: "online through the desk's form" may be chosen. */
  deskFormAvailable: boolean;
  /** The stored online button points at a desk form that does not exist (a citizen would get an error). */
  brokenDeskLink: boolean;
  notice: "saved" | "unchanged" | null;
  /**
   * How long anonymous readers may still get the previous public page from the micro-cache
   * (docs/decisions/0004: fresh for PAGE_CACHE_TTL_MS, then served stale once more while it is
   * re-rendered, for at most ten times as long); 0 when the cache is off.
   */
  cacheSeconds: number;
}

export type ServiceEditResult =
  | { ok: false; kind: "invalid"; errors: EditErrors; values: ServiceEditValues }
  | { ok: false; kind: "stale"; errors: EditErrors; values: ServiceEditValues; stale: { savedAt: string; differing: string[] } };

function slugOf(params: { slug?: string }): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) throw data({ reason: "not_found" }, { status: 404 });
  return slug;
}

export async function serviceEditLoader(request: Request, params: { slug?: string }, context?: AppLoadContext) {
  await requireStaff(request, PERMISSION);
  const { t, lang } = await getFixedT(request);
  const slug = slugOf(params);
  const editor = await getServiceEditor(db(), slug, lang);
  if (!editor) throw data({ reason: "not_found" }, { status: 404 });
  const available = hasDeskForm(slug);
  const outcome = new URL(request.url).searchParams.get("esito");
  const ttl = env().PAGE_CACHE_TTL_MS;
  const body: ServiceEditData = {
    service: {
      slug,
      title: editor.title,
      categoryName: editor.categoryName,
      officeName: editor.officeName,
      publicPath: `/servizi/${slug}`,
      deskFormPath: deskFormPath(slug),
    },
    values: editor.values,
    deskFormAvailable: available,
    brokenDeskLink: editor.onlineUrl === deskFormPath(slug) && !available,
    notice: outcome === "salvato" ? "saved" : outcome === "invariato" ? "unchanged" : null,
    cacheSeconds: Math.ceil((ttl * 11) / 1000),
  };
  return { ...body, meta: { title: t("catalogue:edit.title", { service: editor.title }), hasErrors: hadErrors(context) } };
}

export async function serviceEditAction(request: Request, params: { slug?: string }, context?: AppLoadContext) {
  const principal = await requireStaff(request, PERMISSION);
  const form = await request.formData();
  await requireCsrf(request, form);
  const { lang } = await getFixedT(request);
  const slug = slugOf(params);
  const values = readEditForm(form);
  const result = await saveServiceEdit(db(), { slug, values, hasDeskForm: hasDeskForm(slug) }, { staffId: principal.staff.id }, requestMeta(request));
  if (result.ok) {
    return redirect(`${LIST}/${slug}?esito=${result.changed.length ? "salvato" : "invariato"}`, 303);
  }
  if (result.reason === "not_found") throw data({ reason: "not_found" }, { status: 404 });
  markErrors(context);
  if (result.reason === "invalid") {
    const body: ServiceEditResult = { ok: false, kind: "invalid", errors: result.errors, values };
    return data(body, { status: 400 });
  }
  // The typed values stay; the form now carries the version just found, so saving again (after
  // reading the warning) replaces it knowingly rather than silently.
  const body: ServiceEditResult = {
    ok: false,
    kind: "stale",
    errors: { conflict: "stale" },
    values: { ...values, updatedAt: result.current.updatedAt },
    stale: { savedAt: formatDate(result.current.updatedAt, lang, true), differing: result.differing },
  };
  return data(body, { status: 409 });
}
