/**
 * The pagoPA payment notice (avviso di pagamento, model 3) laid out as the specification orders it
 * (tax-rules.md §4.4; docs.pagopa.it/avviso-pagamento): the header with the notice's subject, the
 * creditor and the recipient side by side, "how much and when" beside "where to pay", then the payment
 * portions — the single payment first, then one portion per instalment in rows of two or three — each
 * with its QR code (version 4, ECC M, 25 × 25 mm, drawn as vectors in black on white), the amount, the
 * due date, the 18-digit notice code in groups of four and the creditor's codice fiscale.
 *
 * Tagged for screen readers: headings, paragraphs in reading order, each QR code a Figure whose
 * alternative text gives the notice code and the amount, so nothing is only in the picture.
 */
import QRCode from "qrcode";
import { cleanText, F, FormCanvas, HEADING, INK, MUTED, openTaggedPdf, PT_PER_MM, type StructElement, type TextStyle } from "./pdf-document.server";

export interface NoticePortion {
  /** "Rata unica" or "Rata 1"… */
  title: string;
  /** Already formatted ("726,27"), without the currency. */
  amount: string;
  due: string;
  /** Printed with spaces ("3010 0000 …"). */
  printedCode: string;
  /** What this portion pays (the notice's own description). */
  subject: string;
  qrPayload: string;
  qrAlt: string;
}

export interface NoticeInput {
  lang: "it" | "en";
  /** Every word already translated by the caller. */
  labels: {
    documentTitle: string;
    notice: string;
    creditor: string;
    recipient: string;
    fiscalCode: string;
    howMuch: string;
    within: string;
    amountNote: string;
    where: string;
    whereList: string;
    online: string;
    onlineText: string;
    territory: string;
    territoryText: string;
    choose: string;
    channels: string;
    portionRecipient: string;
    euro: string;
    creditorName: string;
    subject: string;
    cbill: string;
    code: string;
    creditorCf: string;
    instalmentsInfo: string;
    footer: string;
  };
  subject: string;
  /** Under the subject: what it pays for, one line each. */
  details: string[];
  creditor: { name: string; sector: string; fiscalCode: string; cbill: string };
  recipient: { name: string; fiscalCode: string; address: string };
  amount: string;
  due: string;
  /** Lines under the amount (what it is made of). */
  breakdown: string[];
  single: NoticePortion;
  instalments: NoticePortion[];
  /** Small print above the footer (the IUV, for the tax office's reconciliation). */
  references: string[];
}

const LEFT = 12;
const WIDTH = 186;
const HALF = WIDTH / 2;
const TINY: TextStyle = { font: F.regular, size: 7, color: MUTED };
const SMALL: TextStyle = { font: F.regular, size: 8.5, color: INK };
const LABEL: TextStyle = { font: F.bold, size: 8, color: HEADING };
const BIG: TextStyle = { font: F.bold, size: 16, color: HEADING };
const CODE: TextStyle = { font: F.mono, size: 9.5, color: INK };

/** A QR code drawn as filled squares: vector and monochrome, as the specification asks. */
function drawQr(c: FormCanvas, parent: StructElement, payload: string, alt: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(payload, { errorCorrectionLevel: "M", version: 4 });
  const n = qr.modules.size;
  const cell = size / n;
  parent.add(
    c.doc.struct("Figure", { alt: cleanText(alt) }, () => {
      c.doc.save().fillColor("#000000");
      for (let r = 0; r < n; r++) for (let k = 0; k < n; k++) if (qr.modules.get(r, k)) c.doc.rect(c.mm(x + k * cell), c.mm(y + r * cell), c.mm(cell) + 0.05, c.mm(cell) + 0.05);
      c.doc.fill().restore();
    }),
  );
}

