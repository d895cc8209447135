import type { Insertable, Selectable } from "kysely";
import type { TestIdpRequestTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type TestIdpRequestRow = Selectable<TestIdpRequestTable>;

export async function insertTestIdpRequest(db: DbOrTrx, row: Insertable<TestIdpRequestTable>): Promise<void> {
  await db.insertInto("test_idp_request").values(row).execute();
}

export async function findTestIdpRequest(db: DbOrTrx, id: string): Promise<TestIdpRequestRow | undefined> {
  return db.selectFrom("test_idp_request").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Answered once: the row goes as it is read. */
export async function takeTestIdpRequest(db: DbOrTrx, id: string): Promise<TestIdpRequestRow | undefined> {
  return db.deleteFrom("test_idp_request").where("id", "=", id).returningAll().executeTakeFirst();
}

export async function deleteOldTestIdpRequests(db: DbOrTrx, before: string): Promise<number> {
  const result = await db.deleteFrom("test_idp_request").where("created_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
