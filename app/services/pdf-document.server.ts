/**
 * What every PDF of the desk shares (the application receipt, the pagoPA notice, the F24): the two
 * font families read once from the bootstrap-italia package, a tagged PDF/UA document with language
 * and title, text cleaned to what the fonts can draw, and the bytes collected in memory. No network,
 * no file writes.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";

// @types/pdfkit describes 0.17; 0.20 also takes a table-header scope and the PDF/UA subset.
declare global {
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      scope?: "Row" | "Column" | "Both";
    }
    // pdfkit 0.20 tags a table (Table, TR, TH with Scope and Headers, TD) when given its parent element.
    interface TableOptions {
      structParent?: PDFKit.PDFStructureElement;
    }
    interface CellOptions {
      scope?: "Row" | "Column" | "Both";
    }
  }
}
export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

export const PT_PER_MM = 72 / 25.4;
export const A4: [number, number] = [210 * PT_PER_MM, 297 * PT_PER_MM];
export const MARGIN = 20 * PT_PER_MM;

export const LOCALE = { it: "it-IT", en: "en-GB" } as const;

// Colours from bootstrap-italia; each passes 4.5:1 on white (text) or is used only for artifacts (rules).
export const INK = "#1a1a1a";
export const HEADING = "#17324d";
export const MUTED = "#455b71";
export const RULE = "#c5c7c9";

export const F = { regular: "TitilliumWeb", bold: "TitilliumWeb-Bold", mono: "RobotoMono" } as const;

export interface Fonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  mono: fontkit.Font;
}

let fonts: Promise<Fonts> | null = null;

/**
 * TTF rather than WOFF2: fontkit would need a Brotli decoder for WOFF2, and TTF is what ends up in the
 * PDF anyway. Resolved through the package so it works from the source tree, the Vite dev server and
 * the built server alike. Parsed once and shared by every document (pdfkit only reads a parsed font
 * and makes its own subset per document): parsing them for each receipt was most of its cost.
 */
export function loadFonts(): Promise<Fonts> {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve("bootstrap-italia/package.json")), "dist", "fonts");
    const open = async (file: string) => {
      const font = fontkit.create(await readFile(join(dir, file)));
      if (!("layout" in font)) throw new Error(`receipt: ${file} is a font collection`);
      return font;
    };
    fonts = Promise.all([
      open("Titillium_Web/titillium-web-v10-latin-ext_latin-regular.ttf"),
      open("Titillium_Web/titillium-web-v10-latin-ext_latin-700.ttf"),
      open("Roboto_Mono/roboto-mono-v13-latin-ext_latin-regular.ttf"),
    ]).then(([regular, bold, mono]) => ({ regular, bold, mono }));
    // A failed read must not poison every later receipt.
    fonts.catch(() => {
      fonts = null;
    });
  }
  return fonts;
}

/**
 * pdfkit copies Title/Author/Subject into the XMP packet without XML escaping, so a service called
 * "Passi carrai & accessi" would corrupt the metadata. The Info dictionary reads a String object through
 * valueOf() while the XMP template calls toString(): escaping only the latter keeps both right.
 */
class XmpSafeString extends String {
  override toString(): string {
    return this.valueOf().replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  }
}

/**
 * Text as the fonts can draw it: composed accents (a decomposed "é" would print as "e" plus a loose
 * accent), Windows line ends, tabs as spaces, and no control characters (they map to no glyph).
 */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g, "");
}


export interface TaggedPdf {
  doc: Doc;
  faces: Fonts;
  /** Resolves with the file once `doc.end()` is called. */
  bytes: Promise<Uint8Array>;
}

/** A tagged A4 document (PDF/UA identifier, language, title shown by the viewer) with the desk's fonts registered. */
export async function openTaggedPdf(meta: {
  lang: keyof typeof LOCALE;
  title: string;
  author: string;
  subject: string;
  margin?: number;
  /** Per side, e.g. a taller bottom margin that leaves room for running footers. */
  margins?: { top: number; bottom: number; left: number; right: number };
}): Promise<TaggedPdf> {
  const faces = await loadFonts();
  const doc = new PDFDocument({
    size: A4,
    ...(meta.margins ? { margins: meta.margins } : { margin: meta.margin ?? MARGIN }),
    pdfVersion: "1.7",
    tagged: true,
    lang: LOCALE[meta.lang],
    displayTitle: true,
    // Identifies the file as PDF/UA-1 (XMP pdfuaid:part); pdfkit adds nothing else for it.
    subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    bufferPages: true,
    // Otherwise pdfkit loads Helvetica's metrics for every document, to use none of it.
    font: faces.regular as unknown as string,
    info: {
      Title: new XmpSafeString(cleanText(meta.title)) as unknown as string,
      Author: new XmpSafeString(cleanText(meta.author)) as unknown as string,
      Subject: new XmpSafeString(cleanText(meta.subject)) as unknown as string,
      CreationDate: new Date(),
    },
  });
  const bytes = collect(doc);
  // pdfkit 0.20 takes parsed fontkit fonts; @types/pdfkit (0.17) only knows files and buffers.
  doc.registerFont(F.regular, faces.regular as unknown as Buffer);
  doc.registerFont(F.bold, faces.bold as unknown as Buffer);
  doc.registerFont(F.mono, faces.mono as unknown as Buffer);
  return { doc, faces, bytes };
}