export async function renderPagoPaNoticePdf(input: NoticeInput): Promise<Uint8Array> {
  const { labels } = input;
  const { doc, bytes } = await openTaggedPdf({ lang: input.lang, title: `${labels.documentTitle} – ${input.subject}`, author: input.creditor.name, subject: input.subject, margin: 10 * PT_PER_MM });
  const c = new FormCanvas(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const para = (text: string, s: TextStyle, x: number, y: number, w: number, tag = "P") => {
    const h = c.heightOf(text, s, w);
    c.put(root, tag, () => c.draw(text, s, x, y, w));
    return h;
  };

  // Header: "Avviso di pagamento" and the subject.
  let y = 12;
  para(labels.notice.toUpperCase(), LABEL, LEFT, y, WIDTH);
  y += 4.5;
  y += para(input.subject, BIG, LEFT, y, WIDTH, "H1") + 2;
  for (const d of input.details) y += para(d, SMALL, LEFT, y, WIDTH) + 0.3;
  y += 2;
  c.line(LEFT, y, LEFT + WIDTH, y, HEADING, 1);
  y += 4;

  // Creditor | recipient.
  const block = (title: string, lines: string[], x: number, top: number) => {
    let at = top;
    at += para(title, LABEL, x, at, HALF - 6, "H2") + 1;
    for (const l of lines) at += para(l, SMALL, x, at, HALF - 6) + 0.5;
    return at;
  };
  const leftEnd = block(labels.creditor, [`${labels.fiscalCode} ${input.creditor.fiscalCode}`, input.creditor.name, input.creditor.sector].filter(Boolean), LEFT, y);
  const rightEnd = block(labels.recipient, [`${labels.fiscalCode} ${input.recipient.fiscalCode}`, input.recipient.name, input.recipient.address].filter(Boolean), LEFT + HALF + 3, y);
  y = Math.max(leftEnd, rightEnd) + 4;
  c.line(LEFT, y, LEFT + WIDTH, y);
  y += 4;

  // How much and when | where to pay.
  let at = y;
  at += para(labels.howMuch, LABEL, LEFT, at, HALF - 6, "H2") + 1.5;
  c.put(root, "P", () => {
    c.draw(`${input.amount} ${labels.euro}`, BIG, LEFT, at, HALF - 6);
    c.draw(`${labels.within} ${input.due}`, { ...SMALL, font: F.bold }, LEFT, at + 7.5, HALF - 6);
  }, `${input.amount} ${labels.euro} ${labels.within} ${input.due}`);
  at += 12;
  for (const b of input.breakdown) at += para(b, SMALL, LEFT, at, HALF - 6) + 0.5;
  if (input.instalments.length > 1) at += para(labels.instalmentsInfo, SMALL, LEFT, at + 1, HALF - 6) + 1;
  at += para(labels.amountNote, TINY, LEFT, at + 1.5, HALF - 6) + 2;
  let right = y;
  right += para(labels.where, LABEL, LEFT + HALF + 3, right, HALF - 6, "H2") + 0.5;
  right += para(labels.whereList, TINY, LEFT + HALF + 3, right, HALF - 6) + 2;
  right += para(labels.online, { ...SMALL, font: F.bold }, LEFT + HALF + 3, right, HALF - 6, "H3") + 0.5;
  right += para(labels.onlineText, SMALL, LEFT + HALF + 3, right, HALF - 6) + 2;
  right += para(labels.territory, { ...SMALL, font: F.bold }, LEFT + HALF + 3, right, HALF - 6, "H3") + 0.5;
  right += para(labels.territoryText, SMALL, LEFT + HALF + 3, right, HALF - 6) + 2;
  y = Math.max(at, right) + 3;
  y += para(labels.choose, { ...SMALL, font: F.bold }, LEFT, y, WIDTH) + 3;

  // The payment portions: the single payment on a full-width strip, then the instalments side by side.
  // A wide portion (the single payment) has the QR code beside every fact; a narrow one (an instalment
  // in a row of two or three) keeps the amount and the codes, each label above its value, under the QR.
  const portion = (p: NoticePortion, x: number, top: number, w: number): number => {
    const wide = w > 120;
    const facts: [string, string, TextStyle][] = wide
      ? [
          [labels.portionRecipient, input.recipient.name, SMALL],
          [labels.euro, p.amount, { ...SMALL, font: F.bold, size: 10 }],
          [labels.creditorName, input.creditor.name, SMALL],
          [labels.subject, p.subject, SMALL],
          ...(input.creditor.cbill ? ([[labels.cbill, input.creditor.cbill, CODE]] as [string, string, TextStyle][]) : []),
          [labels.code, p.printedCode, CODE],
          [labels.creditorCf, input.creditor.fiscalCode, CODE],
        ]
      : [
          [labels.euro, p.amount, { ...SMALL, font: F.bold, size: 10 }],
          [labels.code, p.printedCode, CODE],
          ...(input.creditor.cbill ? ([[labels.cbill, input.creditor.cbill, CODE]] as [string, string, TextStyle][]) : []),
          [labels.creditorCf, input.creditor.fiscalCode, CODE],
        ];
    const tx = wide ? x + 32 : x + 3;
    const tw = wide ? w - 35 : w - 6;
    const kw = wide ? 30 : tw;
    const heading = `${p.title} ${labels.within} ${p.due}`;
    const headingH = c.heightOf(heading, { ...SMALL, font: F.bold }, w - 6);
    const qrTop = top + 6.5 + headingH;
    const factsTop = wide ? qrTop : qrTop + 28;
    const factHeights = facts.map(([k, v, vs]) => (wide ? Math.max(c.heightOf(v, vs, tw - kw), 3.6) : c.heightOf(k, TINY, tw) + c.heightOf(v, vs, tw)) + 0.6);
    const h = Math.max(qrTop + 27 - top, factsTop + factHeights.reduce((a, b) => a + b, 0) + 2 - top);
    c.box(x, top, w, h, { stroke: HEADING, width: 0.8 });
    c.put(root, "H3", () => {
      c.draw(labels.channels, LABEL, x + 3, top + 2.5, w - 6);
      c.draw(heading, { ...SMALL, font: F.bold }, x + 3, top + 6.5, w - 6);
    }, `${labels.channels}: ${heading}`);
    drawQr(c, root, p.qrPayload, p.qrAlt, x + 3, qrTop, 25);
    let fy = factsTop;
    facts.forEach(([k, v, vs], i) => {
      const at = fy;
      c.put(root, "P", () => {
        if (wide) {
          c.draw(k, TINY, tx, at + 0.4, kw);
          c.draw(v, vs, tx + kw, at, tw - kw);
        } else {
          c.draw(k, TINY, tx, at, tw);
          c.draw(v, vs, tx, at + c.heightOf(k, TINY, tw), tw);
        }
      }, `${k}: ${v}`);
      fy += factHeights[i]!;
    });
    return h;
  };
  y += portion(input.single, LEFT, y, WIDTH) + 4;
  const perRow = input.instalments.length % 3 === 0 ? 3 : 2;
  const w = (WIDTH - (perRow - 1) * 3) / perRow;
  for (let i = 0; i < input.instalments.length; i += perRow) {
    if (y + 75 > 280) {
      doc.addPage();
      y = 12;
    }
    let rowH = 0;
    input.instalments.slice(i, i + perRow).forEach((p, k) => {
      rowH = Math.max(rowH, portion(p, LEFT + k * (w + 3), y, w));
    });
    y += rowH + 4;
  }
  for (const r of input.references) y += para(r, TINY, LEFT, y, WIDTH) + 0.5;
  para(labels.footer, TINY, LEFT, Math.max(y + 1, 278), WIDTH);
  root.end();
  doc.end();
  return bytes;
}
