import { sql } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";
import { upsertTranslated } from "./translated-upsert.server";

/** Categories and topics share one shape: a slug, an order and a translated name and description. */
export type TaxonomyTable = "category" | "topic";

export interface TaxonomyItem {
  id: number;
  slug: string;
  name: string;
  description: string;
  serviceCount: number;
}

/** Every category or topic with its count of active services; only the one named by `slug` when given. */
export async function listTaxonomy(db: DbOrTrx, table: TaxonomyTable, lang: string, slug?: string): Promise<TaxonomyItem[]> {
  const rows =
    table === "category"
      ? await db
          .selectFrom("category as c")
          .innerJoin("category_translation as tr", (j) => j.onRef("tr.category_id", "=", "c.id").on("tr.lang", "=", lang))
          .select(["c.id", "c.slug", "tr.name", "tr.description"])
          .select((eb) =>
            eb
              .selectFrom("service as s")
              .whereRef("s.category_id", "=", "c.id")
              .where("s.active", "=", 1)
              .select(sql<number>`count(*)`.as("n"))
              .as("serviceCount"),
          )
          .$if(slug !== undefined, (q) => q.where("c.slug", "=", slug!))
          .orderBy("c.sort_order")
          .orderBy("c.id")
          .execute()
      : await db
          .selectFrom("topic as c")
          .innerJoin("topic_translation as tr", (j) => j.onRef("tr.topic_id", "=", "c.id").on("tr.lang", "=", lang))
          .select(["c.id", "c.slug", "tr.name", "tr.description"])
          .select((eb) =>
            eb
              .selectFrom("service_topic as st")
              .innerJoin("service as s", "s.id", "st.service_id")
              .whereRef("st.topic_id", "=", "c.id")
              .where("s.active", "=", 1)
              .select(sql<number>`count(*)`.as("n"))
              .as("serviceCount"),
          )
          .$if(slug !== undefined, (q) => q.where("c.slug", "=", slug!))
          .orderBy("c.sort_order")
          .orderBy("c.id")
          .execute();
  return rows.map((r) => ({ ...r, serviceCount: Number(r.serviceCount ?? 0) }));
}

export async function findTaxonomyBySlug(db: DbOrTrx, table: TaxonomyTable, slug: string, lang: string) {
  const [item] = await listTaxonomy(db, table, lang, slug);
  return item;
}

export async function upsertTaxonomy(
  db: DbOrTrx,
  table: TaxonomyTable,
  slug: string,
  sortOrder: number,
  translations: Record<string, { name: string; description: string }>,
): Promise<number> {
  return upsertTranslated(db, table, { slug }, { slug, sort_order: sortOrder }, translations);
}
