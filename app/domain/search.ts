/**
 * Search over the service catalogue: accent- and case-insensitive, every word of the query must
 * match somewhere (prefix match, so "resid" finds "residenza"), ranked by where it matched.
 * Pure and dialect-independent, so SQLite and PostgreSQL return the same results in the same order.
 */
export interface SearchDocument {
  id: number;
  title: string;
  summary: string;
  description: string;
  keywords: string;
  category: string;
}

const FIELD_WEIGHTS = { title: 10, keywords: 6, category: 4, summary: 3, description: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
/**
 * Where a word may match by its beginning ("resid" → "residenza"). In the long texts only whole words
 * count; and a query word that is itself a word of the catalogue ("tari") is never expanded, or it
 * would find every service that mentions a "tariffa".
 */
const PREFIX_FIELDS: ReadonlySet<Field> = new Set(["title", "keywords", "category"]);

// Words too common to rank on, in the two languages of the desk.
const STOP_WORDS = new Set([
  "a", "ad", "al", "alla", "alle", "allo", "ai", "agli", "il", "lo", "la", "i", "gli", "le", "un", "una", "uno",
  "di", "da", "del", "della", "dei", "delle", "dello", "in", "nel", "nella", "con", "per", "su", "e", "o", "che",
  "come", "mi", "si", "the", "an", "of", "to", "for", "and", "or", "on", "my", "how", "do", "is",
]);

export const MAX_QUERY_LENGTH = 100;

export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function tokenize(text: string): string[] {
  return normalize(text).split(" ").filter((w) => w.length > 0);
}

/** The words of a query that take part in the search (stop words dropped unless they are all there is). */
export function queryTerms(query: string): string[] {
  const words = tokenize(query.slice(0, MAX_QUERY_LENGTH));
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length ? meaningful : words)];
}

export interface SearchHit {
  id: number;
  score: number;
}

export function searchDocuments(documents: SearchDocument[], query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const tokenized = documents.map(
    (doc) => Object.fromEntries((Object.keys(FIELD_WEIGHTS) as Field[]).map((f) => [f, tokenize(doc[f])])) as Record<Field, string[]>,
  );
  const vocabulary = new Set(tokenized.flatMap((fields) => Object.values(fields).flat()));
  const hits: SearchHit[] = [];
  for (const [i, doc] of documents.entries()) {
    const fields = tokenized[i]!;
    let score = 0;
    let allMatched = true;
    for (const term of terms) {
      let best = 0;
      for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
        const words = fields[field];
        const exact = words.includes(term);
        const prefix = exact || (PREFIX_FIELDS.has(field) && !vocabulary.has(term) && words.some((w) => w.startsWith(term)));
        if (prefix) best = Math.max(best, FIELD_WEIGHTS[field] * (exact ? 2 : 1));
      }
      if (best === 0) {
        allMatched = false;
        break;
      }
      score += best;
    }
    if (allMatched) hits.push({ id: doc.id, score });
  }
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return hits.sort((a, b) => b.score - a.score || (titles.get(a.id) ?? "").localeCompare(titles.get(b.id) ?? ""));
}
