import type { DbOrTrx } from "~/utils/db.server";
import { upsertTranslated } from "./translated-upsert.server";
import type { OfficeTable, OfficeTranslationTable } from "#db/schema";
import type { Insertable } from "kysely";

function officesQuery(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("office as o")
    .innerJoin("office_translation as tr", (j) => j.onRef("tr.office_id", "=", "o.id").on("tr.lang", "=", lang))
    .select([
      "o.id",
      "o.slug",
      "o.email",
      "o.pec",
      "o.phone",
      "o.street_address",
      "o.postal_code",
      "o.locality",
      "tr.name",
      "tr.description",
      "tr.opening_hours",
    ]);
}

export async function listOffices(db: DbOrTrx, lang: string) {
  return officesQuery(db, lang).orderBy("o.sort_order").orderBy("tr.name").execute();
}

export async function findOffice(db: DbOrTrx, by: { slug: string } | { id: number }, lang: string) {
  const q = officesQuery(db, lang);
  return ("slug" in by ? q.where("o.slug", "=", by.slug) : q.where("o.id", "=", by.id)).executeTakeFirst();
}

export type OfficeView = NonNullable<Awaited<ReturnType<typeof findOffice>>>;

export async function upsertOffice(
  db: DbOrTrx,
  row: Insertable<OfficeTable>,
  translations: Record<string, Omit<OfficeTranslationTable, "office_id" | "lang">>,
): Promise<number> {
  return upsertTranslated(db, "office", { slug: row.slug }, row, translations);
}

export async function officeIdsBySlugs(db: DbOrTrx, slugs: readonly string[]): Promise<number[]> {
  if (!slugs.length) return [];
  const rows = await db.selectFrom("office").select("id").where("slug", "in", slugs).execute();
  return rows.map((r) => r.id);
}
