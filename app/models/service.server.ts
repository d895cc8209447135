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
