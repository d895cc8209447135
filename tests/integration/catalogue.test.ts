import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { services as seededServices } from "#db/seed/data/services";
import { topics as seededTopics } from "#db/seed/data/topics";
import { listTaxonomy } from "~/models/taxonomy.server";
import { feedbackSummary, listFeedback } from "~/models/feedback.server";
import {
  getCategoryPage,
  getHomePage,
  getServicePage,
  getServicesPage,
  getSiteContext,
  getTopicPage,
  searchServices,
} from "~/services/catalogue.server";
import { getArticlePage, getFaqPage, getOfficePage } from "~/services/content.server";
import { recordFeedback } from "~/services/feedback.server";
import { checkHealth } from "~/services/health.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

describe.each(databaseNames())("catalogue on %s", (name) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db);
  });
  afterAll(async () => t?.drop());

  it("seeds the demo comune as a row, and seeding twice changes nothing", async () => {
    const before = await t.db.selectFrom("service").select(["id", "slug"]).orderBy("id").execute();
    await seed(t.db);
    const after = await t.db.selectFrom("service").select(["id", "slug"]).orderBy("id").execute();
    expect(after).toEqual(before);
    expect(after.length).toBe(seededServices.length);
    const comune = await getSiteContext(t.db, "it");
    expect(comune.name).toBe("Comune di Seregno");
    expect(comune.codice_catastale).toBe("I625");
    expect((await getSiteContext(t.db, "en")).urp_hours).toMatch(/Monday/);
  });

  it("has at least 25 services, every one translated into Italian and English", async () => {
    expect(seededServices.length).toBeGreaterThanOrEqual(25);
    for (const lang of ["it", "en"] as const) {
      const page = await getServicesPage(t.db, lang);
      expect(page.services.length).toBe(seededServices.length);
    }
    const titles = (await getServicesPage(t.db, "it")).services.map((s) => s.title);
    const collator = new Intl.Collator("it", { sensitivity: "base", numeric: true });
    expect(titles).toEqual([...titles].sort(collator.compare));
  });

  it("lists the model's categories with their service counts", async () => {
    const { categories, services } = await getServicesPage(t.db, "it");
    expect(categories.length).toBeGreaterThanOrEqual(10);
    expect(categories.reduce((n, c) => n + c.serviceCount, 0)).toBe(services.length);
    const tributi = await getCategoryPage(t.db, "tributi-finanze-e-contravvenzioni", "it");
    expect(tributi?.category.name).toBe("Tributi, finanze e contravvenzioni");
    expect(tributi?.services.length).toBe(tributi?.category.serviceCount);
    expect(await getCategoryPage(t.db, "non-esiste", "it")).toBeUndefined();
  });

  it("keeps the 64 topics of the national taxonomy with their exact Italian names", async () => {
    const topics = await listTaxonomy(t.db, "topic", "it");
    expect(topics.map((x) => x.name)).toEqual(seededTopics.map((x) => x.text.it.name));
    expect(topics.length).toBe(64);
    const imposte = await getTopicPage(t.db, "imposte", "it");
    expect(imposte?.services.length).toBeGreaterThan(0);
  });

  it("builds a service page with its office, topics and structured data", async () => {
    const page = await getServicePage(t.db, "tari-iscrizione", "it", "https://desk.example");
    expect(page).toBeDefined();
    expect(page!.service.title.length).toBeGreaterThan(3);
    expect(page!.service.category_slug).toBe("tributi-finanze-e-contravvenzioni");
    expect(page!.office.slug).toBe("tributi");
    expect(page!.service.topics.length).toBeGreaterThan(0);
    const meta = page!.metadata as any;
    expect(meta.areaServed.name).toBe("Comune di Seregno");
    expect(meta.availableChannel.serviceLocation.address.postalCode).toBe("20831");
    expect(meta.availableChannel.serviceUrl).toMatch(/^https:\/\/desk\.example\//);
    expect(await getServicePage(t.db, "non-esiste", "it", "https://desk.example")).toBeUndefined();
  });

  it("shows the featured services first on the home page, in their order", async () => {
    const home = await getHomePage(t.db, "it");
    expect(home.featured.length).toBeGreaterThanOrEqual(6);
    const expected = seededServices
      .filter((s) => s.featuredRank !== undefined)
      .sort((a, b) => a.featuredRank! - b.featuredRank!)
      .map((s) => s.slug);
    expect(home.featured.map((s) => s.slug)).toEqual(expected);
    expect(home.notices.length).toBe(3);
  });

  it("searches titles, categories and keywords in both languages, accent-insensitively", async () => {
    const tari = await searchServices(t.db, "tari", "it");
    expect(tari.length).toBeGreaterThanOrEqual(5);
    expect(tari.every((s) => /tari|rifiut/i.test(`${s.title} ${s.summary}`) || s.categorySlug === "tributi-finanze-e-contravvenzioni")).toBe(true);
    const identita = await searchServices(t.db, "identita", "it");
    expect(identita.some((s) => s.slug.includes("carta-identita") || /identità/i.test(s.title))).toBe(true);
    const residenceEn = await searchServices(t.db, "residence", "en");
    expect(residenceEn.length).toBeGreaterThan(0);
    expect(await searchServices(t.db, "zzzqqq", "it")).toEqual([]);
  });

  it("serves offices, notices and FAQs in both languages", async () => {
    const office = await getOfficePage(t.db, "tributi", "en");
    expect(office?.services.length).toBeGreaterThan(0);
    const faq = await getFaqPage(t.db, "it");
    expect(faq.faqs.length).toBeGreaterThanOrEqual(10);
    const notice = await t.db.selectFrom("article").select("slug").where("kind", "=", "notice").executeTakeFirstOrThrow();
    expect((await getArticlePage(t.db, "notice", notice.slug, "en"))?.article.title).toBeTruthy();
    expect(await getArticlePage(t.db, "event", notice.slug, "it")).toBeUndefined();
  });

  it("stores a rating linked to its service, and refuses a bad one with the values kept", async () => {
    const ok = await recordFeedback(t.db, { rating: "2", reasonNegative: "unclear", comment: " troppo lungo ", page: "/servizi/tari-iscrizione?x=1" }, "it");
    expect(ok.ok).toBe(true);
    const [row] = await listFeedback(t.db, 1);
    expect(row).toMatchObject({ page_path: "/servizi/tari-iscrizione", rating: 2, reason: "unclear", comment: "troppo lungo", lang: "it" });
    expect(row!.service_id).not.toBeNull();
    const bad = await recordFeedback(t.db, { comment: "ciao", page: "/" }, "it");
    expect(bad).toEqual({ ok: false, errors: { rating: "feedback.errors.rating" }, values: { comment: "ciao", page: "/" } });
    expect(await feedbackSummary(t.db, "/servizi/tari-iscrizione")).toEqual({ count: 1, average: 2 });
  });

  it("reports the database healthy", async () => {
    expect((await checkHealth(t.db)).status).toBe("ok");
  });
});
