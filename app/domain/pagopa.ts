/**
 * pagoPA payment notices (../shared/design/tax-rules.md §4): the 18-digit notice number with aux digit
 * 3 — `3 + segregation code (2) + IUV base (13) + check (2)`, check = (3 ‖ segregation ‖ base) mod 93 —
 * its printed form in groups of four, and the QR code's payload
 * `PAGOPA|002|<notice number>|<creditor codice fiscale>|<amount in cents>`. Pure.
 */

/** The two check digits of an aux-3 notice: the 16 leading digits as a number, mod 93, two digits. */
export function checkDigits(aux: string, segregation: string, base: string): string {
  return String(BigInt(`${aux}${segregation}${base}`) % 93n).padStart(2, "0");
}

/** The 18-digit notice number (codice avviso) of the `sequence`-th notice of a creditor. */
export function noticeNumber(segregation: string, sequence: number | bigint): string {
  if (!/^\d{2}$/.test(segregation)) throw new RangeError("the segregation code has two digits");
  const base = String(sequence).padStart(13, "0");
  if (!/^\d{13}$/.test(base)) throw new RangeError("the IUV base has at most 13 digits");
  return `3${segregation}${base}${checkDigits("3", segregation, base)}`;
}

/** The IUV inside an aux-3 notice number: segregation + base + check (17 digits). */
export function iuvOf(notice: string): string {
  return notice.slice(1);
}

/** Whether an 18-digit aux-3 notice number is well formed and its check digits right. */
export function isValidNotice(notice: string): boolean {
  const m = /^3(\d{2})(\d{13})(\d{2})$/.exec(notice);
  return m !== null && checkDigits("3", m[1]!, m[2]!) === m[3];
}

/** As printed on the notice: four-digit groups separated by spaces (22 characters). */
export function printedNotice(notice: string): string {
  return notice.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** The QR code payload of the notice (avviso v3). */
export function qrPayload(notice: string, creditorFiscalCode: string, amountCents: bigint): string {
  return `PAGOPA|002|${notice}|${creditorFiscalCode}|${amountCents}`;
}
