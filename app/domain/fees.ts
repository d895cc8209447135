/**
 * Fees an office asks on an application (issue 5 §6: copying costs, a concession's charge…), paid with
 * a pagoPA notice of kind "FEE" whose `subject_ref` names the application. Pure.
 */
import { amountToCents } from "./pagopa-reporting";

/** The most a fee asked online may be: above it the office writes to the citizen instead. */
export const MAX_FEE_CENTS = 100_000_00n;
/** The notice's subject (AVVISO.OGGETTO) is at most 90 characters (pagoPA notice specification). */
export const MAX_FEE_REASON = 90;
/** Days the citizen has to pay (the notice's due date); the legal term is suspended meanwhile. */
export const FEE_DAYS = 30;

export type FeeInputError = "bad_amount" | "reason_required" | "reason_too_long";

/** "12,50", "12.5", "1200": euros with at most two decimals, more than zero, as cents. */
export function parseFeeAmount(text: string): bigint | null {
  const cents = amountToCents(text.trim().replace(/^€\s*/, "").replace(",", "."));
  return cents !== null && cents > 0n && cents <= MAX_FEE_CENTS ? cents : null;
}

export function checkFeeRequest(input: { amount: string; reason: string }): { ok: true; cents: bigint; reason: string } | { ok: false; errors: FeeInputError[] } {
  const errors: FeeInputError[] = [];
  const cents = parseFeeAmount(input.amount);
  if (cents === null) errors.push("bad_amount");
  const reason = input.reason.trim().replace(/\s+/g, " ");
  if (!reason) errors.push("reason_required");
  else if (reason.length > MAX_FEE_REASON) errors.push("reason_too_long");
  return errors.length ? { ok: false, errors } : { ok: true, cents: cents!, reason };
}

export const applicationSubject = (id: number): string => `application:${id}`;

/** The application a FEE notice pays for; null when the subject names something else. */
export function applicationOfSubject(ref: string | null): number | null {
  const m = ref ? /^application:(\d{1,12})$/.exec(ref) : null;
  return m ? Number(m[1]) : null;
}