function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}


export interface TextStyle {
  font: string;
  size: number;
  color: string;
}

/**
 * Drawing on a form with a fixed layout (the F24 grid, the pagoPA notice): positions in millimetres
 * from the top left corner, every line and box an artifact, every text in the structure element its
 * caller gives, so a screen reader reads the form's words in order and skips its drawing.
 */
export class FormCanvas {
  constructor(readonly doc: Doc) {}

  mm(v: number): number {
    return v * PT_PER_MM;
  }

  style(s: TextStyle): Doc {
    return this.doc.font(s.font).fontSize(s.size).fillColor(s.color);
  }

  /** Height in mm of text wrapped to `w` mm. */
  heightOf(text: string, s: TextStyle, w: number): number {
    return this.style(s).heightOfString(cleanText(text), { width: this.mm(w), lineGap: 0 }) / PT_PER_MM;
  }

  widthOf(text: string, s: TextStyle): number {
    return this.style(s).widthOfString(cleanText(text)) / PT_PER_MM;
  }

  /** Text drawn inside the current marked content (the caller's structure element). */
  draw(text: string, s: TextStyle, x: number, y: number, w: number, align: "left" | "center" | "right" = "left", characterSpacing = 0): void {
    const pages = this.doc.bufferedPageRange().count;
    this.style(s).text(cleanText(text), this.mm(x), this.mm(y), { width: this.mm(w), align, lineGap: 0, characterSpacing, lineBreak: true });
    if (this.doc.bufferedPageRange().count !== pages) throw new Error("form: text overflowed its page");
  }

  /** A structure element of `tag` holding text drawn at a place (with ActualText when the drawing is not the words, e.g. boxed characters). */
  put(parent: StructElement, tag: string, draw: () => void, actual?: string): void {
    parent.add(this.doc.struct(tag as never, actual ? { actual: cleanText(actual) } : {}, draw));
  }

