/**
 * Paying taxes with pagoPA (issue 5 §5-6). A notice is made for the open part of the next instalment of
 * a tax and year; the citizen pays it through a `PaymentProvider`; whoever learns of the payment first —
 * the provider's return, or the reconciliation feed of pagoPA receipts — records it with
 * `recordPagoPaPayment`, once (the notice moves from open to paid in one compare-and-set).
 *
 * The real pagoPA checkout cannot be reached from here: the demo uses `simulatedProvider`, whose
 * checkout page says in words that it is a simulation. A real provider implements the same interface.
 */
import { randomUUID } from "node:crypto";
import { todayInItaly } from "~/domain/dates";
import { centsText } from "~/domain/exact";
import { fineTerms, paymentSettles } from "~/domain/fines";
import { applicationOfSubject } from "~/domain/fees";
import { cancelAlternatives, findNotice, findOpenNotice, insertNumberedNotice, markNoticePaid, SINGLE_PAYMENT, type TaxNoticeRow } from "~/models/tax-notice.server";
import { insertPayment } from "~/models/tax-position.server";
import { addFinePayment, findFine } from "~/models/traffic-fine.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import { type RequestMeta, record } from "./audit.server";
import { nextPaymentOf, type TaxPosition, taxPosition } from "./tax-position.server";
import { feePaid } from "./fees.server";

export interface PaymentProvider {
  name: string;
  simulated: boolean;
  /** Where the citizen's browser goes to pay this notice. */
  checkoutUrl(notice: TaxNoticeRow): string;
}

export const simulatedProvider: PaymentProvider = {
  name: "simulato",
  simulated: true,
  checkoutUrl: (n) => {
    // A fine is paid without logging in: its checkout is public, and the report number and plate in the
    // query are the proof (app/utils/fine-routes.server.ts adds them). A fee is paid from its
    // application's page, and the checkout goes back there. Taxes are paid from the personal area.
    if (n.tax === "FINE") return `/multe/pagamento-simulato/${n.notice_number}`;
    const application = n.tax === "FEE" ? applicationOfSubject(n.subject_ref) : null;
    if (application !== null) return `/area-personale/domande/${application}/pagamento/${n.notice_number}`;
    return `/area-personale/tributi/pagamento-simulato/${n.notice_number}`;
  },
};

export type NoticeResult = { ok: true; notice: TaxNoticeRow } | { ok: false; reason: "nothing_to_pay" };

interface NoticeRequest {
  fiscalCode: string;
  tax: "IMU" | "TARI";
  year: number;
  segregation: string;
  description: (instalment: string, late: boolean) => string;
}

/**
 * The notice for the open part of the next instalment of `tax` in `year`: the same notice again while it
 * is open and the amount has not changed, a new one otherwise. Numbers are random within the creditor's
 * segregation code and unique by the database (a clash is retried).
 */
export async function noticeForNextInstalment(
  db: Db,
  input: NoticeRequest,
  today: string,
  now: string,
): Promise<NoticeResult> {
  return noticeOfNextInstalment(db, input, taxYearOf(await taxPosition(db, input.fiscalCode, today), input), today, now);
}

/** The tax and year of a request in a position (null when there is nothing of it). */
function taxYearOf(position: TaxPosition, input: Pick<NoticeRequest, "tax" | "year">) {
  const year = position.years.find((y) => y.year === input.year);
  return (input.tax === "IMU" ? year?.imu : year?.tari) ?? null;
}

async function noticeOfNextInstalment(db: Db, input: NoticeRequest, tax: ReturnType<typeof taxYearOf>, today: string, now: string): Promise<NoticeResult> {
  const pay = tax ? nextPaymentOf(tax) : null;
  if (!pay) return { ok: false, reason: "nothing_to_pay" };
  const next = pay.instalment;
  const query = { fiscalCode: input.fiscalCode, tax: input.tax, year: input.year, instalment: next.key, amountCents: Number(pay.total) };
  const existing = await findOpenNotice(db, query);
  if (existing) return { ok: true, notice: existing };
  const late = pay.total > next.amount;
  const notice = await insertNumberedNotice(db, input.segregation, {
    fiscal_code: input.fiscalCode,
    tax: input.tax,
    year: input.year,
    instalment: next.key,
    description: input.description(next.key, late),
    amount_cents: Number(pay.total),
    sanction_cents: late ? Number(pay.sanction) : null,
    interest_cents: late ? Number(pay.interest) : null,
    // A late instalment's amount grows with the interest every day: its notice holds for today only.
    due_on: late ? today : next.due,
    state: "open",
    provider: null,
    receipt_id: null,
    paid_at: null,
    created_at: now,
  });
  return { ok: true, notice };
}

export type NoticePlan = { ok: true; single: TaxNoticeRow; instalments: TaxNoticeRow[] } | { ok: false; reason: "nothing_to_pay" };

/**
 * The notice of a tax year's instalments still to come, as pagoPA prints them: a single payment of all
 * of them by the first due date, and one notice per instalment (issue 5 §5, "single payment and
 * instalments"). With one instalment left (or a late one, which goes first with its ravvedimento) it is
 * simply that instalment's notice. Open notices with the same amounts are reused.
 */
