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
