/**
 * The F24 semplificato and the pagoPA notice as PDFs, read back with pdf.js: the words and amounts of
 * the form are there, the document is tagged (language, title, headings, the F24 lines as a table with
 * column headers, the QR code as a Figure with its alternative text) and fits its page.
 */
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { renderF24Pdf, type F24Input } from "~/services/f24-pdf.server";
import { renderPagoPaNoticePdf, type NoticeInput } from "~/services/pagopa-notice-pdf.server";
import { type PdfStructNode, pdfPages, pdfStructure, pdfText } from "../setup/pdf-text";

const COLUMNS = ["Sezione", "Cod. tributo", "Codice ente", "Ravv.", "Immob. variati", "Acc.", "Saldo", "Numero immobili", "Rateazione / mese rif.", "Anno di riferimento", "Detrazione", "Importi a debito versati", "Importi a credito compensati"] as F24Input["labels"]["columns"];

function f24(rows = 2): F24Input {
  return {
    lang: "it",
    author: "Comune di Seregno",
    labels: {
      title: "F24 semplificato",
      model: "Modello di pagamento unificato",
      delegation: "DELEGA IRREVOCABILE A:",
      taxpayer: "Contribuente",
      fiscalCode: "Codice fiscale",
      personal: "Dati anagrafici",
      familyName: "Cognome",
      givenName: "Nome",
      birthDate: "Data di nascita",
      sex: "Sesso",
      birthPlace: "Comune di nascita",
      province: "Prov.",
      reason: "Motivo del pagamento",
      columns: COLUMNS,
      ticked: "barrato",
      unticked: "non barrato",
      total: "SALDO FINALE",
      euro: "EURO",
      payment: "Estremi del versamento",
      paymentBoxes: ["Data", "Codice banca", "Azienda", "CAB"],
      signature: "Firma",
      notes: "Come sono calcolati gli importi",
      footer: "Precompilato dallo Sportello telematico.",
    },
    taxpayer: { fiscalCode: "BNCNNA41B43I625G", familyName: "Bianchi", givenName: "Anna", birthDate: "03/02/1941", sex: "F", birthPlace: "", province: "" },
    rows: Array.from({ length: rows }, (_, i) => ({ section: "EL", code: i === 0 ? "3918" : "3925", ente: "I625", ravv: i === 0, changed: false, acconto: false, saldo: true, properties: 2, instalment: "", year: 2025, deduction: "", debit: i === 0 ? "726,27" : "100,00", credit: "" })),
    total: rows === 1 ? "726,27" : "826,27",
    notes: ["Codice 3918: imposta 691,00 € + sanzione 24,68 € + interessi 10,59 €."],
  };
}

function roles(node: PdfStructNode | { type: "content" } | null, out: string[] = []): string[] {
  if (!node || !("role" in node)) return out;
  out.push(node.role);
  for (const c of node.children) roles(c as PdfStructNode, out);
  return out;
}

describe("the F24 semplificato", () => {
  it("prints the taxpayer, every column of the grid, the lines, the total and the notes on one A4 page", async () => {
    const bytes = await renderF24Pdf(f24());
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/\s+/g, " ");
    for (const piece of ["F24 semplificato", "BIANCHI", "ANNA", "03/02/1941", "Motivo del pagamento", ...COLUMNS, "EL", "3918", "3925", "I625", "2025", "726,27", "100,00", "SALDO FINALE", "826,27", "imposta 691,00 €"]) {
      expect(text, piece).toContain(piece);
    }
  });

  it("is tagged: language, title, headings, the lines as a table with 13 column headers and one row per line", async () => {
    const s = await pdfStructure(await renderF24Pdf(f24()));
    expect(s.info).toMatchObject({ Language: "it-IT", Title: "F24 semplificato" });
    const r = roles(s.pages[0]!);
    expect(r).toContain("H1");
    expect(r.filter((x) => x === "Table")).toHaveLength(1);
    expect(r.filter((x) => x === "TH")).toHaveLength(13);
    // Header row + two filled lines; the empty lines of the grid are drawing only.
    expect(r.filter((x) => x === "TR")).toHaveLength(3);
    expect(r.filter((x) => x === "TD")).toHaveLength(26);
    // Every word of the grid's drawing that is not text is an artifact: no untagged text.
    expect(s.markedText[0]!.filter((x) => x.tag === null)).toEqual([]);
  });

  it("refuses more lines than the form has", async () => {
    await expect(renderF24Pdf(f24(11))).rejects.toThrow(/at most 10/);
  });
});

