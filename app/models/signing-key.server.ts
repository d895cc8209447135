import type { DbOrTrx } from "~/utils/db.server";

export async function findSigningKey(db: DbOrTrx, purpose: string) {
  return db.selectFrom("signing_key").select(["purpose", "private_key_pem", "certificate_pem", "created_at"]).where("purpose", "=", purpose).executeTakeFirst();
}

/** Insert-or-ignore: when two workers race, the first row stays and both read it back. */
export async function insertSigningKeyIfAbsent(
  db: DbOrTrx,
  row: { purpose: string; private_key_pem: string; certificate_pem: string; created_at: string },
): Promise<void> {
  await db.insertInto("signing_key").values(row).onConflict((oc) => oc.column("purpose").doNothing()).execute();
}
