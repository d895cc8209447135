import type { Insertable, Selectable } from "kysely";
import type { SamlRequestTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type SamlRequestRow = Selectable<SamlRequestTable>;

export async function insertSamlRequest(db: DbOrTrx, row: Insertable<SamlRequestTable>): Promise<void> {
  await db.insertInto("saml_request").values(row).execute();
}

/**
 * Takes a pending request out of the table in one statement, so that two instances receiving the
 * same response cannot both use it: only one DELETE … RETURNING gets the row.
 */
export async function consumeSamlRequest(
  db: DbOrTrx,
  id: string,
  kind: SamlRequestRow["kind"],
  now: string,
): Promise<SamlRequestRow | undefined> {
  return db
    .deleteFrom("saml_request")
    .where("id", "=", id)
    .where("kind", "=", kind)
    .where("expires_at", ">", now)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteExpiredSamlRequests(db: DbOrTrx, now: string): Promise<number> {
  const result = await db.deleteFrom("saml_request").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
