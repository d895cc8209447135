import { searchDocuments } from "~/domain/search";
import { serviceMetadata } from "~/domain/structured-data";
import { listArticles } from "~/models/article.server";
import { findComune } from "~/models/comune.server";
import { findOffice } from "~/models/office.server";
import { findServiceBySlug, listSearchDocuments, listServiceCards, findServiceSpidLevel } from "~/models/service.server";
import { findTaxonomyBySlug, listTaxonomy } from "~/models/taxonomy.server";
import type { Db } from "~/utils/db.server";
import type { Language } from "~/utils/i18n";

/** The comune the desk serves: every page's header and footer come from this row. */
export async function getSiteContext(db: Db, lang: Language) {
  const comune = await findComune(db, lang);
  if (!comune) throw new Error("No comune configured: run `npm run db:seed` (or load the comune's settings).");
  return comune;
}
export type SiteContext = Awaited<ReturnType<typeof getSiteContext>>;

export async function getHomePage(db: Db, lang: Language) {
  const [featured, categories, notices, topics] = await Promise.all([
    listServiceCards(db, lang, { featuredOnly: true }),
    listTaxonomy(db, "category", lang),
    listArticles(db, lang, "notice", 3),
    listTaxonomy(db, "topic", lang),
  ]);
  return {
    featured,
    categories: categories.filter((c) => c.serviceCount > 0),
    notices,
    topics: topics.filter((t) => t.serviceCount > 0).sort((a, b) => b.serviceCount - a.serviceCount).slice(0, 8),
  };
}

export async function getServicesPage(db: Db, lang: Language) {
  const [categories, services] = await Promise.all([
    listTaxonomy(db, "category", lang),
    listServiceCards(db, lang),
  ]);
  return { categories: categories.filter((c) => c.serviceCount > 0), services };
}

export async function getCategoryPage(db: Db, slug: string, lang: Language) {
  const category = await findTaxonomyBySlug(db, "category", slug, lang);
  if (!category) return undefined;
  const services = await listServiceCards(db, lang, { categoryId: category.id });
  return { category, services };
}

export async function getTopicsPage(db: Db, lang: Language) {
  return { topics: await listTaxonomy(db, "topic", lang) };
}

export async function getTopicPage(db: Db, slug: string, lang: Language) {
  const topic = await findTaxonomyBySlug(db, "topic", slug, lang);
  if (!topic) return undefined;
  const services = await listServiceCards(db, lang, { topicId: topic.id });
  return { topic, services };
}

export async function getServicePage(db: Db, slug: string, lang: Language, origin: string) {
  const service = await findServiceBySlug(db, slug, lang);
  if (!service) return undefined;
  const [office, comune, related] = await Promise.all([
    findOffice(db, { id: service.office_id }, lang),
    getSiteContext(db, lang),
    listServiceCards(db, lang, { officeId: service.office_id }),
  ]);
  if (!office) throw new Error(`Service ${slug} points to a missing office`);
  const serviceUrl = service.online_url
    ? new URL(service.online_url, origin).toString()
    : new URL(`/servizi/${service.slug}`, origin).toString();
  const metadata = serviceMetadata({
    title: service.title,
    categoryName: service.category_name,
    audienceType: service.audience_type,
    comuneName: comune.name,
    serviceUrl,
    office: {
      name: office.name,
      streetAddress: office.street_address,
      postalCode: office.postal_code,
      locality: office.locality,
    },
  });
  return { service, office, metadata, related: related.filter((r) => r.id !== service.id).slice(0, 4) };
}

export async function searchServices(db: Db, query: string, lang: Language) {
  const documents = await listSearchDocuments(db, lang);
  const hits = searchDocuments(documents, query);
  if (hits.length === 0) return [];
  const cards = await listServiceCards(db, lang, { ids: hits.map((h) => h.id) });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return hits.flatMap((h) => {
    const card = byId.get(h.id);
    return card ? [card] : [];
  });
}

/** The SPID level needed to use a service online (the desk's default when the service is unknown). */
export async function serviceLoginLevel(db: Db, slug: string, fallback: number): Promise<number> {
  return (await findServiceSpidLevel(db, slug)) ?? fallback;
}
