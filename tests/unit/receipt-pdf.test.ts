import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { formatSize, type ReceiptInput, renderReceiptPdf } from "~/services/receipt-pdf.server";
import { type PdfStructNode, pdfPages, pdfStructure, pdfText, pdfTextBoxes } from "../setup/pdf-text";

const IT_LABELS: ReceiptInput["labels"] = {
  title: "Ricevuta di presentazione",
  comune: "Ente",
  protocol: "Numero di protocollo",
  submittedAt: "Data e ora di presentazione",
  service: "Servizio",
  applicant: "Richiedente",
  fiscalCode: "Codice fiscale",
  submittedBy: "Presentata da",
  answers: "Le tue risposte",
  attachments: "Documenti allegati",
  sha256: "Impronta SHA-256",
  size: "Dimensione",
  none: "Nessuno",
  footer: "Conserva questa ricevuta: dimostra che hai presentato la domanda.",
  page: "Pagina {{n}} di {{total}}",
};

const EN_LABELS: ReceiptInput["labels"] = {
  title: "Application receipt",
  comune: "Council",
  protocol: "Reference number",
  submittedAt: "Date and time sent",
  service: "Service",
  applicant: "Applicant",
  fiscalCode: "Tax code",
  submittedBy: "Sent by",
  answers: "Your answers",
  attachments: "Attached documents",
  sha256: "SHA-256 fingerprint",
  size: "Size",
  none: "None",
  footer: "Keep this receipt: it proves you sent the application.",
  page: "Page {{n}} of {{total}}",
};

const HASH_A = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
const HASH_B = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";