export async function noticePlanFor(db: Db, input: NoticeRequest, today: string, now: string): Promise<NoticePlan> {
  const tax = taxYearOf(await taxPosition(db, input.fiscalCode, today), input);
  const coming = tax && tax.balance.lateInstalments.length === 0 ? tax.balance.openInstalments : [];
  if (coming.length < 2) {
    const one = await noticeOfNextInstalment(db, input, tax, today, now);
    return one.ok ? { ok: true, single: one.notice, instalments: [] } : one;
  }
  const reuse = async (instalment: string, amount: bigint, due: string) =>
    (await findOpenNotice(db, { fiscalCode: input.fiscalCode, tax: input.tax, year: input.year, instalment, amountCents: Number(amount) })) ??
    (await insertNumberedNotice(db, input.segregation, {
      fiscal_code: input.fiscalCode,
      tax: input.tax,
      year: input.year,
      instalment,
      description: input.description(instalment, false),
      amount_cents: Number(amount),
      due_on: due,
      state: "open",
      provider: null,
      receipt_id: null,
      paid_at: null,
      created_at: now,
    }));
  const total = coming.reduce((s, i) => s + i.amount, 0n);
  const single = await reuse(SINGLE_PAYMENT, total, coming[0]!.due);
  const instalments: TaxNoticeRow[] = [];
  for (const i of coming) instalments.push(await reuse(i.key, i.amount, i.due));
  return { ok: true, single, instalments };
}

/**
 * What a paid notice moves on, by its kind, inside the transaction that marks it paid: a tax instalment
 * joins the taxpayer's payments (and so closes the position). Other kinds ("FINE", "FEE") name their
 * subject in `subject_ref` and get their own case here.
 */
async function onNoticePaid(trx: DbOrTrx, notice: TaxNoticeRow, at: string): Promise<void> {
  switch (notice.tax) {
    case "IMU":
    case "TARI": {
      // The tax part settles the instalment; a ravvedimento's sanction and interest are recorded beside it.
      const sanction = BigInt(notice.sanction_cents ?? 0);
      const interest = BigInt(notice.interest_cents ?? 0);
      const parts = [
        { part: "tax" as const, cents: BigInt(notice.amount_cents) - sanction - interest },
        { part: "sanction" as const, cents: sanction },
        { part: "interest" as const, cents: interest },
      ].filter((p) => p.cents > 0n);
      for (const p of parts) {
        await insertPayment(trx, {
          fiscal_code: notice.fiscal_code,
          tax: notice.tax,
          year: notice.year,
          code: "PAGOPA",
          channel: "pagoPA",
          paid_on: at.slice(0, 10),
          amount: centsText(p.cents),
          notice_number: notice.notice_number,
          reference: notice.description,
          part: p.part,
          created_at: at,
        });
      }
      // The single payment and the instalments are alternatives: paying one closes the other option.
      await cancelAlternatives(trx, notice);
      return;
    }
    case "FINE": {
      // The notice is the fine's ("fine:<id>"): its amount joins what was paid for the fine, which is
      // closed when the notice was still valid on the day of payment, or the total covers that day's band.
      const id = /^fine:(\d+)$/.exec(notice.subject_ref ?? "")?.[1];
      const fine = id ? await findFine(trx, Number(id)) : undefined;
      if (!fine) throw new Error(`Paid fine notice ${notice.notice_number} names no fine (${notice.subject_ref})`);
      const payDay = todayInItaly(new Date(at));
      const paidTotalCents = BigInt(fine.paid_cents) + BigInt(notice.amount_cents);
      const settles = fine.state !== "paid" && paymentSettles(fineTerms(fine), { payDay, noticeDueOn: notice.due_on, paidTotalCents });
      await addFinePayment(trx, fine.id, { cents: notice.amount_cents, notice: notice.notice_number, at, settles });
      return;
    }
    case "FEE":
      await feePaid(trx, notice, at);
      return;
    default:
      throw new Error(`No handler for paid notices of kind ${notice.tax}`);
  }
}

/**
 * Records that a notice was paid (from the provider's return or the reconciliation feed): the notice
 * becomes paid and the payment joins the taxpayer's rolls, in one transaction; a second report of the
 * same payment changes nothing. Returns false for an unknown notice.
 */
export async function recordPagoPaPayment(db: Db, noticeNumber: string, paid: { provider: string; receiptId?: string; at: string }, meta: RequestMeta): Promise<"recorded" | "already" | "unknown"> {
  const notice = await findNotice(db, noticeNumber);
  if (!notice) return "unknown";
  return db.transaction().execute(async (trx: DbOrTrx) => {
    const receiptId = paid.receiptId ?? randomUUID();
    if (!(await markNoticePaid(trx, noticeNumber, { provider: paid.provider, receiptId, at: paid.at }))) return "already" as const;
    await onNoticePaid(trx, notice, paid.at);
    await record(trx, { event: "tax.notice_paid", outcome: "success", actor: { kind: "system" }, target: { kind: "tax_notice", id: notice.id }, details: { provider: paid.provider, notice: noticeNumber, amount: notice.amount_cents }, meta });
    return "recorded" as const;
  });
}
