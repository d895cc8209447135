/** Alphabetical in the reader's language, the same on SQLite and PostgreSQL (their collations differ). */
export function sortByTitle<T extends { title: string }>(rows: T[], lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  return rows.sort((a, b) => collator.compare(a.title, b.title));
}
