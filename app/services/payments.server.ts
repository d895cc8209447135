/**
 * Paying taxes with pagoPA (issue 5 §5-6). A notice is made for the open part of the next instalment of
 * a tax and year; the citizen pays it through a `PaymentProvider`; whoever learns of the payment first —
 * the provider's return, or the reconciliation feed of pagoPA receipts — records it with
 * `recordPagoPaPayment`, once (the notice moves from open to paid in one compare-and-set).
 *
 * The real pagoPA checkout cannot be reached from here: the demo uses `simulatedProvider`, whose
 * checkout page says in words that it is a simulation. A real provider implements the same interface.
 */
import { randomInt, randomUUID } from "node:crypto";
import { centsText } from "~/domain/exact";
import { applicationOfSubject } from "~/domain/fees";
import { noticeNumber } from "~/domain/pagopa";
import { insertNotice, findNotice, findOpenNotice, markNoticePaid, type TaxNoticeRow } from "~/models/tax-notice.server";
import { insertPayment } from "~/models/tax-position.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import { type RequestMeta, record } from "./audit.server";
import { feePaid } from "./fees.server";
import { taxPosition } from "./tax-position.server";

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
    // A fee is paid from its application's page, and the checkout goes back there.
    const application = n.tax === "FEE" ? applicationOfSubject(n.subject_ref) : null;
    if (application !== null) return `/area-personale/domande/${application}/pagamento/${n.notice_number}`;
    return `/area-personale/tributi/pagamento-simulato/${n.notice_number}`;
  },
};

/** The creditor's segregation code (assigned by PagoPA S.p.A.; Seregno's is not known: 01 in the demo). */
export const DEFAULT_SEGREGATION_CODE = "01";

export type NoticeResult = { ok: true; notice: TaxNoticeRow } | { ok: false; reason: "nothing_to_pay" };

/**
 * The notice for the open part of the next instalment of `tax` in `year`: the same notice again while it
 * is open and the amount has not changed, a new one otherwise. Numbers are random within the creditor's
 * segregation code and unique by the database (a clash is retried).
 */
export async function noticeForNextInstalment(
  db: Db,
  input: { fiscalCode: string; tax: "IMU" | "TARI"; year: number; segregation: string; description: (instalment: string) => string },
  today: string,
  now: string,
): Promise<NoticeResult> {
  const position = await taxPosition(db, input.fiscalCode, today);
  const year = position.years.find((y) => y.year === input.year);
  const balance = input.tax === "IMU" ? year?.imu?.balance : year?.tari?.balance;
  const next = balance?.next;
  if (!next || next.amount <= 0n) return { ok: false, reason: "nothing_to_pay" };
  const query = { fiscalCode: input.fiscalCode, tax: input.tax, year: input.year, instalment: next.key, amountCents: Number(next.amount) };
  const existing = await findOpenNotice(db, query);
  if (existing) return { ok: true, notice: existing };
  for (let attempt = 0; ; attempt++) {
    const sequence = BigInt(input.year % 100) * 100_000_000_000n + BigInt(randomInt(0, 2 ** 31)) * 40n + BigInt(randomInt(0, 40));
    try {
      const notice = await insertNotice(db, {
        fiscal_code: input.fiscalCode,
        tax: input.tax,
        year: input.year,
        instalment: next.key,
        description: input.description(next.key),
        amount_cents: Number(next.amount),
        due_on: next.due,
        notice_number: noticeNumber(input.segregation, sequence),
        state: "open",
        provider: null,
        receipt_id: null,
        paid_at: null,
        created_at: now,
      });
      return { ok: true, notice };
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/**
 * What a paid notice moves on, by its kind, inside the transaction that marks it paid: a tax instalment
 * joins the taxpayer's payments (and so closes the position). Other kinds ("FINE", "FEE") name their
 * subject in `subject_ref` and get their own case here.
 */
async function onNoticePaid(trx: DbOrTrx, notice: TaxNoticeRow, at: string): Promise<void> {
  switch (notice.tax) {
    case "IMU":
    case "TARI":
      await insertPayment(trx, {
        fiscal_code: notice.fiscal_code,
        tax: notice.tax,
        year: notice.year,
        code: "PAGOPA",
        channel: "pagoPA",
        paid_on: at.slice(0, 10),
        amount: centsText(BigInt(notice.amount_cents)),
        notice_number: notice.notice_number,
        reference: notice.description,
        created_at: at,
      });
      return;
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
