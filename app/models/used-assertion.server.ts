import type { DbOrTrx } from "~/utils/db.server";

/**
 * Remembers an assertion ID; false when it was already there (a replay). The primary key does the
 * work, so the check holds across every app instance.
 */
export async function rememberAssertion(
  db: DbOrTrx,
  row: { idp_entity_id: string; assertion_id: string; not_on_or_after: string; used_at: string },
): Promise<boolean> {
  const result = await db
    .insertInto("used_assertion")
    .values(row)
    .onConflict((oc) => oc.columns(["idp_entity_id", "assertion_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Assertions past their validity can no longer be replayed: their IDs need not be kept. */
export async function forgetExpiredAssertions(db: DbOrTrx, before: string): Promise<number> {
  const result = await db.deleteFrom("used_assertion").where("not_on_or_after", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
