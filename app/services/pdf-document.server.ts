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
export async function openTaggedPdf(meta: { lang: keyof typeof LOCALE; title: string; author: string; subject: string; margin?: number }): Promise<TaggedPdf> {
  const faces = await loadFonts();
  const doc = new PDFDocument({
    size: A4,
    margin: meta.margin ?? MARGIN,
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
