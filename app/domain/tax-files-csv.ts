/**
 * The tax office's other two CSV files (issue 5 §1; formats in docs/tax-rolls-csv.md), read as the
 * IMU roll is (app/domain/csv-file.ts):
 * - the TARI accounts: one waste-tax account per line; a file replaces the accounts of the codici
 *   fiscali it names (app/services/rolls.server.ts says why);
 * - the payments (F24 and pagoPA): one payment per line; payments are only ever added, and a line
 *   already loaded (same `paymentKey`) is skipped and reported, so loading a file twice adds nothing.
 * Pure: no I/O.
 */
import { type CsvLine, type CsvParse, type CsvSpec, dayCell, decimalCell, fiscalCodeCell, integerCell, parseCsvFile, periodCells, textCell } from "./csv-file";
import { isValidNotice } from "./pagopa";

// ---------------------------------------------------------------------------------------------
// TARI accounts

export const TARI_ACCOUNT_COLUMNS = ["codice_fiscale", "indirizzo", "utenza", "occupanti", "categoria", "superficie", "dal", "al", "riduzioni"] as const;
type TariColumn = (typeof TARI_ACCOUNT_COLUMNS)[number];
export const TARI_ACCOUNT_REQUIRED: readonly TariColumn[] = ["codice_fiscale", "indirizzo", "utenza", "superficie", "dal"];

export interface TariAccountLine {
  fiscalCode: string;
  address: string;
  use: "domestic" | "non_domestic";
  occupants: number | null;
  category: number | null;
  surface: string;
  fromDay: string;
  toDay: string | null;
  /** As stored: [{ kind, percent }] with the percent as decimal text. */
  reductions: { kind: string; percent: string }[];
}

const USES: Record<string, TariAccountLine["use"]> = { domestica: "domestic", d: "domestic", non_domestica: "non_domestic", nd: "non_domestic" };

/** `compostaggio:20|distanza:60` — a name and a percent (0 < p ≤ 100), separated by `|`. */
function reductionsCell(l: CsvLine<TariColumn>): TariAccountLine["reductions"] {
  const v = l.get("riduzioni");
  if (!v) return [];
  const out: TariAccountLine["reductions"] = [];
  for (const part of v.split("|")) {
    const m = /^\s*([a-z_àèéìòù]{1,40})\s*:\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*$/i.exec(part);
    const percent = m ? m[2]!.replace(",", ".") : "";
    if (!m || Number(percent) <= 0 || Number(percent) > 100) {
      l.bad("riduzioni", "bad_reductions", v);
      return [];
    }
    out.push({ kind: m[1]!.toLowerCase(), percent });
  }
  return out;
}

export const TARI_ACCOUNT_SPEC: CsvSpec<TariColumn, TariAccountLine> = {
  columns: TARI_ACCOUNT_COLUMNS,
  required: TARI_ACCOUNT_REQUIRED,
  row(l) {
    const fiscalCode = fiscalCodeCell(l, "codice_fiscale");
    const address = textCell(l, "indirizzo", 200);
    const use = USES[l.get("utenza").toLowerCase().replace(/[\s-]/g, "_")];
    if (!use) l.bad("utenza", "bad_use", l.get("utenza"));
    // A household is counted by its members, a business by its category: the other column stays empty.
    const occupants = integerCell(l, "occupanti", 1, 99, "bad_occupants", use === "domestic");
    const category = integerCell(l, "categoria", 1, 30, "bad_tari_category", use === "non_domestic");
    if (use === "domestic" && l.get("categoria")) l.bad("categoria", "not_for_use", l.get("categoria"));
    if (use === "non_domestic" && l.get("occupanti")) l.bad("occupanti", "not_for_use", l.get("occupanti"));
    const surface = decimalCell(l, "superficie", true);
    if (surface !== null && Number(surface) <= 0) l.bad("superficie", "bad_surface", l.get("superficie"));
    const period = periodCells(l, "dal", "al");
    const reductions = reductionsCell(l);
    return {
      fiscalCode,
      address,
      use: use!,
      occupants: use === "domestic" ? occupants : null,
      category: use === "non_domestic" ? category : null,
      surface: surface ?? "0",
      fromDay: period.from!,
      toDay: period.to,
      reductions,
    };
  },
};

export function parseTariAccountsCsv(text: string): CsvParse<TariAccountLine> {
  return parseCsvFile(text, TARI_ACCOUNT_SPEC);
}

// ---------------------------------------------------------------------------------------------
// Payments

