/**
 * The page-rating component of the Modello Comuni: 1–5 stars, then one reason from the positive
 * (4–5) or negative (1–3) list, then an optional free text. Reasons are stored as stable codes;
 * the labels shown are the model's own wording (see the locales). Kept apart from the zod schema
 * so the browser bundle does not carry the validator.
 */
export const POSITIVE_REASONS = ["clear", "complete", "progress", "no-technical-problems", "other"] as const;
export const NEGATIVE_REASONS = ["unclear", "incomplete", "lost", "technical-problems", "other"] as const;
export const COMMENT_MAX_LENGTH = 200;

export function isPositive(rating: number): boolean {
  return rating >= 4;
}

export function reasonsFor(rating: number): readonly string[] {
  return isPositive(rating) ? POSITIVE_REASONS : NEGATIVE_REASONS;
}

/** Only the path is kept of the page the reader rated: no query string, no fragment. */
export function pagePathOf(page: string): string {
  const path = page.split(/[?#]/)[0] ?? "/";
  return path.startsWith("/") ? path : `/${path}`;
}
