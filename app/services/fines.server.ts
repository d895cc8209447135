/**
 * Traffic fines (issue 5 §7): the public lookup by report number and plate, the amount due today by
 * band (app/domain/fines.ts), and the pagoPA notice to pay it — the same `tax_notice` rows as the
 * taxes, kind "FINE" and `subject_ref` "fine:<id>", paid through the same `recordPagoPaPayment`
 * (app/services/payments.server.ts moves the fine to paid).
 *
 * A report number with its plate is the proof a citizen holds: every public request carries both, a
 * wrong pair gets one answer whatever is wrong, and wrong pairs are throttled per address.
 */
import { FINE_LOOKUP_THROTTLE, fineDueOn, fineTerms, fineThrottleKey, normalizePlate, normalizeReportNumber, type FineBand, type FineBandKey, type FineDue } from "~/domain/fines";
import { throttleDecision, windowExpiredBefore } from "~/domain/staff-auth";
import { addCalendarDays } from "~/domain/working-days";
import { bumpThrottle, findThrottles } from "~/models/login-throttle.server";
import { findNotice, findOpenSubjectNotice, insertNumberedNotice, listSubjectNotices, type TaxNoticeRow } from "~/models/tax-notice.server";
import { findFineByReport, listFinesOfOwner, type TrafficFineRow } from "~/models/traffic-fine.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import type { RequestMeta } from "./audit.server";

export type FineLookup = { ok: true; fine: TrafficFineRow } | { ok: false; reason: "not_found" | "throttled" };

export const fineSubject = (fine: Pick<TrafficFineRow, "id">): string => `fine:${fine.id}`;

/** The fine of a report number and plate as typed; a wrong pair counts against the caller's address. */
export async function lookupFine(db: DbOrTrx, input: { reportNumber: string; plate: string }, meta: RequestMeta, now: Date): Promise<FineLookup> {
  const key = meta.ip ? fineThrottleKey(meta.ip) : null;
  if (key) {
    const [row] = await findThrottles(db, [key]);
    if (!throttleDecision(row, now, FINE_LOOKUP_THROTTLE, key).allowed) return { ok: false, reason: "throttled" };
  }
  const fine = await findFineByReport(db, normalizeReportNumber(input.reportNumber), normalizePlate(input.plate));
  if (fine) return { ok: true, fine };
  if (key) await bumpThrottle(db, key, now.toISOString(), windowExpiredBefore(now, FINE_LOOKUP_THROTTLE));
  return { ok: false, reason: "not_found" };
}

/** What a fine asks for today: the bands while it is open, nothing to pay otherwise. */
export function fineStatus(fine: TrafficFineRow, today: string): { payable: boolean; due: FineDue } {
  return { payable: fine.state === "open", due: fineDueOn(fineTerms(fine), today) };
}

/**
 * A notice for a band without an end (half the maximum, after 60 days) is valid this many days, so
 * that a notice printed long ago is not reused for ever (the sanction may grow once it is enrolled).
 */
export const LAST_BAND_NOTICE_DAYS = 30;

export type FineNoticeResult = { ok: true; notice: TaxNoticeRow } | { ok: false; reason: "not_payable" };

/**
 * The notice to pay a fine today: the open one of today's band and amount while that band lasts, a
 * new one otherwise — a notice made in the 5-day band is never reused once the band has ended.
 */
export async function noticeForFine(
  db: Db,
  fine: TrafficFineRow,
  input: { segregation: string; description: (band: FineBandKey) => string },
  today: string,
  now: string,
): Promise<FineNoticeResult> {
  const { payable, due } = fineStatus(fine, today);
  if (!payable) return { ok: false, reason: "not_payable" };
  const band: FineBand = due.current;
  // What a notice paid too late already brought is taken off (it counted towards the fine).
  const amount = band.total - BigInt(fine.paid_cents);
  if (amount <= 0n) return { ok: false, reason: "not_payable" };
  const existing = await findOpenSubjectNotice(db, { subjectRef: fineSubject(fine), instalment: band.key, amountCents: Number(amount), today });
  if (existing) return { ok: true, notice: existing };
  const notice = await insertNumberedNotice(db, input.segregation, {
    // A company owner has no personal codice fiscale here: the notice then names no person's code.
    fiscal_code: fine.owner_fiscal_code ?? "",
    tax: "FINE",
    year: Number(fine.violated_at.slice(0, 4)),
    instalment: band.key,
    description: input.description(band.key),
    amount_cents: Number(amount),
    due_on: band.until ?? addCalendarDays(today, LAST_BAND_NOTICE_DAYS),
    state: "open",
    provider: null,
    receipt_id: null,
    paid_at: null,
    subject_ref: fineSubject(fine),
    created_at: now,
  });
  return { ok: true, notice };
}

/** A notice of this fine by its number; undefined when the number is not one of the fine's notices. */
export async function noticeOfFine(db: DbOrTrx, fine: TrafficFineRow, noticeNumber: string): Promise<TaxNoticeRow | undefined> {
  if (!/^\d{18}$/.test(noticeNumber)) return undefined;
  const notice = await findNotice(db, noticeNumber);
  return notice && notice.tax === "FINE" && notice.subject_ref === fineSubject(fine) ? notice : undefined;
}

export const finesOfOwner = (db: DbOrTrx, fiscalCode: string) => listFinesOfOwner(db, fiscalCode);
export const noticesOfFine = (db: DbOrTrx, fine: TrafficFineRow) => listSubjectNotices(db, fineSubject(fine));
