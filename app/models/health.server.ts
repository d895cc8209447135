import { sql } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";

export async function pingDatabase(db: DbOrTrx): Promise<void> {
  await sql`select 1`.execute(db);
}
