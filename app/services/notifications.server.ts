import { createTransport } from "nodemailer";
import { MAX_SEND_ATTEMPTS, retryDelayMs } from "~/domain/mail-retry";
import { claim, listDue, markFailed, markSent } from "~/models/outbox.server";
import type { Db } from "~/utils/db.server";

/** One e-mail as the outbox hands it over. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** A stable id for the message (the outbox row), so a resend after a lost answer can be recognised. */
  messageId: string;
}

/** Where e-mails go. SMTP in a real installation; a test can plug in anything that sends. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

/** Sends through an SMTP server (nodemailer): smtp://user:pass@host:587 with STARTTLS, or smtps:// on 465. */
export function smtpSender(url: string, from: string): MailSender {
  const transport = createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
  };
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/**
 * Sends what is due in the outbox. Each message is claimed first (one UPDATE that only one sender can
 * win), so any number of workers and instances can run this at once without sending anything twice;
 * a sender that dies mid-way lets its claim lapse after `leaseMs` and another one takes over. A failure
 * is kept with its error and tried again later (app/domain/mail-retry.ts).
 */
export async function deliverDue(db: Db, sender: MailSender, now: () => Date, options: { batch?: number; leaseMs?: number; domain?: string } = {}): Promise<DeliveryReport> {
  const { batch = 20, leaseMs = 5 * 60_000, domain = "sportello.local" } = options;
  const start = now();
  const ids = await listDue(db, start.toISOString(), MAX_SEND_ATTEMPTS, batch);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const id of ids) {
    const at = now();
    const row = await claim(db, id, at.toISOString(), new Date(at.getTime() + leaseMs).toISOString());
    if (!row) continue; // another sender took it
    try {
      await sender.send({ to: row.recipient, subject: row.subject, text: row.body, messageId: `<outbox-${row.id}-${row.created_at.replace(/\D/g, "")}@${domain}>` });
      await markSent(db, row.id, now().toISOString());
      report.sent++;
    } catch (error) {
      const retryAt = new Date(now().getTime() + retryDelayMs(row.attempts)).toISOString();
      await markFailed(db, row.id, (error as Error).message || String(error), retryAt);
      report.failed++;
    }
  }
  return report;
}
