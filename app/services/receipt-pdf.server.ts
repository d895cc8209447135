/**
 * The PDF receipt of a submitted application ("ricevuta di presentazione").
 *
 * The input is small, typed and already translated, so the caller (the submission) decides every word
 * and this module only lays it out. The HTML receipt page stays the primary, most accessible copy
 * (accessibility.md B4); this PDF is the one a citizen keeps or forwards, so it is made as accessible as
 * pdfkit allows: tagged (structure tree with headings, tables, lists), document language, title shown
 * by the viewer, every decorative line and running footer marked as an artifact, fonts embedded.
 *
 * No network and no file writes: the two font families are read (once per process) from the
 * bootstrap-italia package the desk already ships, and the PDF is assembled in memory.
 */
import type * as fontkit from "fontkit";
import { A4, cleanText, type Doc, F, type Fonts, HEADING, INK, LOCALE, MARGIN, MUTED, openTaggedPdf, PT_PER_MM, RULE, type StructElement } from "./pdf-document.server";

export { cleanText };

export interface ReceiptInput {
  lang: "it" | "en";
  /** Everything already translated by the caller. */
  labels: {
    /** The H1, and with the protocol number the document title: "Ricevuta di presentazione". */
    title: string;
    /** «In parole semplici» under the facts: what this receipt is for (issue 7 §2). Optional. */
    plain?: string;
    /** Row label beside the comune's name in the summary table: "Ente". */
    comune: string;
    protocol: string;
    submittedAt: string;
    service: string;
    applicant: string;
    /** Before each codice fiscale (comune, applicant, delegate): "Codice fiscale". */
    fiscalCode: string;
    submittedBy: string;
    /** Heading (H2) above the answer sections, whose titles are H3. */
    answers: string;
    /** Heading (H2) of the attachment list. */
    attachments: string;
    /** Label before each hash: "Impronta SHA-256". */
    sha256: string;
    /** Label before each size: "Dimensione". */
    size: string;
    /** Shown under the attachments heading when there are none: "Nessun allegato". */
    none: string;
    /** At the foot of every page. */
    footer: string;
    /** "Pagina {{n}} di {{total}}" */
    page: string;
  };
  comune: { name: string; fiscalCode: string; address: string; pec: string | null };
  /** "2026/0000123" */
  protocol: string;
  /** Already formatted for the language, e.g. "27/11/2026 09:41". */
  submittedAt: string;
  serviceTitle: string;
  applicant: { name: string; fiscalCode: string };
  /** A delegate acting for the applicant. */
  submittedBy: { name: string; fiscalCode: string } | null;
  /** Filled by an operator with the citizen (issue 7 §7): the label and the sentence saying so. */
  assisted?: { label: string; text: string } | null;
  /** The answers; values may span several lines. */
  sections: { title: string; rows: { label: string; value: string }[] }[];
  /** The files listed with their fingerprints; null for a document that has none (a payment notice). */
  attachments: { name: string; sha256: string; sizeBytes: number }[] | null;
  /** An image printed after the first table (the pagoPA notice's QR code), tagged as a Figure with its alt text. */
  figure?: { png: Uint8Array; alt: string; sizeMm: number };
}

const CONTENT_WIDTH = A4[0] - 2 * MARGIN;


const BODY_SIZE = 10.5;
const SMALL_SIZE = 9;
// Titillium's own line height is 1.52 em, already the 1.5 that WCAG 1.4.12 asks text to allow.
const LINE_GAP = 0;
const CELL_PAD = 5;
const LABEL_WIDTH = Math.round(CONTENT_WIDTH * 0.36);
const COLUMN_GAP = 12;
/** Between the rule above the footer and its text. */
const FOOTER_RULE_GAP = 6;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
/** Rows up to this share of a page's body are never split across pages. */
const KEEP_TOGETHER = 0.4;
/** Below this much room a table row is not started on the current page: three body lines and padding. */
const MIN_ROW_START = 3 * (BODY_SIZE * 1.52 + LINE_GAP) + 2 * CELL_PAD;