function notice(instalments = 0): NoticeInput {
  const portion = (title: string, code: string, cents: number) => ({
    title,
    amount: (cents / 100).toFixed(2).replace(".", ","),
    due: "16/12/2026",
    printedCode: code.replace(/(\d{4})(?=\d)/g, "$1 "),
    subject: `TARI 2026 – ${title}`,
    qrPayload: `PAGOPA|002|${code}|00870790151|${cents}`,
    qrAlt: `Codice QR dell'avviso ${code}`,
  });
  return {
    lang: "it",
    labels: {
      documentTitle: "Avviso di pagamento",
      notice: "Avviso di pagamento",
      creditor: "Ente Creditore",
      recipient: "Destinatario avviso",
      fiscalCode: "Cod. Fiscale",
      howMuch: "Quanto e quando pagare?",
      within: "entro il",
      amountNote: "L'importo potrebbe cambiare.",
      where: "Dove pagare?",
      whereList: "www.pagopa.gov.it",
      online: "Paga sul sito o con le app",
      onlineText: "con carte, conto corrente, CBILL.",
      territory: "Paga sul territorio",
      territoryText: "in banca, alla posta, dal tabaccaio.",
      choose: "Usa la parte dell'avviso che preferisci.",
      channels: "Banche e altri canali",
      portionRecipient: "Destinatario",
      euro: "Euro",
      creditorName: "Ente Creditore",
      subject: "Oggetto del pagamento",
      cbill: "Codice CBILL",
      code: "Codice Avviso",
      creditorCf: "Cod. Fiscale Ente Creditore",
      instalmentsInfo: "Puoi pagare per intero oppure in rate.",
      footer: "Avviso dimostrativo.",
    },
    subject: "TARI 2026 – acconto",
    details: ["Per:", "Via Umberto I 12, Seregno"],
    creditor: { name: "Comune di Seregno", sector: "Ufficio Tributi", fiscalCode: "00870790151", cbill: "" },
    recipient: { name: "Anna Bianchi", fiscalCode: "BNCNNA41B43I625G", address: "" },
    amount: "745,00",
    due: "16/12/2026",
    breakdown: [],
    single: portion("Rata unica", "301260000000000185", 74500),
    instalments: Array.from({ length: instalments }, (_, i) => portion(`Rata ${i + 1}`, `30126000000000${String(i).padStart(2, "0")}00`, 10000)),
    references: ["Codice IUV: 01260000000000185"],
  };
}

describe("the pagoPA notice", () => {
  it("prints the subject, creditor, recipient, amount and due date, and the portion with the notice code in groups of four", async () => {
    const text = (await pdfText(await renderPagoPaNoticePdf(notice()))).replace(/\s+/g, " ");
    for (const piece of ["TARI 2026 – acconto", "Via Umberto I 12, Seregno", "Cod. Fiscale 00870790151", "Comune di Seregno", "Ufficio Tributi", "Anna Bianchi", "Cod. Fiscale BNCNNA41B43I625G", "745,00 Euro", "entro il 16/12/2026", "Rata unica entro il 16/12/2026", "3012 6000 0000 0001 85", "Codice IUV: 01260000000000185"]) {
      expect(text, piece).toContain(piece);
    }
  });

  it("draws each QR code as a Figure with its alternative text, version 4 with the specification's payload", async () => {
    const s = await pdfStructure(await renderPagoPaNoticePdf(notice()));
    const figures: PdfStructNode[] = [];
    const walk = (n: PdfStructNode | { type: "content" } | null) => {
      if (!n || !("role" in n)) return;
      if (n.role === "Figure") figures.push(n);
      n.children.forEach((c) => walk(c as PdfStructNode));
    };
    walk(s.pages[0]!);
    expect(figures).toHaveLength(1);
    expect((figures[0] as unknown as { alt?: string }).alt).toBe("Codice QR dell'avviso 301260000000000185");
    const qr = QRCode.create("PAGOPA|002|301260000000000185|00870790151|74500", { errorCorrectionLevel: "M", version: 4 });
    expect(qr.modules.size).toBe(33);
  });

  it("lays out instalments after the single payment, in rows of three when they are a multiple of three", async () => {
    const pages = await pdfPages(await renderPagoPaNoticePdf(notice(3)));
    const text = pages.join(" ").replace(/\s+/g, " ");
    for (const piece of ["Rata unica", "Rata 1 entro il", "Rata 2 entro il", "Rata 3 entro il", "Puoi pagare per intero oppure in rate."]) expect(text, piece).toContain(piece);
  });
});
