/**
 * The tax documents a citizen downloads (issue 5 §5): the pagoPA payment notice (codice avviso, IUV,
 * the QR code of spec v3) and the prefilled F24 of an IMU instalment. Both are tagged, accessible PDFs
 * drawn by the receipt renderer (app/services/receipt-pdf.server.ts: fonts embedded, structure tree,
 * language, the QR code as a Figure with its alternative text). The F24 is drawn on the form's grid by
 * app/services/f24-pdf.server.ts.
 */
import { apportion, centsText } from "~/domain/exact";
import { decodeCodiceFiscale } from "~/domain/codice-fiscale";
import { iuvOf, printedNotice, qrPayload } from "~/domain/pagopa";
import type { TaxNoticeRow } from "~/models/tax-notice.server";
import type { Language } from "~/utils/i18n";
import { type F24Input, type F24Row, renderF24Pdf } from "./f24-pdf.server";
import { type ImuYear, nextPaymentOf } from "./tax-position.server";
import { renderPagoPaNoticePdf } from "./pagopa-notice-pdf.server";

type T = (key: string, values?: Record<string, unknown>) => string;
export interface Creditor {
  name: string;
  fiscalCode: string;
  address: string;
  pec: string | null;
  codiceCatastale: string;
  /** The CBILL (SIA) code, printed on the notices; empty when the comune has none configured. */
  cbill?: string;
}

/**
 * The pagoPA notice of one notice row, single payment (the desk makes one notice per instalment): its
 * subject, creditor, recipient, amount and due date, what the amount is made of when it includes a
 * ravvedimento, and the payment portion with the QR code of spec v3.
 */
