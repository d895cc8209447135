/**
 * A row id as it arrives from a form or a URL: a positive integer that fits the databases' integer
 * columns, else null. PostgreSQL refuses "NaN", "1.5" or 10^10 for an integer column with an error,
 * where SQLite just finds no row: checking here gives the same answer on both.
 */
export function parseId(value: unknown): number | null {
  return typeof value === "string" && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
