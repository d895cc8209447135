import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The Database interface Kysely types every query against.
 * Conventions: ids are integers; booleans are 0/1 integers and timestamps ISO-8601 text, so that one
 * set of queries runs unchanged on SQLite and PostgreSQL. Translatable text lives in `*_translation`
 * tables keyed by (owner id, lang), so a comune can add a language without a migration.
 */
export interface Database {
  comune: ComuneTable;
  comune_translation: ComuneTranslationTable;
  category: CategoryTable;
  category_translation: CategoryTranslationTable;
  topic: TopicTable;
  topic_translation: TopicTranslationTable;
  office: OfficeTable;
  office_translation: OfficeTranslationTable;
  service: ServiceTable;
  service_translation: ServiceTranslationTable;
  service_topic: ServiceTopicTable;
  article: ArticleTable;
  article_translation: ArticleTranslationTable;
  faq: FaqTable;
  faq_translation: FaqTranslationTable;
  feedback: FeedbackTable;
  session: SessionTable;
}

export interface ComuneTable {
  id: Generated<number>;
  slug: string;
  name: string;
  province_code: string;
  province_name: string;
  region_name: string;
  region_url: string;
  codice_catastale: string;
  codice_fiscale: string;
  partita_iva: string | null;
  ipa_code: string;
  email: string;
  pec: string;
  phone: string;
  urp_email: string;
  street_address: string;
  postal_code: string;
  locality: string;
  website_url: string;
  logo_path: string | null;
  accessibility_declaration_url: string;
  updated_at: string;
}

export interface ComuneTranslationTable {
  comune_id: number;
  lang: string;
  /** Opening hours of the public relations office (URP), as the citizen reads them. */
  urp_hours: string;
  tagline: string;
}

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  sort_order: number;
}

export interface CategoryTranslationTable {
  category_id: number;
  lang: string;
  name: string;
  description: string;
}

export interface TopicTable {
  id: Generated<number>;
  slug: string;
  sort_order: number;
}

export interface TopicTranslationTable {
  topic_id: number;
  lang: string;
  name: string;
  description: string;
}

export interface OfficeTable {
  id: Generated<number>;
  slug: string;
  email: string;
  pec: string | null;
  phone: string;
  street_address: string;
  postal_code: string;
  locality: string;
  sort_order: number;
}

export interface OfficeTranslationTable {
  office_id: number;
  lang: string;
  name: string;
  description: string;
  opening_hours: string;
}

export interface ServiceTable {
  id: Generated<number>;
  slug: string;
  category_id: number;
  office_id: number;
  /** 1 = active (the service can be used now), 0 = suspended. */
  active: number;
  /** Path or URL where the service is used online; null when it is only at the counter. */
  online_url: string | null;
  /** 1 when an appointment can be booked for it. */
  bookable: number;
  /** Position among the services shown first on the home page; null = not featured. */
  featured_rank: number | null;
  /** Document with the conditions of service (path under /documenti or an absolute URL). */
  conditions_url: string;
  updated_at: string;
}

export interface ServiceTranslationTable {
  service_id: number;
  lang: string;
  title: string;
  /** One or two sentences: the card text and the page's lead paragraph. */
  summary: string;
  /** "A chi è rivolto". */
  audience: string;
  /** Short label of the audience for structured data, e.g. "Cittadini", "Imprese". */
  audience_type: string;
  /** "Descrizione". */
  description: string;
  /** "Come fare". */
  how_to: string;
  /** "Cosa serve". */
  needed: string;
  /** "Cosa si ottiene". */
  outcome: string;
  /** "Tempi e scadenze". */
  deadlines: string;
  /** "Quanto costa". */
  cost: string;
  /** "Accedere al servizio": how and where, beyond the online button. */
  access: string;
  /** "Condizioni di servizio": the short text beside the conditions document. */
  conditions: string;
  /** Extra words people search with (synonyms, old names), space separated. */
  keywords: string;
}

export interface ServiceTopicTable {
  service_id: number;
  topic_id: number;
}

export type ArticleKind = "notice" | "place" | "event";

export interface ArticleTable {
  id: Generated<number>;
  slug: string;
  kind: ArticleKind;
  office_id: number | null;
  published_at: string;
  /** Events: start and end; notices: the date the notice refers to (e.g. a tax deadline). */
  starts_at: string | null;
  ends_at: string | null;
  street_address: string | null;
}

export interface ArticleTranslationTable {
  article_id: number;
  lang: string;
  title: string;
  summary: string;
  body: string;
}

export interface FaqTable {
  id: Generated<number>;
  sort_order: number;
  category_id: number | null;
}

export interface FaqTranslationTable {
  faq_id: number;
  lang: string;
  question: string;
  answer: string;
}

export interface FeedbackTable {
  id: Generated<number>;
  /** Path of the page rated, without query string. */
  page_path: string;
  service_id: number | null;
  rating: number;
  /** Stable code of the reason picked (see app/domain/feedback.ts), or null. */
  reason: string | null;
  comment: string | null;
  lang: string;
  created_at: string;
}

export type Comune = Selectable<ComuneTable>;
export type NewComune = Insertable<ComuneTable>;
export type ComuneUpdate = Updateable<ComuneTable>;
export type Service = Selectable<ServiceTable>;
export type NewService = Insertable<ServiceTable>;
export type ServiceTranslation = Selectable<ServiceTranslationTable>;
export type Office = Selectable<OfficeTable>;
export type Article = Selectable<ArticleTable>;
export type NewFeedback = Insertable<FeedbackTable>;

export interface SessionTable {
  /** Random, unguessable; the cookie carries it signed. */
  id: string;
  /** The session's values as JSON. */
  data: string;
  created_at: string;
  last_seen_at: string;
  /** After this instant the session ends whatever the activity (absolute timeout). */
  absolute_expires_at: string;
}
