/**
 * Traffic fines on SQLite and PostgreSQL: the lookup by report number and plate (one answer for any
 * wrong pair, throttled per address), the pagoPA notice of the day's band (reused while the band
 * lasts, a new one after), and the payment through recordPagoPaPayment closing the fine once.
 * Demo data seeded as of Friday 2026-11-27: Anna's parking fine notified Wed 2026-11-25, so the 5
 * days end Mon 2026-11-30; the 60 days end Sun 2027-01-24 → Mon 2027-01-25.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FINES, seedFinesDemo } from "#db/seed/fines-demo";
import { centsText } from "~/domain/exact";
import { isValidNotice } from "~/domain/pagopa";
import { FINE_LOOKUP_THROTTLE } from "~/domain/fines";
import { findFine, insertFine } from "~/models/traffic-fine.server";
import { NO_REQUEST } from "~/services/audit.server";
import { fineStatus, finesOfOwner, lookupFine, noticeForFine, noticeOfFine } from "~/services/fines.server";
import { recordPagoPaPayment, simulatedProvider } from "~/services/payments.server";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

const NOW = new Date("2026-11-27T10:00:00.000Z");
const input = { segregation: "01", description: (band: string) => `fine ${band}` };

describe.each(databaseNames())("traffic fines on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedFinesDemo(t.db, "2026-11-27", NOW.toISOString());
    await seedFinesDemo(t.db, "2026-11-27", NOW.toISOString());
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("seeds the demo once: Anna's open and paid fines, Mario's", async () => {
    expect((await finesOfOwner(t.db, "BNCNNA41B43I625G")).map((f) => [f.report_number, f.state])).toEqual([
      ["V/2026/004512", "open"],
      ["V/2026/000871", "paid"],
    ]);
    expect((await finesOfOwner(t.db, "RSSMRA85T10H501O")).map((f) => f.report_number)).toEqual(["V/2026/003987"]);
  });

  it("finds a fine only by its report number with its own plate, as typed", async () => {
    const found = await lookupFine(t.db, { reportNumber: " v/2026/004512 ", plate: "fg 482 kl" }, NO_REQUEST, NOW);
    expect(found.ok && found.fine.report_number).toBe(DEMO_FINES.annaOpen.report);
    expect(await lookupFine(t.db, { reportNumber: DEMO_FINES.annaOpen.report, plate: "FG482KM" }, NO_REQUEST, NOW)).toEqual({ ok: false, reason: "not_found" });
    // Mario's report with Anna's plate: the same answer as any other wrong pair.
    expect(await lookupFine(t.db, { reportNumber: DEMO_FINES.marioOpen.report, plate: DEMO_FINES.annaOpen.plate }, NO_REQUEST, NOW)).toEqual({ ok: false, reason: "not_found" });
  });

  it("throttles wrong pairs per address, then refuses even the right pair from there", async () => {
    const meta = { ...NO_REQUEST, ip: "203.0.113.7" };
    for (let i = 0; i < FINE_LOOKUP_THROTTLE.limit; i++) {
      expect((await lookupFine(t.db, { reportNumber: `X${i}`, plate: "AA000AA" }, meta, NOW)).ok).toBe(false);
    }
    expect(await lookupFine(t.db, DEMO_FINES_INPUT, meta, NOW)).toEqual({ ok: false, reason: "throttled" });
    expect((await lookupFine(t.db, DEMO_FINES_INPUT, { ...meta, ip: "203.0.113.8" }, NOW)).ok).toBe(true);
    // The window ends by itself.
    expect((await lookupFine(t.db, DEMO_FINES_INPUT, meta, new Date(NOW.getTime() + FINE_LOOKUP_THROTTLE.windowMs + 1000))).ok).toBe(true);
  });

  it("shows the 30% band today: 29.40 + 15.40 until Monday 30/11, then 57.40", async () => {
    const fine = await annaFine();
    const { payable, due } = fineStatus(fine, "2026-11-27");
    expect(payable).toBe(true);
    expect([due.current.key, due.current.until, centsText(due.current.sanction), centsText(due.current.total)]).toEqual(["reduced", "2026-11-30", "29.40", "44.80"]);
    expect([due.next?.key, due.next?.until, centsText(due.next!.total)]).toEqual(["minimum", "2027-01-25", "57.40"]);
  });

  it("reuses the notice while its band lasts, makes a new one at the new amount after, and a payment closes the fine once", async () => {
    const fine = await annaFine();
    const first = await noticeForFine(t.db, fine, input, "2026-11-27", "2026-11-27T10:00:00.000Z");
    if (!first.ok) throw new Error("no notice");
    expect(first.notice).toMatchObject({ tax: "FINE", subject_ref: `fine:${fine.id}`, amount_cents: 4480, due_on: "2026-11-30", instalment: "reduced", fiscal_code: "BNCNNA41B43I625G", state: "open", description: "fine reduced" });
    expect(isValidNotice(first.notice.notice_number)).toBe(true);
    expect(simulatedProvider.checkoutUrl(first.notice)).toBe(`/multe/pagamento-simulato/${first.notice.notice_number}`);
    const again = await noticeForFine(t.db, fine, input, "2026-11-30", "2026-11-30T18:00:00.000Z");
    expect(again.ok && again.notice.notice_number).toBe(first.notice.notice_number);
    // Tuesday 1 December: the reduced notice is not offered any more.
    const later = await noticeForFine(t.db, fine, input, "2026-12-01", "2026-12-01T08:00:00.000Z");
    if (!later.ok) throw new Error("no notice");
    expect(later.notice.notice_number).not.toBe(first.notice.notice_number);
    expect(later.notice).toMatchObject({ amount_cents: 5740, due_on: "2027-01-25", instalment: "minimum" });
    // A bare notice number of another fine is not this fine's.
    expect(await noticeOfFine(t.db, fine, later.notice.notice_number)).toBeDefined();
    const mario = await findFineOf(DEMO_FINES.marioOpen);
    expect(await noticeOfFine(t.db, mario, later.notice.notice_number)).toBeUndefined();

    const paid = { provider: "simulato", at: "2026-12-01T09:00:00.000Z" };
    expect(await recordPagoPaPayment(t.db, later.notice.notice_number, paid, NO_REQUEST)).toBe("recorded");
    expect(await recordPagoPaPayment(t.db, later.notice.notice_number, { ...paid, provider: "rendicontazione" }, NO_REQUEST)).toBe("already");
    const after = (await findFine(t.db, fine.id))!;
    expect(after).toMatchObject({ state: "paid", paid_cents: 5740, paid_notice: later.notice.notice_number, paid_at: paid.at });
    expect(await noticeForFine(t.db, after, input, "2026-12-02", "2026-12-02T08:00:00.000Z")).toEqual({ ok: false, reason: "not_payable" });
  });

  it("a reduced notice paid after its band counts towards the fine, which stays open for the difference", async () => {
    // Notified Mon 2026-11-23: 5 days end Sat 2026-11-28 (a Saturday is not moved).
    const id = await insertFine(t.db, { report_number: "T/1", plate: "ZZ111ZZ", violated_at: "2026-11-22T08:00:00.000Z", place: "Seregno", article: "art. 7 c. 14 CdS", description_it: "Sosta", description_en: "Parking", minimum: "42.00", maximum: "173.00", costs: "15.40", notified_on: "2026-11-23", owner_fiscal_code: null, owner_name: "Ditta Esempio S.r.l.", state: "open", created_at: NOW.toISOString(), updated_at: NOW.toISOString() });
    const fine = (await findFine(t.db, id))!;
    const reduced = await noticeForFine(t.db, fine, input, "2026-11-27", NOW.toISOString());
    if (!reduced.ok) throw new Error("no notice");
    expect(reduced.notice).toMatchObject({ amount_cents: 4480, due_on: "2026-11-28", fiscal_code: "" });
    // Paid at the bank on Monday 30/11 (the feed reports it): 44.80 of 57.40.
    expect(await recordPagoPaPayment(t.db, reduced.notice.notice_number, { provider: "rendicontazione", at: "2026-11-30T09:00:00.000Z" }, NO_REQUEST)).toBe("recorded");
    const partly = (await findFine(t.db, id))!;
    expect(partly).toMatchObject({ state: "open", paid_cents: 4480, paid_notice: null });
    const rest = await noticeForFine(t.db, partly, input, "2026-11-30", "2026-11-30T10:00:00.000Z");
    expect(rest.ok && rest.notice.amount_cents).toBe(1260);
    if (!rest.ok) throw new Error("no notice");
    expect(await recordPagoPaPayment(t.db, rest.notice.notice_number, { provider: "simulato", at: "2026-11-30T10:05:00.000Z" }, NO_REQUEST)).toBe("recorded");
    expect(await findFine(t.db, id)).toMatchObject({ state: "paid", paid_cents: 5740, paid_notice: rest.notice.notice_number });
  });

  const DEMO_FINES_INPUT = { reportNumber: DEMO_FINES.annaOpen.report, plate: DEMO_FINES.annaOpen.plate };
  async function findFineOf(pair: { report: string; plate: string }) {
    const r = await lookupFine(t.db, { reportNumber: pair.report, plate: pair.plate }, NO_REQUEST, NOW);
    if (!r.ok) throw new Error("demo fine missing");
    return r.fine;
  }
  const annaFine = () => findFineOf(DEMO_FINES.annaOpen);
});
