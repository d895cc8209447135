/** Shapes of the demo content. Every translatable text is given for each language the desk ships (it, en). */
export type Lang = "it" | "en";
export type Localized<T> = Record<Lang, T>;

export interface OfficeSeed {
  slug: string;
  email: string;
  pec?: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  locality: string;
  text: Localized<{ name: string; description: string; openingHours: string }>;
}

export interface ServiceSeed {
  slug: string;
  /** slug of one of the categories in db/seed/data/categories.ts */
  category: string;
  /** slug of an office in db/seed/data/offices.ts */
  office: string;
  /** slugs of topics in db/seed/data/topics.ts (at least one) */
  topics: string[];
  active?: boolean;
  /** where the service is used online (a path of this desk or an external URL); omit if counter only */
  onlineUrl?: string;
  bookable?: boolean;
  featuredRank?: number;
  /** page with the whole conditions of service: /servizi/<slug>/condizioni */
  conditionsUrl: string;
  /**
   * Long texts are plain text: a blank line separates paragraphs, lines starting with "- " are list items.
   */
  text: Localized<{
    title: string;
    summary: string;
    audience: string;
    audienceType: string;
    description: string;
    howTo: string;
    needed: string;
    outcome: string;
    deadlines: string;
    cost: string;
    access: string;
    conditions: string;
    keywords: string;
  }>;
}

export interface ArticleSeed {
  slug: string;
  kind: "notice" | "place" | "event";
  office?: string;
  publishedAt: string;
  startsAt?: string;
  endsAt?: string;
  streetAddress?: string;
  text: Localized<{ title: string; summary: string; body: string }>;
}

export interface FaqSeed {
  category?: string;
  text: Localized<{ question: string; answer: string }>;
}

export interface NamedSeed {
  slug: string;
  text: Localized<{ name: string; description: string }>;
}
