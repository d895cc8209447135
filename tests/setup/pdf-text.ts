/**
 * Reading PDFs back in tests, through pdf.js (the unpdf build, no canvas, no worker, no network): an
 * independent reader, so a test does not trust the code that wrote the file to also read it.
 */
import { getDocumentProxy } from "unpdf";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

// pdf.js may take over (detach) the buffer it is given; the caller keeps theirs.
function open(bytes: Uint8Array): Promise<PdfDocument> {
  return getDocumentProxy(new Uint8Array(bytes));
}

async function textOf(pdf: PdfDocument, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
}

/** The text of each page, in content order, with the line ends pdf.js detects. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  try {
    return await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => textOf(pdf, i + 1)));
  } finally {
    await pdf.destroy();
  }
}

/** All the text of a PDF, pages separated by a blank line. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join("\n\n");
}

export interface PdfStructNode {
  role: string;
  children: (PdfStructNode | { type: "content"; id: string })[];
  lang?: string;
}

/** What a screen reader gets: the document information, and the structure tree of each page. */
export async function pdfStructure(bytes: Uint8Array): Promise<{
  info: Record<string, unknown>;
  markInfo: Record<string, boolean> | null;
  /** Page boxes in points, [x0, y0, x1, y1]. */
  pageSizes: number[][];
  metadata: string | null;
  pages: (PdfStructNode | null)[];
  /** Per page: the marked-content tags text was drawn in, in order ("Artifact", or a structure role). */
  markedText: { tag: string | null; text: string }[][];
}> {
  const pdf = await open(bytes);
  try {
    const meta = await pdf.getMetadata();
    const markInfo = (await pdf.getMarkInfo()) as Record<string, boolean> | null;
    const pageSizes: number[][] = [];
    const pages: (PdfStructNode | null)[] = [];
    const markedText: { tag: string | null; text: string }[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pageSizes.push([...page.view]);
      pages.push((await page.getStructTree()) as unknown as PdfStructNode | null);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: (string | null)[] = [];
      const runs: { tag: string | null; text: string }[] = [];
      for (const item of content.items) {
        if ("str" in item) {
          if (item.str !== "") runs.push({ tag: stack.at(-1) ?? null, text: item.str });
        } else if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
          // pdf.js sends the tag ("P", "Artifact"…) but its type declarations leave it out.
          stack.push((item as { tag?: string }).tag ?? null);
        } else if (item.type === "endMarkedContent") {
          stack.pop();
        }
      }
      markedText.push(runs);
    }
    const raw = meta.metadata as unknown as { getRaw?: () => string } | null;
    return { info: meta.info as Record<string, unknown>, markInfo, pageSizes, metadata: raw?.getRaw?.() ?? null, pages, markedText };
  } finally {
    await pdf.destroy();
  }
}

export interface PdfTextBox {
  page: number;
  text: string;
  /** From the top-left corner of the page, in points; y is the baseline. */
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Where each piece of text sits, to check margins and overlaps. */
export async function pdfTextBoxes(bytes: Uint8Array): Promise<PdfTextBox[]> {
  const pdf = await open(bytes);
  try {
    const boxes: PdfTextBox[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const height = page.view[3]!;
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, , , e, f] = item.transform as number[];
        boxes.push({ page: n, text: item.str, x: e!, y: height - f!, width: item.width, size: Math.hypot(a!, b!) });
      }
    }
    return boxes;
  } finally {
    await pdf.destroy();
  }
}
