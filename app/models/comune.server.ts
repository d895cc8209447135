import type { DbOrTrx } from "~/utils/db.server";
import type { NewComune } from "#db/schema";

export async function findComune(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("comune")
    .innerJoin("comune_translation as tr", (j) => j.onRef("tr.comune_id", "=", "comune.id").on("tr.lang", "=", lang))
    .selectAll("comune")
    .select(["tr.urp_hours", "tr.tagline"])
    .orderBy("comune.id")
    .limit(1)
    .executeTakeFirst();
}

export async function upsertComune(
  db: DbOrTrx,
  row: NewComune,
  translations: Record<string, { urp_hours: string; tagline: string }>,
): Promise<number> {
  const existing = await db.selectFrom("comune").select("id").where("slug", "=", row.slug).executeTakeFirst();
  let id: number;
  if (existing) {
    id = existing.id;
    await db.updateTable("comune").set(row).where("id", "=", id).execute();
  } else {
    id = (await db.insertInto("comune").values(row).returning("id").executeTakeFirstOrThrow()).id;
  }
  await db.deleteFrom("comune_translation").where("comune_id", "=", id).execute();
  await db
    .insertInto("comune_translation")
    .values(Object.entries(translations).map(([lang, t]) => ({ comune_id: id, lang, ...t })))
    .execute();
  return id;
}
