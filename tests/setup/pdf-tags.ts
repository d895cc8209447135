/**
 * What makes a PDF readable by assistive technology (design notes B6 #20; PDF/UA basics), read back
 * through pdf.js (unpdf), independently of the code that wrote it: the document is marked as tagged
 * (/MarkInfo /Marked true), has a structure tree (/StructTreeRoot), a language (/Lang) and a title
 * that the viewer shows instead of the file name.
 */
import { getDocumentProxy } from "unpdf";

export interface PdfTags {
  marked: boolean;
  structTree: boolean;
  lang: string | null;
  title: string | null;
}

export async function pdfTags(bytes: Uint8Array): Promise<PdfTags> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
  const meta = await pdf.getMetadata();
  const info = meta.info as { Title?: string; Language?: string };
  const page = await pdf.getPage(1);
  const tree = await page.getStructTree();
  return {
    marked: mark?.Marked === true,
    structTree: !!tree && Array.isArray(tree.children) && tree.children.length > 0,
    lang: info.Language ?? null,
    title: info.Title ?? meta.metadata?.get("dc:title") ?? null,
  };
}

/** The problems, in words; empty when the PDF is tagged, has a language and a title. */
export async function pdfTagProblems(bytes: Uint8Array): Promise<string[]> {
  const t = await pdfTags(bytes);
  return [
    t.marked ? "" : "not marked as tagged (/MarkInfo /Marked true)",
    t.structTree ? "" : "no structure tree on page 1 (/StructTreeRoot)",
    t.lang ? "" : "no document language (/Lang)",
    t.title?.trim() ? "" : "no title",
  ].filter(Boolean);
}
