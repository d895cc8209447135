import type { Insertable } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";
import { upsertTranslated } from "./translated-upsert.server";
import { sortByTitle } from "~/domain/collation";
import type { ArticleKind, ArticleTable, ArticleTranslationTable } from "#db/schema";

function articlesQuery(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("article as a")
    .innerJoin("article_translation as tr", (j) => j.onRef("tr.article_id", "=", "a.id").on("tr.lang", "=", lang))
    .select([
      "a.id",
      "a.slug",
      "a.kind",
      "a.office_id",
      "a.published_at",
      "a.starts_at",
      "a.ends_at",
      "a.street_address",
      "tr.title",
      "tr.summary",
      "tr.body",
    ]);
}

export async function listArticles(db: DbOrTrx, lang: string, kind: ArticleKind, limit = 100) {
  let q = articlesQuery(db, lang).where("a.kind", "=", kind);
  if (kind === "place") return sortByTitle(await q.limit(limit).execute(), lang);
  q = kind === "event" ? q.orderBy("a.starts_at") : q.orderBy("a.published_at", "desc");
  return q.orderBy("a.id").limit(limit).execute();
}

export async function findArticle(db: DbOrTrx, kind: ArticleKind, slug: string, lang: string) {
  return articlesQuery(db, lang).where("a.kind", "=", kind).where("a.slug", "=", slug).executeTakeFirst();
}

export type ArticleView = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export async function upsertArticle(
  db: DbOrTrx,
  row: Insertable<ArticleTable>,
  translations: Record<string, Omit<ArticleTranslationTable, "article_id" | "lang">>,
): Promise<number> {
  return upsertTranslated(db, "article", { kind: row.kind, slug: row.slug }, row, translations);
}
