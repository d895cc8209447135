import type { ArticleKind } from "#db/schema";
import { getArticlePage, getArticles } from "~/services/content.server";
import { notFound } from "./http.server";
import { getFixedT, getLanguage } from "./i18next.server";
import { db } from "~/utils/db.server";

/** The loader shared by the notice, place and event pages: they differ only in the kind they show. */
export async function articleRouteLoader(request: Request, slug: string | undefined, kind: ArticleKind) {
  const page = await getArticlePage(db(), kind, slug ?? "", await getLanguage(request));
  if (!page) notFound();
  return { ...page, meta: { title: page.article.title, description: page.article.summary } };
}

/** The loader of the list pages of Vivere il Comune. */
export async function articleIndexLoader(request: Request, kind: ArticleKind) {
  const { t, lang } = await getFixedT(request);
  const keys = kind === "event" ? ["live.events", "live.eventsLead"] : ["live.places", "live.placesLead"];
  return { articles: await getArticles(db(), kind, lang), meta: { title: t(keys[0]!), description: t(keys[1]!) } };
}
