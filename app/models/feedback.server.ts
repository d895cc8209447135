import { sql } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";
import type { NewFeedback } from "#db/schema";

export async function insertFeedback(db: DbOrTrx, row: NewFeedback): Promise<number> {
  const { id } = await db.insertInto("feedback").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Count and average rating for one page path (or every page when omitted). */
export async function feedbackSummary(db: DbOrTrx, pagePath?: string) {
  let q = db.selectFrom("feedback").select([sql<number>`count(*)`.as("count"), sql<number | null>`avg(rating)`.as("average")]);
  if (pagePath) q = q.where("page_path", "=", pagePath);
  const row = await q.executeTakeFirstOrThrow();
  return { count: Number(row.count), average: row.average === null ? null : Number(row.average) };
}

export async function listFeedback(db: DbOrTrx, limit = 100) {
  return db.selectFrom("feedback").selectAll().orderBy("id", "desc").limit(limit).execute();
}