const HEADINGS = {
  H1: { size: 20, before: 6, after: 10 },
  H2: { size: 15, before: 16, after: 6 },
  H3: { size: 12.5, before: 12, after: 4 },
} as const;
type HeadingTag = keyof typeof HEADINGS;

// Building an Intl.NumberFormat costs more than a page of layout: keep one per locale and unit.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, unit: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${unit}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit, ...options });
    numberFormats.set(key, format);
  }
  return format;
}

/** "1,2 MB (1.234.567 byte)": the rounded size to read, the exact one to check the file against. */
export function formatSize(bytes: number, lang: ReceiptInput["lang"]): string {
  const locale = LOCALE[lang];
  const exact = numberFormat(locale, "byte", { unitDisplay: "long" }).format(bytes);
  if (bytes < 1000) return exact;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, "kilobyte"] : [bytes / 1_000_000, "megabyte"];
  return `${numberFormat(locale, unit, { maximumFractionDigits: 1 }).format(value)} (${exact})`;
}

function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function validate(input: ReceiptInput): void {
  for (const a of input.attachments ?? []) {
    // A receipt that prints a wrong fingerprint is worse than no receipt: refuse it loudly.
    if (!/^[0-9a-f]{64}$/i.test(a.sha256)) throw new Error(`receipt: attachment "${a.name}" has no valid SHA-256`);
    if (!Number.isSafeInteger(a.sizeBytes) || a.sizeBytes < 0) throw new Error(`receipt: attachment "${a.name}" has no valid size`);
  }
}

export async function renderReceiptPdf(input: ReceiptInput): Promise<Uint8Array> {
  validate(input);
  const { doc, faces, bytes } = await openTaggedPdf({
    lang: input.lang,
    title: `${cleanText(input.labels.title)} ${input.protocol}`,
    author: input.comune.name,
    subject: input.serviceTitle,
  });
  new ReceiptWriter(doc, input, faces).write();
  doc.end();
  return bytes;
}

interface TextStyle {
  font: string;
  size: number;
  color: string;
}
const BODY: TextStyle = { font: F.regular, size: BODY_SIZE, color: INK };
const LABEL: TextStyle = { font: F.bold, size: BODY_SIZE, color: MUTED };
const MONO: TextStyle = { font: F.mono, size: SMALL_SIZE, color: INK };

/** What to print again, as an artifact, at the top of a page a table or list continues on. */
interface Continuation {
  tag: HeadingTag;
  text: string;
}

class ReceiptWriter {
  private readonly doc: Doc;
  private readonly input: ReceiptInput;
  private readonly labels: ReceiptInput["labels"];
  private y = MARGIN;
  private readonly bottom: number;
  private readonly footerTop: number;
  private readonly faces: Fonts;

  constructor(doc: Doc, input: ReceiptInput, faces: Fonts) {
    this.doc = doc;
    this.faces = faces;
    this.input = input;
    this.labels = input.labels;
    // The footer sits inside the 2 cm margins, above the bottom one; the body stops short of it.
    const footerHeight = this.footerHeight();
    this.footerTop = A4[1] - MARGIN - footerHeight;
    this.bottom = this.footerTop - 14;
  }

