import type { DbOrTrx } from "~/utils/db.server";

export interface SessionRow {
  id: string;
  data: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
  /** "citizen:12", "staff:3" or null (anonymous). */
  subject?: string | null;
  saml_name_id?: string | null;
}

export async function insertSession(db: DbOrTrx, row: SessionRow): Promise<void> {
  await db.insertInto("session").values(row).execute();
}

export async function findSession(db: DbOrTrx, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom("session").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function touchSession(
  db: DbOrTrx,
  id: string,
  data: string,
  lastSeenAt: string,
  subject?: { subject: string | null; saml_name_id: string | null },
): Promise<void> {
  await db
    .updateTable("session")
    .set({ data, last_seen_at: lastSeenAt, ...(subject ?? {}) })
    .where("id", "=", id)
    .execute();
}

/** The sessions opened by one SPID/CIE login (IdP-initiated single logout finds them by NameID). */
export async function deleteSessionsByNameId(db: DbOrTrx, nameId: string): Promise<number> {
  const result = await db.deleteFrom("session").where("saml_name_id", "=", nameId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSession(db: DbOrTrx, id: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

/** Removes every session past its absolute end or idle since before `idleBefore`; returns how many. */
export async function deleteExpiredSessions(db: DbOrTrx, now: string, idleBefore: string): Promise<number> {
  const result = await db
    .deleteFrom("session")
    .where((eb) => eb.or([eb("absolute_expires_at", "<=", now), eb("last_seen_at", "<=", idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
