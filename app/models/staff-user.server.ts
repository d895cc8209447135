import type { Insertable, Selectable, Updateable } from "kysely";
import type { StaffUserTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type StaffUserRow = Selectable<StaffUserTable>;

export async function findStaffUserById(db: DbOrTrx, id: number): Promise<StaffUserRow | undefined> {
  return db.selectFrom("staff_user").selectAll().where("id", "=", id).executeTakeFirst();
}

/** `username` must already be normalised (lower case): the column holds lower case only. */
export async function findStaffUserByUsername(db: DbOrTrx, username: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom("staff_user").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function listStaffUsers(db: DbOrTrx): Promise<StaffUserRow[]> {
  return db.selectFrom("staff_user").selectAll().orderBy("username").execute();
}

export async function insertStaffUser(db: DbOrTrx, row: Insertable<StaffUserTable>): Promise<number> {
  const inserted = await db.insertInto("staff_user").values(row).returning("id").executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateStaffUser(db: DbOrTrx, id: number, patch: Updateable<StaffUserTable>): Promise<void> {
  await db.updateTable("staff_user").set(patch).where("id", "=", id).execute();
}

/**
 * Records `step` as the last accepted TOTP step only if it is later than the one stored, in one
 * statement: of two requests racing with the same code, exactly one gets `true`.
 */
export async function advanceTotpStep(db: DbOrTrx, id: number, step: number, patch: Updateable<StaffUserTable> = {}): Promise<boolean> {
  const result = await db
    .updateTable("staff_user")
    .set({ ...patch, totp_last_step: step })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Deletes every session of one subject ("staff:3"), except optionally the one in use: after a
 * password reset or a deactivation nobody may stay signed in with the old credentials.
 * Kept here rather than in session.server.ts because only staff management needs it so far.
 */
export async function deleteSessionsOfSubject(db: DbOrTrx, subject: string, exceptSessionId?: string): Promise<number> {
  let q = db.deleteFrom("session").where("subject", "=", subject);
  if (exceptSessionId !== undefined) q = q.where("id", "<>", exceptSessionId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}
