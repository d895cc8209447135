import { sortByTitle } from "~/domain/collation";
import type { DbOrTrx } from "~/utils/db.server";
import { upsertTranslated } from "./translated-upsert.server";
import type { NewService } from "#db/schema";

export interface ServiceCard {
  id: number;
  slug: string;
  title: string;
  summary: string;
  categorySlug: string;
  categoryName: string;
  active: number;
}

export interface ServiceFilter {
  categoryId?: number;
  topicId?: number;
  officeId?: number;
  featuredOnly?: boolean;
  ids?: number[];
}

function cardsQuery(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("service as s")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", lang))
    .innerJoin("category as c", "c.id", "s.category_id")
    .innerJoin("category_translation as ctr", (j) => j.onRef("ctr.category_id", "=", "c.id").on("ctr.lang", "=", lang))
    .select([
      "s.id",
      "s.slug",
      "tr.title",
      "tr.summary",
      "c.slug as categorySlug",
      "ctr.name as categoryName",
      "s.active",
    ]);
}

export async function listServiceCards(db: DbOrTrx, lang: string, filter: ServiceFilter = {}): Promise<ServiceCard[]> {
  let q = cardsQuery(db, lang);
  if (filter.categoryId !== undefined) q = q.where("s.category_id", "=", filter.categoryId);
  if (filter.officeId !== undefined) q = q.where("s.office_id", "=", filter.officeId);
  if (filter.topicId !== undefined) {
    const topicId = filter.topicId;
    q = q.where("s.id", "in", (eb) => eb.selectFrom("service_topic").select("service_id").where("topic_id", "=", topicId));
  }
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where("s.id", "in", filter.ids);
  }
  if (filter.featuredOnly) {
    return q.where("s.featured_rank", "is not", null).where("s.active", "=", 1).orderBy("s.featured_rank").execute();
  }
  return sortByTitle(await q.execute(), lang);
}


/** Everything the search ranks on, for every service in one language. */
export async function listSearchDocuments(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("service as s")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", lang))
    .innerJoin("category_translation as ctr", (j) => j.onRef("ctr.category_id", "=", "s.category_id").on("ctr.lang", "=", lang))
    .select(["s.id", "tr.title", "tr.summary", "tr.description", "tr.keywords", "ctr.name as category"])
    .execute();
}

export async function findServiceBySlug(db: DbOrTrx, slug: string, lang: string) {
  const service = await db
    .selectFrom("service as s")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", lang))
    .innerJoin("category as c", "c.id", "s.category_id")
    .innerJoin("category_translation as ctr", (j) => j.onRef("ctr.category_id", "=", "c.id").on("ctr.lang", "=", lang))
    .selectAll("tr")
    .select([
      "s.id",
      "s.slug",
      "s.active",
      "s.online_url",
      "s.bookable",
      "s.conditions_url",
      "s.updated_at",
      "s.office_id",
      "c.slug as category_slug",
      "ctr.name as category_name",
    ])
    .where("s.slug", "=", slug)
    .executeTakeFirst();
  if (!service) return undefined;
  const topics = await db
    .selectFrom("service_topic as st")
    .innerJoin("topic as t", "t.id", "st.topic_id")
    .innerJoin("topic_translation as ttr", (j) => j.onRef("ttr.topic_id", "=", "t.id").on("ttr.lang", "=", lang))
    .select(["t.slug", "ttr.name"])
    .where("st.service_id", "=", service.id)
    .orderBy("t.sort_order")
    .execute();
  return { ...service, topics };
}

export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof findServiceBySlug>>>;

export type ServiceTexts = Omit<
  import("#db/schema").ServiceTranslationTable,
  "service_id" | "lang"
>;

export async function upsertService(
  db: DbOrTrx,
  row: NewService,
  translations: Record<string, ServiceTexts>,
  topicIds: number[],
): Promise<number> {
  const id = await upsertTranslated(db, "service", { slug: row.slug }, row, translations);
  await db.deleteFrom("service_topic").where("service_id", "=", id).execute();
  if (topicIds.length) {
    await db.insertInto("service_topic").values(topicIds.map((topic_id) => ({ service_id: id, topic_id }))).execute();
  }
  return id;
}

