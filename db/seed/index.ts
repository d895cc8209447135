import type { Kysely } from "kysely";
import { pathToFileURL } from "node:url";
import { upsertArticle } from "../../app/models/article.server";
import { upsertComune } from "../../app/models/comune.server";
import { replaceFaqs } from "../../app/models/faq.server";
import { upsertOffice } from "../../app/models/office.server";
import { seedAppointments } from "./appointments";
import { seedTaxRates } from "./tax-rates";
import { seedTariTariffs } from "./tari-tariffs";
import { seedTaxDemo } from "./tax-demo";
import { seedFinesDemo } from "./fines-demo";
import { seedPlan } from "./plan";
import { seedPlanOwnersDemo } from "./plan-owners-demo";
import { seedAccessibilityObjectives } from "./accessibility";
import { todayInItaly } from "../../app/domain/dates";
import { seedStaff } from "./staff";
import { upsertService } from "../../app/models/service.server";
import { upsertTaxonomy } from "../../app/models/taxonomy.server";
import { demoKeysAllowed, env } from "../../app/utils/env.server";
import { openDatabase } from "../connection";
import { migrateToLatest } from "../migrator";
import type { Database } from "../schema";
import { articles } from "./data/articles";
import { categories } from "./data/categories";
import { comune, comuneText } from "./data/comune";
import { faqs } from "./data/faqs";
import { offices } from "./data/offices";
import { services } from "./data/services";
import { plainSummaries } from "./data/service-plain-summaries";
import { topics } from "./data/topics";
import type { Lang, Localized } from "./types";

function perLang<T, R>(text: Localized<T>, map: (t: T, lang: Lang) => R): Record<string, R> {
  return Object.fromEntries(Object.entries(text).map(([lang, t]) => [lang, map(t as T, lang as Lang)]));
}

function lookup(ids: Map<string, number>, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seed refers to an unknown ${what}: ${slug}`);
  return id;
}

/**
 * Loads the demo comune (Seregno). Deterministic and safe to re-run: every row is matched by its
 * slug and updated in place, so ids stay stable and nothing is duplicated.
 */
export async function seed(
  db: Kysely<Database>,
  now = new Date("2026-11-01T08:00:00Z"),
  options: { demoStaff?: boolean } = {},
): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await upsertComune(trx, { ...comune, updated_at: stamp }, comuneText);

    const categoryIds = new Map<string, number>();
    for (const [i, c] of categories.entries()) {
      categoryIds.set(c.slug, await upsertTaxonomy(trx, "category", c.slug, i, c.text));
    }
    const topicIds = new Map<string, number>();
    for (const [i, t] of topics.entries()) {
      topicIds.set(t.slug, await upsertTaxonomy(trx, "topic", t.slug, i, t.text));
    }
    const officeIds = new Map<string, number>();
    for (const [i, o] of offices.entries()) {
      const id = await upsertOffice(
        trx,
        {
          slug: o.slug,
          email: o.email,
          pec: o.pec ?? null,
          phone: o.phone,
          street_address: o.streetAddress,
          postal_code: o.postalCode,
          locality: o.locality,
          sort_order: i,
        },
        perLang(o.text, (t) => ({ name: t.name, description: t.description, opening_hours: t.openingHours })),
      );
      officeIds.set(o.slug, id);
    }
    for (const s of services) {
      const plain = Object.hasOwn(plainSummaries, s.slug) ? plainSummaries[s.slug] : undefined;
      if (!plain) throw new Error(`db:seed: the service ${s.slug} has no "in parole semplici" text (db/seed/data/service-plain-summaries.ts)`);
      await upsertService(
        trx,
        {
          slug: s.slug,
          category_id: lookup(categoryIds, s.category, "category"),
          office_id: lookup(officeIds, s.office, "office"),
          active: s.active === false ? 0 : 1,
          online_url: s.onlineUrl ?? null,
          bookable: s.bookable ? 1 : 0,
          featured_rank: s.featuredRank ?? null,
          conditions_url: s.conditionsUrl,
          updated_at: stamp,
        },
        perLang(s.text, (t, lang) => ({
          title: t.title,
          summary: t.summary,
          audience: t.audience,
          audience_type: t.audienceType,
          description: t.description,
          how_to: t.howTo,
          needed: t.needed,
          outcome: t.outcome,
          deadlines: t.deadlines,
          cost: t.cost,
          access: t.access,
          conditions: t.conditions,
          keywords: t.keywords,
          plain_summary: plain[lang],
        })),
        s.topics.map((t) => lookup(topicIds, t, "topic")),
      );
    }
    for (const a of articles) {
      await upsertArticle(
        trx,
        {
          slug: a.slug,
          kind: a.kind,
          office_id: a.office ? lookup(officeIds, a.office, "office") : null,
          published_at: a.publishedAt,
          starts_at: a.startsAt ?? null,
          ends_at: a.endsAt ?? null,
          street_address: a.streetAddress ?? null,
        },
        perLang(a.text, (t) => t),
      );
    }
    await replaceFaqs(
      trx,
      faqs.map((f, i) => ({
        sortOrder: i,
        categoryId: f.category ? lookup(categoryIds, f.category, "category") : null,
        translations: perLang(f.text, (t) => t),
      })),
    );
  });
  // Demo staff accounts (one per role, known password) need the offices above. Never on a live
  // deployment: there `npm run staff:create-admin` makes the first administrator.
  await seedAppointments(db, now);
  await seedTaxRates(db, now);
  await seedTariTariffs(db, now);
  // The comune's plan (PIAO 2022-2024): real data of the comune, seeded everywhere.
  await db.transaction().execute((trx) => seedPlan(trx, now.toISOString()));
  if (options.demoStaff ?? demoKeysAllowed()) await seedStaff(db, now);
  // The demo plan owner `piano` owns the digital objectives: demo data, never on a live deployment.
  if (options.demoStaff ?? demoKeysAllowed()) await seedPlanOwnersDemo(db, now.toISOString());
  if (options.demoStaff ?? demoKeysAllowed()) await seedAccessibilityObjectives(db, now);
  // The test IdP's citizens' tax rolls: demo data, never on a live deployment.
  if (options.demoStaff ?? demoKeysAllowed()) await seedTaxDemo(db, now);
  // Their traffic fines, dated from the real day of seeding so the 5-day reduction shows (fines-demo.ts).
  if (options.demoStaff ?? demoKeysAllowed()) await seedFinesDemo(db, todayInItaly(), now.toISOString());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = openDatabase(env().DATABASE_URL);
  try {
    await migrateToLatest(db);
    await seed(db);
    console.log(`db:seed: ${comune.name}, ${services.length} services, ${offices.length} offices, ${articles.length} articles, ${faqs.length} FAQs`);
  } finally {
    await db.destroy();
  }
}