function receipt(overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  return {
    lang: "it",
    labels: IT_LABELS,
    comune: {
      name: "Comune di Seregno",
      fiscalCode: "00870790151",
      address: "Piazza Martiri della Libertà 1, 20831 Seregno (MB)",
      pec: "seregno@pec.regione.lombardia.it",
    },
    protocol: "2026/0000123",
    submittedAt: "27/11/2026 09:41",
    serviceTitle: "Passo carraio: nuova autorizzazione",
    applicant: { name: "Mario Rossi", fiscalCode: "RSSMRA80A01F205X" },
    submittedBy: { name: "Anna Bianchi", fiscalCode: "BNCNNA70A41F205Y" },
    sections: [
      {
        title: "Dove si trova il passo carraio",
        rows: [
          { label: "Indirizzo", value: "Via Umberto I 12" },
          { label: "Larghezza in metri", value: "4,5" },
        ],
      },
      {
        title: "Perché lo chiedi",
        rows: [{ label: "Motivo", value: "Ho comprato un'auto.\nIl cortile è già pavimentato, perché serve all'attività." }],
      },
    ],
    attachments: [
      { name: "planimetria-piano-terra.pdf", sha256: HASH_A, sizeBytes: 1_234_567 },
      { name: "foto ingresso.jpg", sha256: HASH_B, sizeBytes: 812 },
    ],
    ...overrides,
  };
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** Roles in document order, depth first, without the marked-content leaves. */
function roles(node: PdfStructNode | null): string[] {
  if (!node) return [];
  const out: string[] = [];
  const walk = (n: PdfStructNode) => {
    out.push(n.role);
    for (const c of n.children) if ("role" in c) walk(c);
  };
  for (const c of node.children) if ("role" in c) walk(c);
  return out;
}

/** The long case: 200 answers of 2 000 characters, each ending with a marker so a lost tail shows. */
function longReceipt(): ReceiptInput {
  const rows = Array.from({ length: 200 }, (_, i) => {
    const head = `Risposta ${i + 1}: `;
    const tail = ` fine-${i + 1}.`;
    const filler = "parola lunga ".repeat(200).slice(0, 2000 - head.length - tail.length);
    return { label: `Domanda numero ${i + 1}`, value: head + filler + tail };
  });
  return receipt({ sections: [{ title: "Sezione molto lunga", rows }] });
}

describe("renderReceiptPdf", () => {
  it("writes a PDF 1.7 file, tagged, with its language, title shown and fonts embedded", async () => {
    const bytes = await renderReceiptPdf(receipt());
    const raw = latin1(bytes);
    expect(raw.startsWith("%PDF-1.7\n")).toBe(true);
    expect(raw.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(it-IT\)/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    // Row headers say they are row headers: 6 facts + 3 answers.
    expect(raw.match(/\/Scope \/Row/g)).toHaveLength(9);
    // Subsets of the three faces, each with its font file inside the PDF.
    for (const face of ["TitilliumWeb-Regular", "TitilliumWeb-Bold", "RobotoMono-Regular"]) {
      expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}`));
    }
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(3);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);

    const s = await pdfStructure(bytes);
    expect(s.markInfo).toMatchObject({ Marked: true });
    expect(s.info).toMatchObject({
      PDFFormatVersion: "1.7",
      Language: "it-IT",
      Title: "Ricevuta di presentazione 2026/0000123",
      Author: "Comune di Seregno",
      Subject: "Passo carraio: nuova autorizzazione",
    });
    expect(String(s.info.CreationDate)).toMatch(/^D:\d{14}/);
    // A4, 210 × 297 mm.
    for (const [x0, y0, x1, y1] of s.pageSizes) {
      expect([x0, y0]).toEqual([0, 0]);
      expect(x1).toBeCloseTo(595.28, 1);
      expect(y1).toBeCloseTo(841.89, 1);
    }
  });

  it("prints the protocol, the service, every label and answer, and every attachment with its full hash", async () => {
    const input = receipt();
    const text = await pdfText(await renderReceiptPdf(input));
    const expected = [
      input.protocol,
      input.submittedAt,
      input.serviceTitle,
      input.applicant.name,
      `Codice fiscale: ${input.applicant.fiscalCode}`,
      input.submittedBy!.name,
      `Codice fiscale: ${input.submittedBy!.fiscalCode}`,
      input.comune.name,
      input.comune.address,
      input.comune.pec!,
      `Codice fiscale: ${input.comune.fiscalCode}`,
      ...Object.entries(IT_LABELS)
        .filter(([key]) => !["none", "page", "size", "fiscalCode"].includes(key))
        .map(([, label]) => label),
      ...input.sections.flatMap((s) => [s.title, ...s.rows.flatMap((r) => [r.label, ...r.value.split("\n")])]),
      "planimetria-piano-terra.pdf",
      "foto ingresso.jpg",
      HASH_A,
      HASH_B.toLowerCase(),
      "Dimensione: 1,2 MB (1.234.567 byte)",
      "Dimensione: 812 byte",
      "Pagina 1 di 1",
    ];
    for (const piece of expected) expect(text, piece).toContain(piece);
  });

  it("gives screen readers headings, tables and a list, in reading order, with the footer as an artifact", async () => {
    const s = await pdfStructure(await renderReceiptPdf(receipt()));
    expect(s.pages).toHaveLength(1);
    const order = roles(s.pages[0]!);
    expect(order[0]).toBe("Document");
    const outline = order.filter((r) => ["H1", "H2", "H3", "Table", "L"].includes(r));
    expect(outline).toEqual(["H1", "Table", "H2", "H3", "Table", "H3", "Table", "H2", "L"]);
    // Facts (6 rows with a delegate) + 2 + 1 answers: one row header and one cell per row.
    expect(order.filter((r) => r === "TH")).toHaveLength(9);
    expect(order.filter((r) => r === "TD")).toHaveLength(9);
    expect(order.filter((r) => r === "LI")).toHaveLength(2);

    const runs = s.markedText[0]!;
    // Every piece of text is either in the structure or explicitly an artifact.
    expect(runs.filter((r) => r.tag === null && r.text.trim() !== "")).toEqual([]);
    const artifacts = runs.filter((r) => r.tag === "Artifact").map((r) => r.text).join(" ");
    expect(artifacts).toContain("Pagina 1 di 1");
    expect(artifacts).toContain(IT_LABELS.footer.slice(0, 20));
    const tagged = runs.filter((r) => r.tag !== "Artifact");
    expect(tagged.find((r) => r.tag === "H1")?.text).toBe("Ricevuta di presentazione");
    expect(tagged.filter((r) => r.tag === "H3").map((r) => r.text)).toEqual(["Dove si trova il passo carraio", "Perché lo chiedi"]);
    // Reading order: the protocol comes before the answers, the answers before the attachments.
    const flat = tagged.map((r) => r.text).join("\n");
    expect(flat.indexOf("2026/0000123")).toBeLessThan(flat.indexOf("Via Umberto I 12"));
    expect(flat.indexOf("Via Umberto I 12")).toBeLessThan(flat.indexOf(HASH_A));
  });

  it("spreads a long application over numbered pages, repeating the section title and losing nothing", async () => {
    const input = longReceipt();
    const bytes = await renderReceiptPdf(input);
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((page, i) => {
      expect(page).toContain(`Pagina ${i + 1} di ${pages.length}`);
      expect(page.match(/Pagina \d+ di \d+/g)).toHaveLength(1);
    });
    // Every page after the first starts with the section title again (as an artifact).
    for (const page of pages.slice(1)) expect(page.trimStart().startsWith("Sezione molto lunga")).toBe(true);
    const all = pages.join("\n");
    for (let i = 1; i <= 200; i++) {
      expect(all).toContain(`Domanda numero ${i}`);
      expect(all).toContain(`Risposta ${i}:`);
      expect(all).toContain(`fine-${i}.`);
    }
    // The structure keeps one table with 200 answer rows whatever the page breaks.
    const s = await pdfStructure(bytes);
    const tagged = s.markedText.flat().filter((r) => r.tag === "TH").map((r) => r.text);
    expect(tagged.filter((t) => t.startsWith("Domanda numero"))).toHaveLength(200);
  }, 120_000);

  it("splits an answer taller than a page inside its cell, in order, without dropping a word", async () => {
    const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
    const input = receipt({ sections: [{ title: "Relazione", rows: [{ label: "Descrizione dei lavori", value: words.join(" ") }] }] });
    const bytes = await renderReceiptPdf(input);
    const s = await pdfStructure(bytes);
    expect(s.pages.length).toBeGreaterThan(2);
    const cell = s.markedText
      .flat()
      .filter((r) => r.tag === "TD")
      .map((r) => r.text)
      .join(" ");
    const found = cell.split(/\s+/).filter((w) => /^w\d+$/.test(w));
    expect(found).toEqual(words);
    // The answer stays one cell of one row, though it spans pages.
    expect(s.markedText.flat().filter((r) => r.tag === "TH" && r.text === "Descrizione dei lavori")).toHaveLength(1);
  }, 120_000);

  it("keeps every line inside the 2 cm margins, with no text drawn over other text", async () => {
    const margin = (20 * 72) / 25.4;
    for (const input of [receipt(), longReceipt()]) {
      const boxes = await pdfTextBoxes(await renderReceiptPdf(input));
      for (const b of boxes) {
        expect(b.x, b.text).toBeGreaterThanOrEqual(margin - 0.5);
        expect(b.x + b.width, b.text).toBeLessThanOrEqual(595.28 - margin + 0.5);
        expect(b.y - b.size * 0.8, b.text).toBeGreaterThanOrEqual(margin - 0.5);
        expect(b.y + b.size * 0.25, b.text).toBeLessThanOrEqual(841.89 - margin + 0.5);
      }
      const byPage = new Map<number, typeof boxes>();
      for (const b of boxes) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
      for (const list of byPage.values()) {
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const a = list[i]!;
            const b = list[j]!;
            const xOverlap = a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5;
            const yOverlap = a.y - a.size * 0.75 < b.y + b.size * 0.2 && b.y - b.size * 0.75 < a.y + a.size * 0.2;
            expect(xOverlap && yOverlap, `"${a.text}" over "${b.text}" on page ${a.page}`).toBe(false);
          }
        }
      }
    }
  }, 120_000);

  it("keeps Italian accented letters, and composes accents typed as separate marks", async () => {
    const input = receipt({
      serviceTitle: "Contributo per attività sportive",
      sections: [
        {
          title: "Perché è necessario",
          rows: [
            { label: "Città", value: "àèéìòù ÀÈÉÌÒÙ perché più così È già" },
            { label: "Nota", value: "perche\u0301 citta\u0300 — “virgolette” l’auto 12 € 30 °C…" },
          ],
        },
      ],
    });
    const text = await pdfText(await renderReceiptPdf(input));
    for (const piece of ["Contributo per attività sportive", "Perché è necessario", "Città", "àèéìòù ÀÈÉÌÒÙ perché più così È già"]) {
      expect(text).toContain(piece);
    }
    expect(text).toContain("perché città — “virgolette” l’auto 12 € 30 °C…");
  });

  it("uses the English labels, language and number format when lang is en", async () => {
    const bytes = await renderReceiptPdf(receipt({ lang: "en", labels: EN_LABELS, submittedAt: "27/11/2026 09:41" }));
    const raw = latin1(bytes);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    const s = await pdfStructure(bytes);
    expect(s.info).toMatchObject({ Language: "en-GB", Title: "Application receipt 2026/0000123" });
    const text = await pdfText(bytes);
    for (const label of ["Application receipt", "Reference number", "Your answers", "Attached documents", "Tax code: RSSMRA80A01F205X", "Page 1 of 1"]) {
      expect(text).toContain(label);
    }
    expect(text).toContain("Size: 1.2 MB (1,234,567 bytes)");
    expect(text).not.toContain("Pagina");
    expect(text).not.toContain("Ricevuta");
  });

  it("says 'none' for no attachments, leaves out empty answer sections, and the delegate when there is none", async () => {
    const empty = await pdfStructure(await renderReceiptPdf(receipt({ sections: [], attachments: [], submittedBy: null })));
    const text = empty.markedText.flat().map((r) => r.text).join("\n");
    expect(text.match(/Nessuno/g)).toHaveLength(1);
    expect(text).not.toContain("Le tue risposte");
    expect(text).not.toContain("Presentata da");
    expect(text).not.toContain("Anna Bianchi");
    expect(roles(empty.pages[0]!).filter((r) => /^(H\d|Table|L)$/.test(r))).toEqual(["H1", "Table", "H2"]);

    const skipped = await pdfText(
      await renderReceiptPdf(receipt({ sections: [{ title: "Sezione saltata", rows: [] }, { title: "Sezione compilata", rows: [{ label: "A", value: "B" }] }] })),
    );
    expect(skipped).not.toContain("Sezione saltata");
    expect(skipped).toContain("Le tue risposte");
    expect(skipped).toContain("Sezione compilata");
  });

  it("keeps the XMP metadata well-formed when titles contain XML characters", async () => {
    const bytes = await renderReceiptPdf(receipt({ serviceTitle: `Passi carrai & accessi <"nuovi">`, protocol: "2026/0000456" }));
    const s = await pdfStructure(bytes);
    expect(s.info.Subject).toBe(`Passi carrai & accessi <"nuovi">`);
    const errors: string[] = [];
    const xmp = new DOMParser({
      errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    }).parseFromString(s.metadata!.replace(/^<\?xpacket[^>]*\?>|<\?xpacket[^>]*\?>$/g, "").trim(), "text/xml");
    expect(errors).toEqual([]);
    const texts = Array.from(xmp.getElementsByTagName("rdf:li")).map((li) => li.textContent);
    expect(texts).toContain(`Passi carrai & accessi <"nuovi">`);
    expect(texts).toContain("Ricevuta di presentazione 2026/0000456");
    expect(s.metadata).toContain("<pdfuaid:part>1</pdfuaid:part>");
  });

  it("refuses an attachment whose hash is not a full SHA-256", async () => {
    await expect(renderReceiptPdf(receipt({ attachments: [{ name: "a.pdf", sha256: HASH_A.slice(0, 63), sizeBytes: 1 }] }))).rejects.toThrow(
      /SHA-256/,
    );
    await expect(renderReceiptPdf(receipt({ attachments: [{ name: "a.pdf", sha256: HASH_A, sizeBytes: -1 }] }))).rejects.toThrow(/size/);
  });

  it("formats sizes for each language", () => {
    expect(formatSize(999, "it")).toBe("999 byte");
    expect(formatSize(245_600, "it")).toBe("245,6 kB (245.600 byte)");
    expect(formatSize(1_000, "en")).toBe("1 kB (1,000 bytes)");
    expect(formatSize(12_345_678, "en")).toBe("12.3 MB (12,345,678 bytes)");
  });

  it("renders 50 receipts (time reported, not asserted)", async () => {
    const input = receipt();
    await renderReceiptPdf(input);
    const started = performance.now();
    const sizes: number[] = [];
    for (let i = 0; i < 50; i++) {
      sizes.push((await renderReceiptPdf({ ...input, protocol: `2026/${String(i).padStart(7, "0")}` })).length);
    }
    const ms = performance.now() - started;
    console.log(`receipt-pdf: 50 receipts in ${ms.toFixed(0)} ms (${(ms / 50).toFixed(1)} ms each, ${Math.round(sizes[0]! / 1024)} KiB each)`);
    expect(sizes.every((n) => n > 10_000)).toBe(true);
  }, 120_000);
});