export async function findServiceIdBySlug(db: DbOrTrx, slug: string): Promise<number | undefined> {
  const row = await db.selectFrom("service").select("id").where("slug", "=", slug).executeTakeFirst();
  return row?.id;
}

/** The SPID level a service asks for at login (1–3), or undefined for an unknown service. */
export async function findServiceSpidLevel(db: DbOrTrx, slug: string): Promise<number | undefined> {
  const row = await db.selectFrom("service").select("spid_level").where("slug", "=", slug).executeTakeFirst();
  return row?.spid_level;
}

// ---------------------------------------------------------------------------------------------
// Back-office catalogue editing (app/services/catalogue-admin.server.ts)
// ---------------------------------------------------------------------------------------------

/** One line of the back-office list of services, in the reader's language. */
export interface ServiceAdminRow {
  id: number;
  slug: string;
  title: string;
  categorySlug: string;
  categoryName: string;
  officeName: string;
  active: number;
  online_url: string | null;
  bookable: number;
  updated_at: string;
}

export async function listServicesForAdmin(db: DbOrTrx, lang: string, filter: { categoryId?: number } = {}): Promise<ServiceAdminRow[]> {
  let q = db
    .selectFrom("service as s")
    .innerJoin("service_translation as tr", (j) => j.onRef("tr.service_id", "=", "s.id").on("tr.lang", "=", lang))
    .innerJoin("category as c", "c.id", "s.category_id")
    .innerJoin("category_translation as ctr", (j) => j.onRef("ctr.category_id", "=", "c.id").on("ctr.lang", "=", lang))
    .innerJoin("office_translation as otr", (j) => j.onRef("otr.office_id", "=", "s.office_id").on("otr.lang", "=", lang))
    .select([
      "s.id",
      "s.slug",
      "tr.title",
      "c.slug as categorySlug",
      "ctr.name as categoryName",
      "otr.name as officeName",
      "s.active",
      "s.online_url",
      "s.bookable",
      "s.updated_at",
    ]);
  if (filter.categoryId !== undefined) q = q.where("s.category_id", "=", filter.categoryId);
  return sortByTitle(await q.execute(), lang);
}

/** The columns of `service` the back office edits, with its identity and version stamp. */
export interface ServiceSettingsRow {
  id: number;
  slug: string;
  active: number;
  online_url: string | null;
  bookable: number;
  spid_level: number;
  updated_at: string;
}

/** A service's editable columns and its texts in every language it has, by language. */
export async function findServiceForEdit(
  db: DbOrTrx,
  slug: string,
): Promise<{ service: ServiceSettingsRow; texts: Record<string, ServiceTexts> } | undefined> {
  const service = await db
    .selectFrom("service")
    .select(["id", "slug", "active", "online_url", "bookable", "spid_level", "updated_at"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!service) return undefined;
  const rows = await db.selectFrom("service_translation").selectAll().where("service_id", "=", service.id).execute();
  const texts: Record<string, ServiceTexts> = {};
  for (const { service_id: _id, lang, ...text } of rows) texts[lang] = text;
  return { service, texts };
}

/**
 * Writes a service's editable columns only if nobody changed the row since `expectedUpdatedAt`
 * (optimistic concurrency): the version check is part of the UPDATE itself, so two saves racing
 * past an earlier read cannot both win. Returns false when the row had moved on.
 */
export async function updateServiceIfUnchanged(
  db: DbOrTrx,
  id: number,
  expectedUpdatedAt: string,
  changes: Pick<ServiceSettingsRow, "active" | "online_url" | "bookable" | "spid_level" | "updated_at">,
): Promise<boolean> {
  const result = await db
    .updateTable("service")
    .set(changes)
    .where("id", "=", id)
    .where("updated_at", "=", expectedUpdatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces a service's texts in one language (adds the language when the service lacks it). */
export async function saveServiceTexts(db: DbOrTrx, serviceId: number, lang: string, texts: ServiceTexts): Promise<void> {
  const result = await db
    .updateTable("service_translation")
    .set(texts)
    .where("service_id", "=", serviceId)
    .where("lang", "=", lang)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    await db.insertInto("service_translation").values({ service_id: serviceId, lang, ...texts }).execute();
  }
}