  artifact(draw: () => void): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  box(x: number, y: number, w: number, h: number, opts: { stroke?: string; fill?: string; width?: number } = {}): void {
    this.artifact(() => {
      const d = this.doc.save().rect(this.mm(x), this.mm(y), this.mm(w), this.mm(h)).lineWidth(opts.width ?? 0.6);
      if (opts.fill) d.fillAndStroke(opts.fill, opts.stroke ?? RULE);
      else d.strokeColor(opts.stroke ?? RULE).stroke();
      this.doc.restore();
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, color = RULE, width = 0.6): void {
    this.artifact(() => {
      this.doc.save().moveTo(this.mm(x1), this.mm(y1)).lineTo(this.mm(x2), this.mm(y2)).lineWidth(width).strokeColor(color).stroke().restore();
    });
  }

  /** Characters one per box (codice fiscale, codice ente…), read as one string by assistive technology. */
  boxed(parent: StructElement, tag: string, value: string, count: number, x: number, y: number, cell: number, h: number, s: TextStyle, actual: string): void {
    for (let i = 0; i < count; i++) this.box(x + i * cell, y, cell, h);
    this.put(
      parent,
      tag,
      () => {
        [...value.slice(0, count)].forEach((c, i) => this.draw(c, s, x + i * cell, y + (h - s.size / PT_PER_MM * 1.2) / 2, cell, "center"));
      },
      actual,
    );
  }
}


/**
 * A document whose text flows from page to page (a report, unlike the fixed forms above): headings,
 * paragraphs and tables in one structure tree, page breaks left to pdfkit (marked content goes on
 * across a break), a heading never alone at the foot of a page, and running footers as artifacts.
 */
export class FlowWriter {
  constructor(
    readonly doc: Doc,
    readonly root: StructElement,
  ) {}

  private room(): number {
    return this.doc.page.maxY() - this.doc.y;
  }

  /** A heading (H1-H6), moved to the next page when less than `keepWith` points would follow it there. */
  heading(tag: "H1" | "H2" | "H3" | "H4" | "H5" | "H6", text: string, style: TextStyle, keepWith = 60): void {
    const { doc } = this;
    const clean = cleanText(text);
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const h = doc.font(style.font).fontSize(style.size).heightOfString(clean, { width });
    if (h + keepWith > this.room() && doc.y > doc.page.margins.top) doc.addPage();
    const x = doc.page.margins.left;
    this.root.add(doc.struct(tag, {}, () => doc.font(style.font).fontSize(style.size).fillColor(style.color).text(clean, x, doc.y, { width })));
    doc.moveDown(0.3);
  }

  paragraph(text: string, style: TextStyle, after = 0.4): void {
    const { doc } = this;
    const clean = cleanText(text);
    if (!clean) return;
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    this.root.add(doc.struct("P", {}, () => doc.font(style.font).fontSize(style.size).fillColor(style.color).text(clean, x, doc.y, { width })));
    doc.moveDown(after);
  }

  /**
   * A table: one header row (TH, scope Column), then the rows; with `rowHeaders` the first cell of
   * each row is its header (TH, scope Row). `widths` are shares of the text width. A row that does
   * not fit goes whole to the next page (pdfkit's table); the header row starts with at least one row.
   */
  table(
    columns: readonly { header: string; width: number }[],
    rows: readonly (readonly string[])[],
    opts: { head: TextStyle; body: TextStyle; rowHeaders?: boolean; /** false: no header row (label/value rows, the labels as row headers). */ headerRow?: boolean },
  ): void {
    const { doc } = this;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const cellStyle = { padding: 4, border: 0.5, borderColor: RULE };
    const heights = (cells: readonly string[], s: TextStyle) =>
      Math.max(...cells.map((c, i) => doc.font(s.font).fontSize(s.size).heightOfString(cleanText(c), { width: (width * columns[i]!.width) / total - 8 }))) + 8;
    const first = rows[0] ?? [];
    const headerRow = opts.headerRow ?? true;
    if ((headerRow ? heights(columns.map((c) => c.header), opts.head) : 0) + heights(first, opts.body) > this.room()) doc.addPage();
    const font = (s: TextStyle) => ({ src: s.font, size: s.size });
    const data = [
      ...(headerRow ? [columns.map((c) => ({ text: cleanText(c.header), type: "TH" as const, scope: "Column" as const, font: font(opts.head), textColor: opts.head.color, ...cellStyle }))] : []),
      ...rows.map((r) =>
        r.map((cell, i) =>
          i === 0 && opts.rowHeaders
            ? { text: cleanText(cell), type: "TH" as const, scope: "Row" as const, font: font(opts.head), textColor: opts.head.color, ...cellStyle }
            : { text: cleanText(cell), type: "TD" as const, font: font(opts.body), textColor: opts.body.color, ...cellStyle },
        ),
      ),
    ];
    doc.table({
      structParent: this.root,
      position: { x: doc.page.margins.left, y: doc.y },
      maxWidth: width,
      columnStyles: columns.map((c) => (width * c.width) / total),
      data,
    });
    doc.x = doc.page.margins.left;
    doc.moveDown(0.6);
  }

  /** A list (L, LI, LBody) of short texts, each after a bullet drawn as an artifact. */
  list(items: readonly string[], style: TextStyle): void {
    const { doc } = this;
    const list = doc.struct("L");
    this.root.add(list);
    const x = doc.page.margins.left;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    for (const item of items) {
      const li = doc.struct("LI");
      list.add(li);
      const body = doc.struct("LBody");
      li.add(body);
      doc.font(style.font).fontSize(style.size).fillColor(style.color);
      if (doc.heightOfString("Ag") > this.room()) doc.addPage();
      const y = doc.y;
      this.artifactText("•", x, y, style);
      body.add(doc.struct("P", {}, () => doc.font(style.font).fontSize(style.size).fillColor(style.color).text(cleanText(item), x + 10, y, { width: width - 10 })));
      body.end();
      li.end();
      doc.moveDown(0.2);
    }
    list.end();
    doc.x = x;
    doc.moveDown(0.3);
  }

  private artifactText(text: string, x: number, y: number, style: TextStyle): void {
    const { doc } = this;
    doc.markContent("Artifact", { type: "Layout" });
    doc.font(style.font).fontSize(style.size).fillColor(style.color).text(text, x, y, { lineBreak: false });
    doc.endMarkedContent();
    doc.y = y;
  }

  /** Footer text and "page n of N" (`page` formats them) on every page, as pagination artifacts. */
  footers(text: string, page: (n: number, total: number) => string, style: TextStyle): void {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let i = 0; i < count; i++) {
      doc.switchToPage(start + i);
      const { left, right, bottom } = doc.page.margins;
      const width = doc.page.width - left - right;
      const y = doc.page.height - bottom + 10;
      doc.markContent("Artifact", { type: "Pagination" });
      doc.save().moveTo(left, y - 4).lineTo(left + width, y - 4).lineWidth(0.6).strokeColor(RULE).stroke().restore();
      doc.font(style.font).fontSize(style.size).fillColor(style.color);
      doc.text(cleanText(text), left, y, { width: width * 0.75, lineBreak: false, height: style.size * 2 });
      doc.text(cleanText(page(i + 1, count)), left + width * 0.75, y, { width: width * 0.25, align: "right", lineBreak: false, height: style.size * 2 });
      doc.endMarkedContent();
    }
  }
}
