/**
 * The outbox's SMTP sender, against a real SMTP server listening on a local port (smtp-server) and
 * the real nodemailer transport, on SQLite and PostgreSQL: due messages go out once, future ones
 * wait, two senders at once never send a message twice, a refused message is kept with its error
 * and tried again later, and after the last attempt it is given up on.
 */
import type { AddressInfo } from "node:net";
import type { Kysely } from "kysely";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import type { Database } from "#db/schema";
import { MAX_SEND_ATTEMPTS, retryDelayMs } from "~/domain/mail-retry";
import { enqueueEmail } from "~/models/outbox.server";
import { deliverDue, smtpSender } from "~/services/notifications.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let port = 0;
const received: Received[] = [];
/** Recipients the server refuses (a full mailbox, a mistyped domain). */
const refused = new Set<string>();

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) {
        const error = new Error("mailbox unavailable") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("retry delays", () => {
  it("start at a minute, double, and stop growing at six hours", () => {
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(4)).toBe(480_000);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
    expect(MAX_SEND_ATTEMPTS).toBeGreaterThan(3);
  });
});

describe.each(databaseNames())("the outbox sender on %s", (name) => {
  let t: TestDatabase;
  let other: Kysely<Database> | undefined;
  const from = "Comune di Seregno <noreply@comune.seregno.mb.it>";
  const sender = () => smtpSender(`smtp://127.0.0.1:${port}`, from);
  const at = (iso: string) => () => new Date(iso);

  beforeAll(async () => {
    t = await createTestDatabase(name);
    if (name === "postgres") other = openDatabase(t.url);
  });
  afterAll(async () => {
    await other?.destroy();
    await t?.drop();
  });
  beforeEach(async () => {
    await t.db.deleteFrom("outbox").execute();
    received.length = 0;
    refused.clear();
  });

  it("sends what is due through SMTP, once, and leaves the future reminder for later", async () => {
    const now = "2026-11-27T09:00:00.000Z";
    await enqueueEmail(t.db, { recipient: "anna.bianchi@example.it", subject: "Domanda inviata 2026/0000001", body: "Abbiamo ricevuto la tua domanda." }, now);
    await enqueueEmail(t.db, { recipient: "mario.rossi@example.it", subject: "Messaggio dall'ufficio", body: "Hai un nuovo messaggio." }, now);
    await enqueueEmail(t.db, { recipient: "giuseppe.verdi@example.it", subject: "Promemoria appuntamento", body: "Domani alle 9:00.", availableAt: "2026-11-28T08:00:00.000Z" }, now);

    expect(await deliverDue(t.db, sender(), at("2026-11-27T09:00:30.000Z"))).toEqual({ sent: 2, failed: 0 });
    expect(received.map((r) => r.to[0]).sort()).toEqual(["anna.bianchi@example.it", "mario.rossi@example.it"]);
    const anna = received.find((r) => r.to[0] === "anna.bianchi@example.it")!;
    expect(anna.from).toBe("noreply@comune.seregno.mb.it");
    expect(anna.raw).toContain("Subject: Domanda inviata 2026/0000001");
    expect(anna.raw).toContain("Abbiamo ricevuto la tua domanda.");
    expect(anna.raw).toMatch(/Message-ID: <outbox-\d+-\d+@sportello\.local>/i);

    // Nothing is sent twice; the reminder goes out when its time comes.
    expect(await deliverDue(t.db, sender(), at("2026-11-27T09:01:00.000Z"))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDue(t.db, sender(), at("2026-11-28T08:00:00.000Z"))).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(3);
    const rows = await t.db.selectFrom("outbox").selectAll().orderBy("id").execute();
    expect(rows.every((r) => r.sent_at !== null && r.claimed_until === null && r.attempts === 1)).toBe(true);
  });

  it("two senders at once (two workers, or two instances) send each message exactly once", async () => {
    const now = "2026-11-27T09:00:00.000Z";
    for (let i = 0; i < 30; i++) await enqueueEmail(t.db, { recipient: `c${i}@example.org`, subject: `Avviso ${i}`, body: "Testo." }, now);
    const second = other ?? t.db;
    const [a, b] = await Promise.all([deliverDue(t.db, sender(), at("2026-11-27T09:00:10.000Z"), { batch: 30 }), deliverDue(second, sender(), at("2026-11-27T09:00:10.000Z"), { batch: 30 })]);
    expect(a.sent + b.sent).toBe(30);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((r) => r.to[0])).size).toBe(30);
  });

  it("keeps a refused message with its error, tries again later, and gives up after the last attempt", async () => {
    refused.add("wrong@example.org");
    const t0 = Date.parse("2026-11-27T09:00:00.000Z");
    await enqueueEmail(t.db, { recipient: "wrong@example.org", subject: "Domanda inviata", body: "Testo." }, new Date(t0).toISOString());

    expect(await deliverDue(t.db, sender(), () => new Date(t0 + 1000))).toEqual({ sent: 0, failed: 1 });
    let row = await t.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row.sent_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain("550");
    expect(row.claimed_until).toBeNull();
    expect(Date.parse(row.available_at)).toBe(t0 + 1000 + retryDelayMs(1));
    // Not before its time.
    expect(await deliverDue(t.db, sender(), () => new Date(t0 + 30_000))).toEqual({ sent: 0, failed: 0 });

    let clock = Date.parse(row.available_at);
    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      expect(await deliverDue(t.db, sender(), () => new Date(clock))).toEqual({ sent: 0, failed: 1 });
      row = await t.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
      expect(row.attempts).toBe(attempt);
      clock = Date.parse(row.available_at);
    }
    // Given up: no more tries, however late.
    expect(await deliverDue(t.db, sender(), () => new Date(clock + 86_400_000))).toEqual({ sent: 0, failed: 0 });
    expect(received).toHaveLength(0);

    // Once the address is right again (a corrected row), a fresh message goes out.
    refused.clear();
    await enqueueEmail(t.db, { recipient: "right@example.org", subject: "Domanda inviata", body: "Testo." }, new Date(clock).toISOString());
    expect(await deliverDue(t.db, sender(), () => new Date(clock + 1000))).toEqual({ sent: 1, failed: 0 });
  });

  it("takes over a message whose sender died holding it, once the claim has lapsed", async () => {
    const now = "2026-11-27T09:00:00.000Z";
    await enqueueEmail(t.db, { recipient: "anna.bianchi@example.it", subject: "Domanda inviata", body: "Testo." }, now);
    // A sender claimed it until 09:05 and then vanished.
    await t.db.updateTable("outbox").set({ claimed_until: "2026-11-27T09:05:00.000Z", attempts: 1 }).execute();
    expect(await deliverDue(t.db, sender(), at("2026-11-27T09:02:00.000Z"))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDue(t.db, sender(), at("2026-11-27T09:05:01.000Z"))).toEqual({ sent: 1, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("an unreachable SMTP server is a failure kept for later, not a crash", async () => {
    await enqueueEmail(t.db, { recipient: "anna.bianchi@example.it", subject: "Domanda inviata", body: "Testo." }, "2026-11-27T09:00:00.000Z");
    const report = await deliverDue(t.db, smtpSender("smtp://127.0.0.1:1", from), at("2026-11-27T09:00:10.000Z"));
    expect(report).toEqual({ sent: 0, failed: 1 });
    const row = await t.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
  });
});
