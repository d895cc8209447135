/**
 * Fees on applications (issue 5 §6, "any application waiting for that payment moves on by itself"):
 * the office asks a payment on a case — a pagoPA notice of kind "FEE" naming the application — and
 * the case waits in "payment_requested", its legal term suspended. When the notice is paid, by the
 * checkout or by pagoPA's reconciliation flow, `feePaid` runs inside the transaction that marks the
 * notice paid (app/services/payments.server.ts, `onNoticePaid`) and moves the case back to the office
 * with a "payment received" event, the audit row and the citizen's e-mail.
 */
import { deadline, DEFAULT_DEADLINE_RULE, type DeadlineRule, suspensionsOf, transition } from "~/domain/application-workflow";
import { centsText } from "~/domain/exact";
import { applicationOfSubject, applicationSubject, FEE_DAYS } from "~/domain/fees";
import { formatProtocol } from "~/domain/protocol";
import { addCalendarDays } from "~/domain/working-days";
import { findApplication, insertEvent, listEvents, moveState } from "~/models/application.server";
import { findCitizenByFiscalCode } from "~/models/citizen.server";
import { enqueueEmail } from "~/models/outbox.server";
import { insertNumberedNotice, listSubjectNotices, type TaxNoticeRow } from "~/models/tax-notice.server";
import taxofficeIt from "~/locales/taxoffice.it";
import type { DbOrTrx } from "~/utils/db.server";
import { italianDay } from "./applications.server";
import { NO_REQUEST, record } from "./audit.server";

const UNPAID = { state: "open", provider: null, receipt_id: null, paid_at: null } as const;

/** The FEE notice of an application, in the transaction that moves it to "payment_requested". */
export async function issueFeeNotice(
  trx: DbOrTrx,
  input: { applicationId: number; fiscalCode: string; cents: bigint; reason: string; segregation: string },
  clock: { today: string; now: string }
): Promise<TaxNoticeRow> {
  return insertNumberedNotice(trx, input.segregation, {
    ...UNPAID,
    fiscal_code: input.fiscalCode,
    tax: "FEE",
    year: Number(clock.today.slice(0, 4)),
    instalment: "unica",
    description: input.reason,
    amount_cents: Number(input.cents),
    due_on: addCalendarDays(clock.today, FEE_DAYS),
    subject_ref: applicationSubject(input.applicationId),
    created_at: clock.now,
  });
}

export async function feeNoticesOf(db: DbOrTrx, applicationId: number): Promise<TaxNoticeRow[]> {
  return listSubjectNotices(db, applicationSubject(applicationId));
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? "");

/**
 * A FEE notice was paid (inside the transaction that marked it paid). The case moves on only when it
 * is waiting for payment and no other fee of it is still open; otherwise the payment is written in its
 * history for the office to see (a case rejected meanwhile, a second fee still due).
 */
export async function feePaid(trx: DbOrTrx, notice: TaxNoticeRow, at: string): Promise<void> {
  const id = applicationOfSubject(notice.subject_ref);
  if (id === null) throw new Error(`FEE notice ${notice.notice_number} names no application`);
  const row = await findApplication(trx, id);
  if (!row) throw new Error(`FEE notice ${notice.notice_number} names a missing application`);
  const stillOpen = (await feeNoticesOf(trx, id)).some((n) => n.state === "open");
  const step = transition(row.state, "payment_received", "system");
  const amount = `${centsText(BigInt(notice.amount_cents)).replace(".", ",")} €`;
  const note = fill(taxofficeIt.fee.eventNote, { amount, reason: notice.description });
  const event = (from: string, to: string) =>
    insertEvent(trx, {
      application_id: id,
      occurred_at: at,
      actor_kind: "system",
      actor_staff_id: null,
      actor_fiscal_code: null,
      event: "payment_received",
      from_state: from,
      to_state: to,
      visibility: "citizen",
      note,
      reply_by: null,
    });
  if (!step.ok || stillOpen) {
    await event(row.state, row.state);
    await record(trx, {
      event: "application.payment_received",
      outcome: "success",
      actor: { kind: "system" },
      target: { kind: "application", id },
      details: { notice: notice.notice_number, moved: false },
      meta: NO_REQUEST,
    });
    return;
  }
  // The term restarts the day the payment arrives, as after an integration.
  const rule = row.deadline_rule ? (JSON.parse(row.deadline_rule) as DeadlineRule) : DEFAULT_DEADLINE_RULE;
  const history = await listEvents(trx, id, "all");
  const suspensions = suspensionsOf([...history, { event: "payment_received", occurred_at: at }], italianDay);
  const dueOn = row.submitted_at ? deadline({ submittedOn: italianDay(row.submitted_at), rule, suspensions }) ?? row.due_on : row.due_on;
  if (!(await moveState(trx, id, row.state, { state: step.state, due_on: dueOn }, at))) throw new Error(`application ${id} changed while its fee was recorded`);
  await event(row.state, step.state);
  const citizen = await findCitizenByFiscalCode(trx, row.applicant_fiscal_code);
  if (citizen?.email) {
    const protocol = row.protocol_year && row.protocol_number ? formatProtocol(row.protocol_year, row.protocol_number) : "";
    await enqueueEmail(
      trx,
      {
        recipient: citizen.email,
        subject: fill(taxofficeIt.fee.email.paidSubject, { protocol }),
        body: fill(taxofficeIt.fee.email.paidBody, { protocol, amount }),
        relatedKind: "application",
        relatedId: id,
      },
      at
    );
  }
  await record(trx, {
    event: "application.payment_received",
    outcome: "success",
    actor: { kind: "system" },
    target: { kind: "application", id },
    details: { notice: notice.notice_number, from: row.state, to: step.state, dueOn },
    meta: NO_REQUEST,
  });
}
