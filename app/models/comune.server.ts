import type { DbOrTrx } from "~/utils/db.server";
import { upsertTranslated } from "./translated-upsert.server";
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
  return upsertTranslated(db, "comune", { slug: row.slug }, row, translations);
}
