/**
 * The citizen's tax position from the rolls, on SQLite and PostgreSQL, with the demo taxpayer (Anna
 * Bianchi): IMU per year from her holdings (the main residence and garage exempt, half a shop, a
 * second home from 16 March 2024), TARI from her household account, the payments compared instalment
 * by instalment. Figures worked by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "#db/seed/index";
import { DEMO_TAXPAYER } from "#db/seed/tax-demo";
import { centsText } from "~/domain/exact";
import { taxPosition } from "~/services/tax-position.server";
import { noticeForNextInstalment, noticePlanFor, recordPagoPaPayment } from "~/services/payments.server";
import { NO_REQUEST } from "~/services/audit.server";
import { isValidNotice } from "~/domain/pagopa";
import { createTestDatabase, databaseNames, type TestDatabase } from "../setup/databases";

describe.each(databaseNames())("the tax position on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seed(t.db, undefined, { demoStaff: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("adds up IMU by year: paid in 2023 and 2024, the 2025 balance late, the 2026 balance still to come", async () => {
    const p = await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27");
    expect(p.years.map((y) => y.year)).toEqual([2026, 2025, 2024, 2023]);
    const imu = Object.fromEntries(p.years.map((y) => [y.year, y.imu!]));
    // 2023: shop C/1 50 %: 69,300 × 1.02 % × 50 % = 353.43 → 177 + 176.
    expect(imu[2023]!.result.lines.map((l) => `${l.code} ${l.acconto}/${l.saldo}`)).toEqual(["3918 177/176"]);
    expect(imu[2023]!.balance.status).toBe("paid");
    // 2024: + A/3 from 16 March, 10 months: 856.80 (June 342.72): line 1,210.23; acconto 519.44 → 519; saldo euro(691.23) = 691.
    expect(imu[2024]!.result.lines.map((l) => `${l.code} ${l.acconto}/${l.saldo}`)).toEqual(["3918 519/691"]);
    expect(imu[2024]!.result.properties.map((r) => r.treatment.kind)).toEqual(["exempt", "exempt", "other", "other"]);
    expect(imu[2024]!.balance.status).toBe("paid");
    // 2025: 353.43 + 1,028.16 = 1,381.59; acconto 176.715 + 514.08 = 690.80 → 691; saldo 691; only the acconto paid: 691 late.
    expect(imu[2025]!.balance).toMatchObject({ status: "late", due: 138200n, paid: 69100n, balance: 69100n, late: 69100n });
    // 2026 at 1.06 %: 367.29 + 1,068.48 = 1,435.77; acconto at 2025's 690.80 → 691; saldo euro(744.77) = 745, due 16 December.
    expect(imu[2026]!.balance).toMatchObject({ status: "open", balance: 74500n, late: 0n });
    expect(imu[2026]!.balance.next).toMatchObject({ key: "saldo", due: "2026-12-16", amount: 74500n });
  });

  it("adds up TARI by instalment and says what is late and what is open overall", async () => {
    const p = await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27");
    const tari = Object.fromEntries(p.years.map((y) => [y.year, y.tari!]));
    expect(tari[2024]!.balance.status).toBe("paid");
    expect(tari[2025]!.balance.status).toBe("late");
    expect(tari[2025]!.balance.next?.key).toBe("rata3");
    expect(tari[2026]!.balance.status).toBe("open");
    expect(tari[2026]!.illustrative).toBe(true);
    const openTari = tari[2025]!.balance.balance + tari[2026]!.balance.balance;
    expect(p.open).toBe(69100n + 74500n + openTari);
    expect(p.late).toBe(69100n + tari[2025]!.balance.late);
    expect(centsText(p.open)).toMatch(/^\d+\.\d\d$/);
  });

  it("the late 2025 IMU balance with its ravvedimento if paid today", async () => {
    const p = await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27");
    const imu = p.years.find((y) => y.year === 2025)!.imu!;
    expect(imu.lateCharges).toHaveLength(1);
    const r = imu.lateCharges[0]!.ravvedimento!;
    // Due 16/12/2025, paid 27/11/2026: 15 + 304 + 27 = 346 days, after the declaration deadline (30/06/2026),
    // new regime: 25 % / 7 of 691.00 = 24.678… → 24.68; interest 691 × 2 % × 15/365 = 0.5679… plus
    // 691 × 1.6 % × 331/365 = 10.0261… = 10.594… → 10.59; total 726.27.
    expect(r).toMatchObject({ days: 346, regime: "from_2024_09", band: "within_two_years", sanction: 2468n, interest: 1059n, total: 72627n });
    expect(r.interestByYear.map((i) => `${i.year}:${i.days}`)).toEqual(["2025:15", "2026:331"]);
    // The 2026 balance is not late yet: nothing to add.
    expect(p.years.find((y) => y.year === 2026)!.imu!.lateCharges).toEqual([]);
  });

  it("a pagoPA notice for the next instalment, reused while open; its payment recorded once, closing the year", async () => {
    const input = { fiscalCode: DEMO_TAXPAYER, tax: "IMU" as const, year: 2025, segregation: "01", description: (k: string, late: boolean) => `IMU 2025 – ${k}${late ? " (ravv.)" : ""}` };
    const first = await noticeForNextInstalment(t.db, input, "2026-11-27", "2026-11-27T10:00:00.000Z");
    const again = await noticeForNextInstalment(t.db, input, "2026-11-27", "2026-11-27T10:05:00.000Z");
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.notice.notice_number).toBe(first.notice.notice_number);
    expect(isValidNotice(first.notice.notice_number)).toBe(true);
    // Late: the tax with the ravvedimento of today, and the notice holds for today only.
    expect(first.notice).toMatchObject({ instalment: "saldo", amount_cents: 72627, sanction_cents: 2468, interest_cents: 1059, due_on: "2026-11-27", description: "IMU 2025 – saldo (ravv.)", state: "open" });
    // A day later the interest has grown: another notice.
    const tomorrow = await noticeForNextInstalment(t.db, input, "2026-11-28", "2026-11-28T10:00:00.000Z");
    expect(tomorrow.ok && tomorrow.notice.notice_number !== first.notice.notice_number && tomorrow.notice.amount_cents > 72627).toBe(true);

    const paid = { provider: "simulato", at: "2026-11-27T10:06:00.000Z" };
    expect(await recordPagoPaPayment(t.db, first.notice.notice_number, paid, NO_REQUEST)).toBe("recorded");
    // The reconciliation feed reports the same payment later: nothing changes.
    expect(await recordPagoPaPayment(t.db, first.notice.notice_number, { ...paid, provider: "rendicontazione" }, NO_REQUEST)).toBe("already");
    expect(await recordPagoPaPayment(t.db, "301000000000000144", paid, NO_REQUEST)).toBe("unknown");
    const p = await taxPosition(t.db, DEMO_TAXPAYER, "2026-11-27");
    const y2025 = p.years.find((y) => y.year === 2025)!;
    // Only the tax part settles the year; the sanction and the interest are recorded beside it.
    expect(y2025.imu!.balance).toMatchObject({ status: "paid", paid: 138200n });
    expect(y2025.payments.filter((x) => x.notice_number === first.notice.notice_number).map((x) => `${x.part} ${x.amount}`)).toEqual(["tax 691.00", "sanction 24.68", "interest 10.59"]);
    expect(await noticeForNextInstalment(t.db, input, "2026-11-27", "2026-11-27T10:07:00.000Z")).toEqual({ ok: false, reason: "nothing_to_pay" });
  });

  it("a year's coming instalments as one notice: single payment and each instalment; paying one closes the other option", async () => {
    // A household from 1 January 2026, nothing paid, seen on 10 May 2026: three TARI instalments to come.
    const fiscalCode = "RSSMRA80A01F704I";
    await t.db
      .insertInto("tari_account")
      .values({ fiscal_code: fiscalCode, address: "Via Cavour 3, Seregno", use: "domestic", occupants: 2, category: null, surface: "80", from_day: "2026-01-01", to_day: null, reductions: "[]", created_at: "2026-05-10T08:00:00Z" })
      .execute();
    const input = { fiscalCode, tax: "TARI" as const, year: 2026, segregation: "01", description: (k: string) => `TARI 2026 – ${k}` };
    const position = await taxPosition(t.db, fiscalCode, "2026-05-10");
    const tari = position.years.find((y) => y.year === 2026)!.tari!;
    expect(tari.balance.openInstalments.map((i) => i.key)).toEqual(["rata1", "rata2", "rata3"]);
    const plan = await noticePlanFor(t.db, input, "2026-05-10", "2026-05-10T09:00:00Z");
    if (!plan.ok) throw new Error("no plan");
    expect(plan.single).toMatchObject({ instalment: "unica", amount_cents: Number(tari.balance.due), due_on: tari.instalments[0]!.due });
    expect(plan.instalments.map((n) => [n.instalment, n.amount_cents])).toEqual(tari.instalments.map((i) => [i.key, Number(i.amount)]));
    expect(new Set([plan.single, ...plan.instalments].map((n) => n.notice_number)).size).toBe(4);
    // Asked again: the same notices.
    const again = await noticePlanFor(t.db, input, "2026-05-10", "2026-05-10T09:05:00Z");
    expect(again.ok && again.single.notice_number).toBe(plan.single.notice_number);

    // Paying the first instalment cancels the single payment (an alternative of the same debt), not the other instalments.
    expect(await recordPagoPaPayment(t.db, plan.instalments[0]!.notice_number, { provider: "simulato", at: "2026-05-11T10:00:00Z" }, NO_REQUEST)).toBe("recorded");
    const states = async () =>
      Object.fromEntries((await t.db.selectFrom("tax_notice").select(["instalment", "state"]).where("fiscal_code", "=", fiscalCode).execute()).map((r) => [r.instalment, r.state]));
    expect(await states()).toEqual({ unica: "cancelled", rata1: "paid", rata2: "open", rata3: "open" });
    expect(await recordPagoPaPayment(t.db, plan.single.notice_number, { provider: "rendicontazione", at: "2026-05-12T10:00:00Z" }, NO_REQUEST)).toBe("already");
  });

  it("someone with no rolls has an empty position", async () => {
    const p = await taxPosition(t.db, "RSSMRA80A01H501U", "2026-11-27");
    expect(p.years).toEqual([]);
    expect(p.open).toBe(0n);
  });
});
