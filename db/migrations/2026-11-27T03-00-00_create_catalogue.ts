import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = (name = "id") =>
    [name, pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("comune")
    .addColumn(...id())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("province_code", "text", (c) => c.notNull())
    .addColumn("province_name", "text", (c) => c.notNull())
    .addColumn("region_name", "text", (c) => c.notNull())
    .addColumn("region_url", "text", (c) => c.notNull())
    .addColumn("codice_catastale", "text", (c) => c.notNull())
    .addColumn("codice_fiscale", "text", (c) => c.notNull())
    .addColumn("partita_iva", "text")
    .addColumn("ipa_code", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("pec", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("urp_email", "text", (c) => c.notNull())
    .addColumn("street_address", "text", (c) => c.notNull())
    .addColumn("postal_code", "text", (c) => c.notNull())
    .addColumn("locality", "text", (c) => c.notNull())
    .addColumn("website_url", "text", (c) => c.notNull())
    .addColumn("logo_path", "text")
    .addColumn("accessibility_declaration_url", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("comune_translation")
    .addColumn("comune_id", "integer", (c) => c.notNull().references("comune.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("urp_hours", "text", (c) => c.notNull())
    .addColumn("tagline", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("comune_translation_pk", ["comune_id", "lang"])
    .execute();

  for (const owner of ["category", "topic"]) {
    await db.schema
      .createTable(owner)
      .addColumn(...id())
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable(`${owner}_translation`)
      .addColumn(`${owner}_id`, "integer", (c) => c.notNull().references(`${owner}.id`).onDelete("cascade"))
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addPrimaryKeyConstraint(`${owner}_translation_pk`, [`${owner}_id`, "lang"])
      .execute();
  }

  await db.schema
    .createTable("office")
    .addColumn(...id())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("pec", "text")
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("street_address", "text", (c) => c.notNull())
    .addColumn("postal_code", "text", (c) => c.notNull())
    .addColumn("locality", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("office_translation")
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("opening_hours", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("office_translation_pk", ["office_id", "lang"])
    .execute();

  await db.schema
    .createTable("service")
    .addColumn(...id())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("category_id", "integer", (c) => c.notNull().references("category.id"))
    .addColumn("office_id", "integer", (c) => c.notNull().references("office.id"))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("online_url", "text")
    .addColumn("bookable", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("featured_rank", "integer")
    .addColumn("conditions_url", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("service_category_idx").on("service").column("category_id").execute();
  await db.schema
    .createTable("service_translation")
    .addColumn("service_id", "integer", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("audience_type", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("how_to", "text", (c) => c.notNull())
    .addColumn("needed", "text", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("deadlines", "text", (c) => c.notNull())
    .addColumn("cost", "text", (c) => c.notNull())
    .addColumn("access", "text", (c) => c.notNull())
    .addColumn("conditions", "text", (c) => c.notNull())
    .addColumn("keywords", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("service_translation_pk", ["service_id", "lang"])
    .execute();
  await db.schema
    .createTable("service_topic")
    .addColumn("service_id", "integer", (c) => c.notNull().references("service.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topic.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("service_topic_pk", ["service_id", "topic_id"])
    .execute();
  await db.schema.createIndex("service_topic_topic_idx").on("service_topic").column("topic_id").execute();

  await db.schema
    .createTable("article")
    .addColumn(...id())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('notice', 'place', 'event')`))
    .addColumn("office_id", "integer", (c) => c.references("office.id"))
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("starts_at", "text")
    .addColumn("ends_at", "text")
    .addColumn("street_address", "text")
    .addUniqueConstraint("article_kind_slug_uq", ["kind", "slug"])
    .execute();
  await db.schema
    .createTable("article_translation")
    .addColumn("article_id", "integer", (c) => c.notNull().references("article.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_translation_pk", ["article_id", "lang"])
    .execute();

  await db.schema
    .createTable("faq")
    .addColumn(...id())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("category_id", "integer", (c) => c.references("category.id"))
    .execute();
  await db.schema
    .createTable("faq_translation")
    .addColumn("faq_id", "integer", (c) => c.notNull().references("faq.id").onDelete("cascade"))
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("faq_translation_pk", ["faq_id", "lang"])
    .execute();

  await db.schema
    .createTable("feedback")
    .addColumn(...id())
    .addColumn("page_path", "text", (c) => c.notNull())
    .addColumn("service_id", "integer", (c) => c.references("service.id").onDelete("set null"))
    .addColumn("rating", "integer", (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addColumn("reason", "text")
    .addColumn("comment", "text")
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("feedback_service_idx").on("feedback").column("service_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "feedback", "faq_translation", "faq", "article_translation", "article", "service_topic",
    "service_translation", "service", "office_translation", "office", "topic_translation", "topic",
    "category_translation", "category", "comune_translation", "comune",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