  write(): void {
    const { doc, input, labels } = this;
    const root = doc.struct("Document");
    doc.addStructure(root);

    const comuneLines = [
      cleanText(input.comune.address),
      `${cleanText(labels.fiscalCode)}: ${input.comune.fiscalCode}`,
      ...(input.comune.pec ? [cleanText(input.comune.pec)] : []),
    ];
    this.paragraph(root, cleanText(input.comune.name), { font: F.bold, size: 14, color: HEADING }, 1);
    this.paragraph(root, comuneLines.join("\n"), { font: F.regular, size: SMALL_SIZE, color: MUTED }, 6);
    this.artifact(() => this.rule(this.y, HEADING, 1.2));
    this.y += 4;

    const person = (p: { name: string; fiscalCode: string }) => `${cleanText(p.name)}\n${cleanText(labels.fiscalCode)}: ${p.fiscalCode}`;
    const facts = [
      { label: labels.protocol, value: input.protocol },
      { label: labels.submittedAt, value: input.submittedAt },
      { label: labels.service, value: input.serviceTitle },
      { label: labels.applicant, value: person(input.applicant) },
      ...(input.submittedBy ? [{ label: labels.submittedBy, value: person(input.submittedBy) }] : []),
      ...(input.assisted ? [{ label: cleanText(input.assisted.label), value: cleanText(input.assisted.text) }] : []),
      { label: labels.comune, value: input.comune.name },
    ];
    this.heading(root, "H1", cleanText(labels.title), this.tableStart(facts));
    this.table(root, facts, null);
    if (labels.plain) this.paragraph(root, cleanText(labels.plain), BODY, 8);
    if (input.figure) this.figure(root, input.figure);

    // A section with no rows (every question in it skipped by a condition) says nothing: left out.
    const sections = input.sections.filter((section) => section.rows.length > 0);
    const first = sections[0];
    if (first) {
      this.heading(root, "H2", cleanText(labels.answers), this.headingHeight("H3", cleanText(first.title)) + this.tableStart(first.rows));
    }
    for (const section of sections) {
      const sectionTitle = cleanText(section.title);
      this.heading(root, "H3", sectionTitle, this.tableStart(section.rows));
      this.table(root, section.rows, { tag: "H3", text: sectionTitle });
    }

    if (input.attachments) {
      const none = cleanText(labels.none);
      const noneHeight = this.height(none, BODY, CONTENT_WIDTH);
      const firstAttachment = input.attachments[0];
      this.heading(root, "H2", cleanText(labels.attachments), firstAttachment ? this.attachmentLines(firstAttachment).height : noneHeight);
      if (input.attachments.length === 0) this.paragraph(root, none, BODY, 0);
      else this.attachmentList(root, { tag: "H2", text: cleanText(labels.attachments) });
    }

    root.end();
    this.footers();
  }

  // ---- measuring and drawing primitives -------------------------------------------------------

  private use(style: TextStyle): Doc {
    return this.doc.font(style.font).fontSize(style.size).fillColor(style.color);
  }

