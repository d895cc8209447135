import type { Selectable } from "kysely";
import type { LoginThrottleTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type LoginThrottleRow = Selectable<LoginThrottleTable>;

export async function findThrottles(db: DbOrTrx, keys: readonly string[]): Promise<LoginThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom("login_throttle").selectAll().where("key", "in", [...keys]).execute();
}

/**
 * Counts one failure for `key` in a single statement, so instances racing on the same key never
 * lose a count: a new key starts at 1; a key whose window started at or before
 * `windowExpiredBefore` starts a new window at `now`; otherwise the count goes up by one.
 * (The same arithmetic as `throttleDecision` in app/domain/staff-auth.ts, done by the database.)
 */
export async function bumpThrottle(db: DbOrTrx, key: string, now: string, windowExpiredBefore: string): Promise<LoginThrottleRow> {
  return db
    .insertInto("login_throttle")
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const expired = eb("login_throttle.window_start", "<=", windowExpiredBefore);
        return {
          count: eb.case().when(expired).then(eb.lit(1)).else(eb(eb.ref("login_throttle.count"), "+", eb.lit(1))).end(),
          window_start: eb.case().when(expired).then(eb.ref("excluded.window_start")).else(eb.ref("login_throttle.window_start")).end(),
        };
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Housekeeping: rows whose window ended before `windowExpiredBefore` no longer count for anything. */
export async function deleteExpiredThrottles(db: DbOrTrx, windowExpiredBefore: string): Promise<number> {
  const result = await db.deleteFrom("login_throttle").where("window_start", "<=", windowExpiredBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}
