import type { Insertable } from "kysely";
import type { OutboxTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export interface OutboxMessage {
  recipient: string;
  subject: string;
  body: string;
  /** What the message is about ("application", "appointment"), for the demo's outbox page and the audit. */
  relatedKind?: string;
  relatedId?: string | number;
  /** Not before this instant (a reminder the day before); now by default. */
  availableAt?: string;
}

/**
 * Queues an e-mail in the transaction of the change it tells about: it is sent only if that change
 * is committed, by whichever instance claims it (app/services/notifications.server.ts).
 */
export async function enqueueEmail(trx: DbOrTrx, message: OutboxMessage, now: string): Promise<void> {
  const row: Insertable<OutboxTable> = {
    kind: "email",
    recipient: message.recipient,
    subject: message.subject,
    body: message.body,
    related_kind: message.relatedKind ?? null,
    related_id: message.relatedId === undefined ? null : String(message.relatedId),
    created_at: now,
    available_at: message.availableAt ?? now,
    claimed_until: null,
    sent_at: null,
    last_error: null,
  };
  await trx.insertInto("outbox").values(row).execute();
}

/** The newest messages first, for the back office's outbox page. */
export async function listOutbox(db: DbOrTrx, limit: number) {
  return db.selectFrom("outbox").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
}

export type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

/** Ids of messages that may be sent now: due, not sent, not held by a sender, not given up on. */
export async function listDue(db: DbOrTrx, now: string, maxAttempts: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom("outbox")
    .select("id")
    .where("sent_at", "is", null)
    .where("available_at", "<=", now)
    .where("attempts", "<", maxAttempts)
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", now)]))
    .orderBy("available_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes one message for sending until `until`, if nobody holds it: a compare-and-set in one UPDATE,
 * so of several senders (workers, instances, on SQLite or PostgreSQL) exactly one gets each message.
 */
export async function claim(db: DbOrTrx, id: number, now: string, until: string) {
  return db
    .updateTable("outbox")
    .set((eb) => ({ claimed_until: until, attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<", now)]))
    .returningAll()
    .executeTakeFirst();
}

export async function markSent(db: DbOrTrx, id: number, at: string): Promise<void> {
  await db.updateTable("outbox").set({ sent_at: at, claimed_until: null, last_error: null }).where("id", "=", id).execute();
}

/** A failed attempt: released, with the error kept and the next try not before `retryAt`. */
export async function markFailed(db: DbOrTrx, id: number, error: string, retryAt: string): Promise<void> {
  await db.updateTable("outbox").set({ claimed_until: null, last_error: error.slice(0, 500), available_at: retryAt }).where("id", "=", id).execute();
}