export async function renderNoticePdf(
  notice: TaxNoticeRow,
  who: { name: string; fiscalCode: string },
  creditor: Creditor,
  money: (cents: bigint) => string,
  date: (iso: string) => string,
  t: T,
  lang: Language,
  /** The notices of each instalment, when `notice` is their single payment ("rata unica"). */
  instalments: readonly TaxNoticeRow[] = [],
  /** What the notice pays for, one line each (the properties, the waste accounts, the fine). */
  details: readonly string[] = [],
): Promise<Uint8Array> {
  const cents = BigInt(notice.amount_cents);
  const text = (c: bigint) => centsText(c).replace(".", lang === "en" ? "." : ",");
  const amount = text(cents);
  const portion = (n: TaxNoticeRow, title: string) => {
    const printed = printedNotice(n.notice_number);
    return {
      title,
      amount: text(BigInt(n.amount_cents)),
      due: date(n.due_on),
      printedCode: printed,
      subject: n.description,
      qrPayload: qrPayload(n.notice_number, creditor.fiscalCode, BigInt(n.amount_cents)),
      qrAlt: t("tax:documents.notice.qrAlt", { number: printed, amount: money(BigInt(n.amount_cents)) }),
    };
  };
  const sanction = BigInt(notice.sanction_cents ?? 0);
  const interest = BigInt(notice.interest_cents ?? 0);
  const label = (k: string) => t(`tax:documents.notice.${k}`);
  return renderPagoPaNoticePdf({
    lang,
    labels: {
      documentTitle: label("title"),
      notice: label("title"),
      creditor: label("creditor"),
      recipient: label("debtor"),
      fiscalCode: label("cf"),
      howMuch: label("howMuch"),
      within: label("within"),
      amountNote: label("amountNote"),
      where: label("where"),
      whereList: label("whereList"),
      online: label("online"),
      onlineText: label("onlineText"),
      territory: label("territory"),
      territoryText: label("territoryText"),
      choose: label("choose"),
      channels: label("channels"),
      portionRecipient: label("debtor"),
      euro: "Euro",
      creditorName: label("creditor"),
      subject: label("subject"),
      cbill: label("cbill"),
      code: label("number"),
      creditorCf: label("creditorCf"),
      instalmentsInfo: t("tax:documents.notice.instalmentsInfo", { count: instalments.length }),
      footer: label("footer"),
    },
    subject: notice.description,
    details: details.length ? [t("tax:documents.notice.for"), ...details] : [],
    creditor: { name: creditor.name, sector: t(`tax:documents.notice.sector.${notice.tax}`), fiscalCode: creditor.fiscalCode, cbill: creditor.cbill ?? "" },
    recipient: { name: who.name, fiscalCode: who.fiscalCode, address: "" },
    amount,
    due: date(notice.due_on),
    breakdown:
      sanction + interest > 0n
        ? [t("tax:documents.notice.breakdown", { tax: money(cents - sanction - interest), sanction: money(sanction), interest: money(interest) }), label("todayOnly")]
        : [],
    single: portion(notice, label("single")),
    instalments: instalments.map((n) => portion(n, capitalised(t(`tax:position.instalment.${n.instalment}`)))),
    references: [notice, ...instalments].map((n) => t("tax:documents.notice.iuvLine", { iuv: iuvOf(n.notice_number) })),
  });
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase("it") + s.slice(1);

/** The taxpayer as the F24 prints them: names apart, birth date and sex from the codice fiscale. */
export interface F24Taxpayer {
  fiscalCode: string;
  familyName: string;
  givenName: string;
}

/**
 * The F24 of the next open IMU instalment of a year: one row per codice tributo with its open part in
 * whole euros; a late instalment's row carries its share of the ravvedimento's sanction and interest,
 * with "Ravv." ticked (tax-rules.md §1.7: same code as the tax), and the notes say what each amount
 * is made of. Null when nothing is open.
 */
export function renderImuF24Pdf(year: number, imu: ImuYear, who: F24Taxpayer, creditor: Creditor, money: (cents: bigint) => string, date: (iso: string) => string, t: T, lang: Language): Promise<Uint8Array> | null {
  const pay = nextPaymentOf(imu);
  if (!pay) return null;
  const kind = pay.instalment.key === "acconto" ? "acconto" : "saldo";
  const lines = imu.result.lines.filter((l) => (kind === "acconto" ? l.acconto : l.saldo) > 0n);
  const lineCents = lines.map((l) => (kind === "acconto" ? l.acconto : l.saldo) * 100n);
  const open = apportion(pay.instalment.amount, lineCents);
  const sanction = apportion(pay.sanction, open);
  const interest = apportion(pay.interest, open);
  const late = pay.total > pay.instalment.amount;
  const amount = (cents: bigint) => centsText(cents).replace(".", lang === "en" ? "." : ",");
  const rows: F24Row[] = lines.map((l, i) => ({
    section: "EL",
    code: l.code,
    ente: creditor.codiceCatastale,
    ravv: late,
    changed: false,
    acconto: kind === "acconto",
    saldo: kind === "saldo",
    properties: l.properties,
    instalment: "",
    year,
    deduction: "",
    debit: amount(open[i]! + sanction[i]! + interest[i]!),
    credit: "",
  }));
  const born = decodeCodiceFiscale(who.fiscalCode);
  const notes = [
    t("tax:documents.f24.noteInstalment", { instalment: t(`tax:position.instalment.${pay.instalment.key}`), year, due: date(pay.instalment.due), amount: money(pay.instalment.amount) }),
    ...(late
      ? [
          t("tax:documents.f24.noteLate", { sanction: money(pay.sanction), interest: money(pay.interest), total: money(pay.total) }),
          ...lines.map((l, i) => t("tax:documents.f24.noteLine", { code: l.code, tax: money(open[i]!), sanction: money(sanction[i]!), interest: money(interest[i]!) })),
        ]
      : []),
    t("tax:documents.f24.noteCheck"),
  ];
  const label = (k: string) => t(`tax:documents.f24.${k}`);
  return renderF24Pdf({
    lang,
    author: creditor.name,
    labels: {
      title: label("title"),
      model: label("model"),
      delegation: label("delegation"),
      taxpayer: label("taxpayer"),
      fiscalCode: t("tax:documents.fiscalCode"),
      personal: label("personal"),
      familyName: label("familyName"),
      givenName: label("givenName"),
      birthDate: label("birthDate"),
      sex: label("sex"),
      birthPlace: label("birthPlace"),
      province: label("province"),
      reason: label("lines"),
      columns: F24_COLUMNS.map((c) => label(`columns.${c}`)) as F24Input["labels"]["columns"],
      ticked: label("ticked"),
      unticked: label("unticked"),
      total: label("total"),
      euro: "EURO",
      payment: label("payment"),
      paymentBoxes: [label("paymentDate"), label("paymentBank"), label("paymentCompany"), label("paymentBranch")],
      signature: label("signature"),
      notes: label("notes"),
      footer: label("footer"),
    },
    taxpayer: {
      fiscalCode: who.fiscalCode,
      familyName: who.familyName,
      givenName: who.givenName,
      birthDate: born ? born.birthDate.split("-").reverse().join("/") : "",
      sex: born?.sex ?? "",
      // The comune of birth is printed by name on the form; the codice fiscale holds only its cadastral code.
      birthPlace: "",
      province: "",
    },
    rows,
    total: amount(pay.total),
    notes,
  });
}

const F24_COLUMNS = ["section", "code", "ente", "ravv", "changed", "acconto", "saldo", "properties", "instalment", "year", "deduction", "debit", "credit"] as const;
