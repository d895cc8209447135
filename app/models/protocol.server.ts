import { sql } from "kysely";
import type { DbOrTrx } from "~/utils/db.server";

/**
 * The next protocol number of `year`, to be called inside the transaction that submits the
 * application. The row is created once per year (a concurrent creation is ignored), then incremented
 * with one UPDATE … RETURNING: PostgreSQL locks the row until the transaction ends, so concurrent
 * submissions on any number of instances queue on it and get consecutive numbers; a rolled-back
 * submission rolls its increment back too, so there are no gaps. SQLite has one writer at a time.
 */
export async function nextProtocolNumber(trx: DbOrTrx, year: number): Promise<number> {
  await trx
    .insertInto("protocol_counter")
    .values({ year, last_number: 0 })
    .onConflict((oc) => oc.column("year").doNothing())
    .execute();
  const row = await trx
    .updateTable("protocol_counter")
    .set({ last_number: sql`last_number + 1` })
    .where("year", "=", year)
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return row.last_number;
}