export const PAYMENT_COLUMNS = ["codice_fiscale", "tributo", "anno", "codice_tributo", "canale", "data", "importo", "numero_avviso", "riferimento"] as const;
type PaymentColumn = (typeof PAYMENT_COLUMNS)[number];
export const PAYMENT_REQUIRED: readonly PaymentColumn[] = ["codice_fiscale", "tributo", "anno", "canale", "data", "importo"];

export interface PaymentLine {
  line: number;
  fiscalCode: string;
  tax: "IMU" | "TARI";
  year: number;
  /** Codice tributo, or "PAGOPA" for a pagoPA payment covering the whole instalment. */
  code: string;
  channel: "F24" | "pagoPA";
  paidOn: string;
  /** Euro, two decimals. */
  amount: string;
  noticeNumber: string | null;
  reference: string | null;
}

/**
 * The F24 codici tributo of each tax (Agenzia delle Entrate, ris. 35/E/2013 for IMU, 45/E/2013 for
 * TARI and TEFA): tax, interest and sanctions from an assessment included.
 */
export const TAX_CODES: Record<PaymentLine["tax"], readonly string[]> = {
  IMU: ["3912", "3913", "3914", "3916", "3918", "3923", "3924", "3925", "3930"],
  TARI: ["3944", "3945", "3946", "TEFA", "TEFN", "TEFZ"],
};

const CHANNELS: Record<string, PaymentLine["channel"]> = { f24: "F24", pagopa: "pagoPA" };

export const PAYMENT_SPEC: CsvSpec<PaymentColumn, PaymentLine> = {
  columns: PAYMENT_COLUMNS,
  required: PAYMENT_REQUIRED,
  row(l) {
    const fiscalCode = fiscalCodeCell(l, "codice_fiscale");
    const tax = l.get("tributo").toUpperCase();
    if (tax !== "IMU" && tax !== "TARI") l.bad("tributo", "bad_tax", l.get("tributo"));
    const year = integerCell(l, "anno", 2000, 2100, "bad_year", true);
    const channel = CHANNELS[l.get("canale").toLowerCase()];
    if (!channel) l.bad("canale", "bad_channel", l.get("canale"));
    const rawCode = l.get("codice_tributo").toUpperCase();
    const code = rawCode || (channel === "pagoPA" ? "PAGOPA" : "");
    if (!code) l.bad("codice_tributo", "required");
    else if ((tax === "IMU" || tax === "TARI") && !(TAX_CODES[tax].includes(code) || (code === "PAGOPA" && channel === "pagoPA"))) l.bad("codice_tributo", "bad_tax_code", rawCode);
    const paidOn = dayCell(l, "data", true);
    const amount = decimalCell(l, "importo", true);
    if (amount !== null && (!/^\d+(?:\.\d{1,2})?$/.test(amount) || Number(amount) === 0)) l.bad("importo", "bad_amount", l.get("importo"));
    const notice = l.get("numero_avviso").replace(/\s/g, "");
    if (channel === "pagoPA" && !notice) l.bad("numero_avviso", "required");
    else if (notice && (!/^\d{18}$/.test(notice) || (notice.startsWith("3") && !isValidNotice(notice)))) l.bad("numero_avviso", "bad_notice", l.get("numero_avviso"));
    else if (notice && channel === "F24") l.bad("numero_avviso", "not_for_channel", l.get("numero_avviso"));
    const reference = l.get("riferimento");
    if (reference.length > 100) l.bad("riferimento", "too_long");
    const [whole, cents = ""] = (amount ?? "0").split(".");
    return {
      line: l.line,
      fiscalCode,
      tax: tax as PaymentLine["tax"],
      year: year ?? 0,
      code,
      channel: channel!,
      paidOn: paidOn!,
      amount: `${BigInt(whole!)}.${cents.padEnd(2, "0")}`,
      noticeNumber: notice || null,
      reference: reference || null,
    };
  },
};

export function parsePaymentsCsv(text: string): CsvParse<PaymentLine> {
  return parseCsvFile(text, PAYMENT_SPEC);
}

/**
 * What makes two payment lines the same payment: who, which tax and year, code, channel, day,
 * amount, notice and reference. Stored with the payment (unique), so a line loaded before is found
 * by the database whichever file it came in.
 */
export function paymentKey(p: Pick<PaymentLine, "fiscalCode" | "tax" | "year" | "code" | "channel" | "paidOn" | "amount" | "noticeNumber" | "reference">): string {
  return [p.channel, p.fiscalCode, p.tax, p.year, p.code, p.paidOn, p.amount, p.noticeNumber ?? "", p.reference ?? ""].join("|");
}
