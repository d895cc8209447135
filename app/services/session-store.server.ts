import { randomBytes } from "node:crypto";
import { type Cookie, createSessionStorage, type SessionData, type SessionStorage } from "@remix-run/node";
import { absoluteExpiry, secondsLeft, type SessionPolicy, sessionState } from "~/domain/session-policy";
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from "~/models/session.server";
import type { Db, DbOrTrx } from "~/utils/db.server";

/**
 * The session's indexed columns, read from its data: who is logged in and, for a SPID/CIE login, the
 * NameID — so every session of a person, or of one IdP login, can be found and ended.
 */
export function subjectColumns(data: SessionData): { subject: string | null; saml_name_id: string | null } {
  const who = (data as { subject?: { kind?: string; id?: number; nameId?: string } }).subject;
  if (!who || (who.kind !== "citizen" && who.kind !== "staff") || typeof who.id !== "number") return { subject: null, saml_name_id: null };
  return { subject: `${who.kind}:${who.id}`, saml_name_id: typeof who.nameId === "string" ? who.nameId : null };
}

/**
 * Remix session storage kept in the database (SQLite or PostgreSQL), so several app instances share
 * sessions. The cookie holds only the signed id. Reading a session past its idle or absolute end
 * deletes it and yields an empty session; every read of a live session counts as activity.
 */
export function createDatabaseSessionStorage(
  db: Db,
  cookie: Cookie,
  policy: SessionPolicy,
  now: () => Date = () => new Date(),
): SessionStorage<SessionData, SessionData> {
  return createSessionStorage({
    cookie,
    async createData(data) {
      const id = randomBytes(32).toString("base64url");
      const at = now();
      await insertSession(db, {
        id,
        data: JSON.stringify(data),
        created_at: at.toISOString(),
        last_seen_at: at.toISOString(),
        absolute_expires_at: absoluteExpiry(at, policy),
        ...subjectColumns(data),
      });
      return id;
    },
    async readData(id) {
      const row = await findSession(db, id);
      if (!row) return null;
      const at = now();
      if (sessionState(at, { lastSeenAt: row.last_seen_at, absoluteExpiresAt: row.absolute_expires_at }, policy) !== "active") {
        await deleteSession(db, id);
        return null;
      }
      await touchSession(db, id, row.data, at.toISOString());
      return JSON.parse(row.data) as SessionData;
    },
    async updateData(id, data) {
      const row = await findSession(db, id);
      if (!row) return;
      await touchSession(db, id, JSON.stringify(data), now().toISOString(), subjectColumns(data));
    },
    async deleteData(id) {
      await deleteSession(db, id);
    },
  });
}

/** Housekeeping for a background job: drops the sessions that can no longer be used. */
export async function purgeExpiredSessions(db: DbOrTrx, policy: SessionPolicy, at = new Date()): Promise<number> {
  return deleteExpiredSessions(db, at.toISOString(), new Date(at.getTime() - policy.idleSeconds * 1000).toISOString());
}

/**
 * How long a session has left, read WITHOUT counting as activity: the page's timeout warning asks
 * this, and asking must not keep the session alive by itself. Null when the session is gone.
 */
export async function sessionTimeLeft(db: Db, id: string, policy: SessionPolicy, at = new Date()): Promise<number | null> {
  const row = await findSession(db, id);
  if (!row) return null;
  const session = { lastSeenAt: row.last_seen_at, absoluteExpiresAt: row.absolute_expires_at };
  return sessionState(at, session, policy) === "active" ? secondsLeft(at, session, policy) : null;
}
