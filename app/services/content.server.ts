import type { ArticleKind } from "#db/schema";
import { findArticle, listArticles } from "~/models/article.server";
import { listFaqs } from "~/models/faq.server";
import { findOffice, listOffices } from "~/models/office.server";
import { listServiceCards } from "~/models/service.server";
import type { Db } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";

export async function getOfficesPage(db: Db, lang: Language) {
  return { offices: await listOffices(db, lang) };
}

export async function getOfficePage(db: Db, slug: string, lang: Language) {
  const office = await findOffice(db, { slug }, lang);
  if (!office) return undefined;
  return { office, services: await listServiceCards(db, lang, { officeId: office.id }) };
}

export async function getArticles(db: Db, kind: ArticleKind, lang: Language, limit?: number) {
  return listArticles(db, lang, kind, limit);
}

export async function getArticlePage(db: Db, kind: ArticleKind, slug: string, lang: Language) {
  const article = await findArticle(db, kind, slug, lang);
  if (!article) return undefined;
  const office = article.office_id ? await findOffice(db, { id: article.office_id }, lang) : undefined;
  return { article, office };
}

export async function getFaqPage(db: Db, lang: Language) {
  return { faqs: await listFaqs(db, lang) };
}
