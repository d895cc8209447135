/**
 * The tax documents a citizen downloads (issue 5 §5): the pagoPA payment notice (codice avviso, IUV,
 * the QR code of spec v3) and the prefilled F24 of an IMU instalment. Both are tagged, accessible PDFs
 * drawn by the receipt renderer (app/services/receipt-pdf.server.ts: fonts embedded, structure tree,
 * language, the QR code as a Figure with its alternative text). The official F24 grid and the pagoPA
 * notice's graphic layout are not reproduced yet (docs/tax-status.md).
 */
import QRCode from "qrcode";
import { eurosText } from "~/domain/exact";
import { iuvOf, printedNotice, qrPayload } from "~/domain/pagopa";
import type { TaxNoticeRow } from "~/models/tax-notice.server";
import type { Language } from "~/utils/i18n";
import type { ImuYear } from "./tax-position.server";
import { renderReceiptPdf, type ReceiptInput } from "./receipt-pdf.server";

type T = (key: string, values?: Record<string, unknown>) => string;
export interface Creditor {
  name: string;
  fiscalCode: string;
  address: string;
  pec: string | null;
  codiceCatastale: string;
}

function labels(t: T, kind: "notice" | "f24", names: { protocol: string; submittedAt: string; service: string; applicant: string; comune: string }): ReceiptInput["labels"] {
  return {
    title: t(`tax:documents.${kind}.title`),
    ...names,
    fiscalCode: t("tax:documents.fiscalCode"),
    submittedBy: "",
    answers: "",
    attachments: "",
    sha256: "",
    size: "",
    none: "",
    footer: t(`tax:documents.${kind}.footer`),
    page: t("tax:documents.page"),
  };
}

export async function renderNoticePdf(notice: TaxNoticeRow, who: { name: string; fiscalCode: string }, creditor: Creditor, money: (cents: bigint) => string, date: (iso: string) => string, t: T, lang: Language): Promise<Uint8Array> {
  const amount = money(BigInt(notice.amount_cents));
  const png = await QRCode.toBuffer(qrPayload(notice.notice_number, creditor.fiscalCode, BigInt(notice.amount_cents)), { errorCorrectionLevel: "M", margin: 2, width: 400, type: "png" });
  const number = printedNotice(notice.notice_number);
  return renderReceiptPdf({
    lang,
    labels: labels(t, "notice", {
      protocol: t("tax:documents.notice.number"),
      submittedAt: t("tax:documents.notice.due"),
      service: t("tax:documents.notice.subject"),
      applicant: t("tax:documents.notice.debtor"),
      comune: t("tax:documents.notice.creditor"),
    }),
    comune: { name: creditor.name, fiscalCode: creditor.fiscalCode, address: creditor.address, pec: creditor.pec },
    protocol: number,
    submittedAt: date(notice.due_on),
    serviceTitle: notice.description,
    applicant: who,
    submittedBy: null,
    sections: [
      {
        title: t("tax:documents.notice.section"),
        rows: [
          { label: t("tax:documents.notice.amount"), value: amount },
          { label: t("tax:documents.notice.number"), value: number },
          { label: t("tax:documents.notice.iuv"), value: iuvOf(notice.notice_number) },
          { label: t("tax:documents.notice.creditorCf"), value: creditor.fiscalCode },
          { label: t("tax:documents.notice.how"), value: t("tax:documents.notice.howText") },
        ],
      },
    ],
    attachments: null,
    figure: { png: new Uint8Array(png), alt: t("tax:documents.notice.qrAlt", { number, amount }), sizeMm: 30 },
  });
}

/** The F24 of the next IMU instalment of a year: one row per codice tributo, whole euros. */
export function renderImuF24Pdf(year: number, imu: ImuYear, who: { name: string; fiscalCode: string }, creditor: Creditor, date: (iso: string) => string, t: T, lang: Language): Promise<Uint8Array> | null {
  const next = imu.balance.next;
  if (!next) return null;
  const kind = next.key === "acconto" ? "acconto" : "saldo";
  const rows = imu.result.lines
    .map((l) => ({ l, euros: kind === "acconto" ? l.acconto : l.saldo }))
    .filter((r) => r.euros > 0n)
    .map(({ l, euros }) => ({ label: t("tax:documents.f24.line", { code: l.code, ente: creditor.codiceCatastale, kind: t(`tax:documents.f24.${kind}`), count: l.properties, year }), value: eurosText(euros).replace(".", ",") }));
  const total = imu.result.lines.reduce((s, l) => s + (kind === "acconto" ? l.acconto : l.saldo), 0n);
  return renderReceiptPdf({
    lang,
    labels: labels(t, "f24", {
      protocol: t("tax:documents.f24.year"),
      submittedAt: t("tax:documents.f24.due"),
      service: t("tax:documents.f24.section"),
      applicant: t("tax:documents.f24.taxpayer"),
      comune: t("tax:documents.f24.ente"),
    }),
    comune: { name: creditor.name, fiscalCode: creditor.fiscalCode, address: creditor.address, pec: creditor.pec },
    protocol: String(year),
    submittedAt: date(next.due),
    serviceTitle: t("tax:documents.f24.sectionValue"),
    applicant: who,
    submittedBy: null,
    sections: [{ title: t("tax:documents.f24.lines"), rows: [...rows, { label: t("tax:documents.f24.total"), value: eurosText(total).replace(".", ",") }] }],
    attachments: null,
  });
}