  private height(text: string, style: TextStyle, width: number): number {
    if (text === "") return 0;
    return this.use(style).heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /**
   * Draws text whose height the caller measured and found room for. pdfkit would silently start a new
   * page (and lose the running footer and the structure's order) if it ever disagreed: fail instead.
   */
  private draw(text: string, style: TextStyle, x: number, y: number, width: number): void {
    if (text === "") return;
    const pages = this.doc.bufferedPageRange().count;
    this.use(style).text(text, x, y, { width, lineGap: LINE_GAP });
    if (this.doc.bufferedPageRange().count !== pages) throw new Error("receipt: text overflowed its page");
  }

  /** Where pdfkit puts the baseline below the y it is given, per 1000 units of font size. */
  private ascent(face: fontkit.Font): number {
    return (face.ascent * 1000) / face.unitsPerEm;
  }

  private artifact(draw: () => void): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  private rule(y: number, color = RULE, width = 0.6): void {
    this.doc.save().moveTo(MARGIN, y).lineTo(MARGIN + CONTENT_WIDTH, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  private room(): number {
    return this.bottom - this.y;
  }

  /** A new page; a table or list that continues on it gets its title again, as an artifact. */
  private newPage(continued: Continuation | null): void {
    this.doc.addPage();
    this.y = MARGIN;
    if (continued) {
      const style = this.headingStyle(continued.tag);
      const h = this.height(continued.text, style, CONTENT_WIDTH);
      this.artifact(() => this.draw(continued.text, style, MARGIN, this.y, CONTENT_WIDTH));
      this.y += h + HEADINGS[continued.tag].after;
    }
  }

  private headingStyle(tag: HeadingTag): TextStyle {
    return { font: F.bold, size: HEADINGS[tag].size, color: HEADING };
  }

  // ---- structure ---------------------------------------------------------------------------------

  private paragraph(parent: StructElement, text: string, style: TextStyle, after: number): void {
    const h = this.height(text, style, CONTENT_WIDTH);
    if (h > this.room() && this.y > MARGIN) this.newPage(null);
    const y = this.y;
    parent.add(this.doc.struct("P", {}, () => this.draw(text, style, MARGIN, y, CONTENT_WIDTH)));
    this.y += h + after;
  }

  /** An image with its alternative text (a Figure in the structure tree), on the next page if it does not fit. */
  private figure(parent: StructElement, figure: NonNullable<ReceiptInput["figure"]>): void {
    const size = figure.sizeMm * PT_PER_MM;
    this.y += 8;
    if (size > this.room() && this.y > MARGIN) this.newPage(null);
    const y = this.y;
    parent.add(this.doc.struct("Figure", { alt: cleanText(figure.alt) }, () => this.doc.image(Buffer.from(figure.png), MARGIN, y, { width: size, height: size })));
    this.y += size + 8;
  }

  /** The room a heading takes, spacing included. */
  private headingHeight(tag: HeadingTag, text: string): number {
    const { before, after } = HEADINGS[tag];
    return before + this.height(text, this.headingStyle(tag), CONTENT_WIDTH) + after;
  }

  /** A heading, on a new page when what it introduces would not start below it (keepWith points). */
  private heading(parent: StructElement, tag: HeadingTag, text: string, keepWith: number): void {
    const style = this.headingStyle(tag);
    const { before, after } = HEADINGS[tag];
    const h = this.height(text, style, CONTENT_WIDTH);
    if (this.y > MARGIN) this.y += before;
    if (h + after + keepWith > this.room() && this.y > MARGIN) this.newPage(null);
    const y = this.y;
    parent.add(this.doc.struct(tag, {}, () => this.draw(text, style, MARGIN, y, CONTENT_WIDTH)));
    this.y += h + after;
  }

  /**
   * Label/value rows as a two-column table: the label is the row header (TH, scope Row), the value a
   * cell. A short row that does not fit moves to the next page whole; a long one (over KEEP_TOGETHER
   * of a page) is split, its value going on in the same cell on the next page.
   */
  private table(parent: StructElement, rows: { label: string; value: string }[], continued: Continuation | null): void {
    const { doc } = this;
    const table = doc.struct("Table");
    parent.add(table);
    this.artifact(() => this.rule(this.y));
    for (const row of rows) {
      const label = cleanText(row.label);
      let value = cleanText(row.value);
      const labelHeight = this.height(label, LABEL, LABEL_WIDTH);
      const valueHeight = this.height(value, BODY, VALUE_WIDTH);
      const rowHeight = Math.max(labelHeight, valueHeight) + 2 * CELL_PAD;
      if (rowHeight > this.room()) {
        // Short rows stay whole; a long answer starts here and goes on overleaf rather than leave
        // half a page blank.
        const keepTogether = rowHeight <= KEEP_TOGETHER * (this.bottom - MARGIN);
        if (keepTogether || this.room() < Math.max(MIN_ROW_START, labelHeight + 2 * CELL_PAD)) {
          this.newPage(continued);
          this.artifact(() => this.rule(this.y));
        }
      }

      const tr = doc.struct("TR");
      table.add(tr);
      const top = this.y + CELL_PAD;
      tr.add(doc.struct("TH", { scope: "Row" }, () => this.draw(label, LABEL, MARGIN, top, LABEL_WIDTH)));
      const td = doc.struct("TD");
      tr.add(td);
      let cellTop = top;
      let used = labelHeight;
      let freshPage = false;
      let valueLeft = valueHeight;
      for (;;) {
        const room = this.bottom - CELL_PAD - cellTop;
        const [head, tail] = valueLeft <= room ? [value, ""] : this.fit(value, BODY, VALUE_WIDTH, room);
        if (head === "" && freshPage) throw new Error("receipt: a line of text is taller than a page");
        if (head !== "") {
          const content = doc.markStructureContent("TD");
          this.draw(head, BODY, MARGIN + LABEL_WIDTH + COLUMN_GAP, cellTop, VALUE_WIDTH);
          doc.endMarkedContent();
          td.add(content);
          used = Math.max(used, tail === "" ? valueLeft : this.height(head, BODY, VALUE_WIDTH));
        }
        if (tail === "") break;
        valueLeft = this.height(tail, BODY, VALUE_WIDTH);
        this.newPage(continued);
        freshPage = true;
        cellTop = this.y + CELL_PAD;
        // The label again beside the rest of the answer, for the eye only: the cell is one TD.
        this.artifact(() => {
          this.rule(this.y);
          this.draw(label, LABEL, MARGIN, cellTop, LABEL_WIDTH);
        });
        used = labelHeight;
        value = tail;
      }
      td.end();
      tr.end();
      this.y = cellTop + used + CELL_PAD;
      this.artifact(() => this.rule(this.y));
    }
    table.end();
    this.y += 4;
  }

  /** How much of a table must fit below its heading: its first row, or the start of a long one. */
  private tableStart(rows: { label: string; value: string }[]): number {
    const row = rows[0];
    if (!row) return 0;
    const h =
      Math.max(this.height(cleanText(row.label), LABEL, LABEL_WIDTH), this.height(cleanText(row.value), BODY, VALUE_WIDTH)) + 2 * CELL_PAD;
    return h <= KEEP_TOGETHER * (this.bottom - MARGIN) ? h : MIN_ROW_START;
  }

  /**
   * Splits text so the first part fits in maxHeight: the longest prefix that fits (binary search on
   * the measured height), moved back to the last space or line end so no word is cut in two.
   */
  private fit(text: string, style: TextStyle, width: number, maxHeight: number): [string, string] {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.height(text.slice(0, mid), style, width) <= maxHeight) lo = mid;
      else hi = mid - 1;
    }
    // Not even one line fits here: all of it goes to the next page.
    if (lo === 0) return ["", text];
    let cut = lo;
    const lastBreak = Math.max(text.lastIndexOf(" ", lo), text.lastIndexOf("\n", lo));
    if (lastBreak > lo / 2 && lo < text.length) cut = lastBreak + 1;
    return [text.slice(0, cut).replace(/\s+$/, ""), text.slice(cut).replace(/^\n/, "")];
  }

  /** The lines of one attachment and their heights, for keep-together and keep-with-heading. */
  private attachmentLines(a: NonNullable<ReceiptInput["attachments"]>[number]) {
    const name = cleanText(a.name);
    const size = `${cleanText(this.labels.size)}: ${formatSize(a.sizeBytes, this.input.lang)}`;
    const hash = a.sha256.toLowerCase();
    const hashLabel = cleanText(this.labels.sha256);
    const nameH = this.height(name, { ...BODY, font: F.bold }, CONTENT_WIDTH);
    const sizeH = this.height(size, BODY, CONTENT_WIDTH);
    const hashLabelH = this.height(hashLabel, LABEL, CONTENT_WIDTH);
    const hashH = this.height(hash, MONO, CONTENT_WIDTH);
    const inline = this.use(LABEL).widthOfString(hashLabel) + COLUMN_GAP / 2 + this.use(MONO).widthOfString(hash) <= CONTENT_WIDTH;
    const hashBlock = inline ? Math.max(hashLabelH, hashH) : hashLabelH + hashH;
    return { name, size, hash, hashLabel, inline, nameH, sizeH, hashLabelH, hashH, height: nameH + sizeH + hashBlock + 2 * CELL_PAD };
  }

  /**
   * Attachments as a list: name, size, and the full SHA-256 in a monospaced font, unbroken (64
   * characters fit the width at 9 pt), so it can be compared with the file character by character.
   */
  private attachmentList(parent: StructElement, continued: Continuation): void {
    const { doc } = this;
    const list = doc.struct("L");
    parent.add(list);
    for (const a of this.input.attachments ?? []) {
      const { name, size, hash, hashLabel, inline, nameH, sizeH, hashLabelH, hashH, height: itemH } = this.attachmentLines(a);
      if (itemH > this.room() && this.y > MARGIN) this.newPage(continued);

      const li = doc.struct("LI");
      list.add(li);
      const body = doc.struct("LBody");
      li.add(body);
      let y = this.y + CELL_PAD;
      const line = (text: string, style: TextStyle, h: number) => {
        const at = y;
        body.add(doc.struct("P", {}, () => this.draw(text, style, MARGIN, at, CONTENT_WIDTH)));
        y += h;
      };
      line(name, { ...BODY, font: F.bold }, nameH);
      line(size, BODY, sizeH);
      // Label and value in one paragraph, so a screen reader says which number this is; on one line
      // when the translation leaves room, baselines aligned across the two fonts.
      const at = y;
      const labelWidth = this.use(LABEL).widthOfString(hashLabel);
      body.add(
        doc.struct("P", {}, () => {
          this.draw(hashLabel, LABEL, MARGIN, at, CONTENT_WIDTH);
          if (inline) {
            const shift = (this.ascent(this.faces.bold) * LABEL.size - this.ascent(this.faces.mono) * MONO.size) / 1000;
            const x = MARGIN + labelWidth + COLUMN_GAP / 2;
            this.draw(hash, MONO, x, at + shift, MARGIN + CONTENT_WIDTH - x);
          } else {
            this.draw(hash, MONO, MARGIN, at + hashLabelH, CONTENT_WIDTH);
          }
        }),
      );
      y += inline ? Math.max(hashLabelH, hashH) : hashLabelH + hashH;
      body.end();
      li.end();
      this.y = y + CELL_PAD;
      this.artifact(() => this.rule(this.y));
    }
    list.end();
  }

  // ---- running footer ------------------------------------------------------------------------------

  private pageText(n: number, total: number): string {
    return interpolate(cleanText(this.labels.page), { n, total });
  }

  private footerTextWidth(): number {
    // Room for the widest page label this document could need ("Pagina 999 di 999").
    const widest = this.use({ font: F.regular, size: SMALL_SIZE, color: MUTED }).widthOfString(this.pageText(999, 999));
    return CONTENT_WIDTH - widest - COLUMN_GAP;
  }

  private footerHeight(): number {
    const style: TextStyle = { font: F.regular, size: SMALL_SIZE, color: MUTED };
    const lineHeight = this.height("Ag", style, CONTENT_WIDTH);
    return Math.max(lineHeight, this.height(cleanText(this.labels.footer), style, this.footerTextWidth())) + FOOTER_RULE_GAP + 1;
  }

  /** Footer text and "Pagina n di N" on every page, as pagination artifacts once the total is known. */
  private footers(): void {
    const { doc } = this;
    const style: TextStyle = { font: F.regular, size: SMALL_SIZE, color: MUTED };
    const { start, count } = doc.bufferedPageRange();
    const footer = cleanText(this.labels.footer);
    const textWidth = this.footerTextWidth();
    for (let i = 0; i < count; i++) {
      doc.switchToPage(start + i);
      doc.markContent("Artifact", { type: "Pagination" });
      this.rule(this.footerTop);
      const y = this.footerTop + FOOTER_RULE_GAP;
      // A height makes pdfkit stop at the bottom margin instead of adding a page; there is room for
      // all of it (the body stops above the footer), this only absorbs rounding at the very edge.
      const height = A4[1] - MARGIN - y + 1;
      this.use(style).text(footer, MARGIN, y, { width: textWidth, lineGap: LINE_GAP, height });
      this.use(style).text(this.pageText(i + 1, count), MARGIN + textWidth + COLUMN_GAP, y, {
        width: CONTENT_WIDTH - textWidth - COLUMN_GAP,
        align: "right",
        lineGap: LINE_GAP,
        height,
      });
      doc.endMarkedContent();
    }
  }
}
