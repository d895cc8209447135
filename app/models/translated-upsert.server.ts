import type { Kysely } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";

/** The owner tables whose rows carry translations in `<table>_translation` keyed by `<table>_id`. */
type TranslatedTable = "comune" | "category" | "topic" | "office" | "service" | "article";

/**
 * Inserts the row matched by `match` (its natural key: slug, or kind + slug) or updates it in place,
 * then replaces its translations. Ids stay stable across re-runs, so seeding is idempotent.
 * Callers type `row` and `translations` against their own tables; this one shape serves them all.
 */
export async function upsertTranslated(
  dbOrTrx: DbOrTrx,
  table: TranslatedTable,
  match: Record<string, string>,
  row: Record<string, unknown>,
  translations: Record<string, Record<string, unknown>>,
): Promise<number> {
  // The table is one of a fixed list, so the loose typing below never meets an unknown table.
  const db = dbOrTrx as unknown as Kysely<any>;
  let find = db.selectFrom(table).select("id");
  for (const [column, value] of Object.entries(match)) find = find.where(column, "=", value);
  const existing = await find.executeTakeFirst();
  let id: number;
  if (existing) {
    id = existing.id;
    await db.updateTable(table).set(row).where("id", "=", id).execute();
  } else {
    id = (await db.insertInto(table).values(row).returning("id").executeTakeFirstOrThrow()).id;
  }
  const fk = `${table}_id`;
  await db.deleteFrom(`${table}_translation`).where(fk, "=", id).execute();
  const rows = Object.entries(translations).map(([lang, t]) => ({ [fk]: id, lang, ...t }));
  if (rows.length) await db.insertInto(`${table}_translation`).values(rows).execute();
  return id;
}
