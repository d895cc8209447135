import type { DbOrTrx } from "~/utils/db.server";

export async function listFaqs(db: DbOrTrx, lang: string) {
  return db
    .selectFrom("faq as f")
    .innerJoin("faq_translation as tr", (j) => j.onRef("tr.faq_id", "=", "f.id").on("tr.lang", "=", lang))
    .select(["f.id", "tr.question", "tr.answer"])
    .orderBy("f.sort_order")
    .orderBy("f.id")
    .execute();
}

/** FAQs have no natural key: the seed replaces them all at once. */
export async function replaceFaqs(
  db: DbOrTrx,
  faqs: { sortOrder: number; categoryId: number | null; translations: Record<string, { question: string; answer: string }> }[],
): Promise<void> {
  await db.deleteFrom("faq_translation").execute();
  await db.deleteFrom("faq").execute();
  for (const f of faqs) {
    const { id } = await db
      .insertInto("faq")
      .values({ sort_order: f.sortOrder, category_id: f.categoryId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("faq_translation")
      .values(Object.entries(f.translations).map(([lang, t]) => ({ faq_id: id, lang, ...t })))
      .execute();
  }
}
