import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "~/domain/file-name";

describe("safe file names", () => {
  it("keeps an ordinary name as it is", () => {
    expect(sanitizeFileName("Relazione tecnica 2026.pdf", "pdf")).toBe("Relazione tecnica 2026.pdf");
    expect(sanitizeFileName("FOTO_contatore.JPG", "jpeg")).toBe("FOTO_contatore.JPG");
    expect(sanitizeFileName("scansione.jpeg", "jpeg")).toBe("scansione.jpeg");
    expect(sanitizeFileName("Dichiarazione_ISEE-2026 (1).pdf", "pdf")).toBe("Dichiarazione_ISEE-2026 (1).pdf");
  });

  it("keeps only the last part of a path, Windows or Unix", () => {
    expect(sanitizeFileName("C:\\Users\\anna\\Documenti\\carta.pdf", "pdf")).toBe("carta.pdf");
    expect(sanitizeFileName("/home/anna/../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("..\\..\\web.config", "pdf")).toBe("web.config.pdf");
  });

  it("makes the extension tell the truth about the content", () => {
    expect(sanitizeFileName("foto.exe", "png")).toBe("foto.png");
    expect(sanitizeFileName("relazione.pdf.exe", "pdf")).toBe("relazione.pdf");
    expect(sanitizeFileName("foto.png.scr", "png")).toBe("foto.png");
    expect(sanitizeFileName("contratto.docx", "pdf")).toBe("contratto.pdf");
    expect(sanitizeFileName("planimetria", "pdf")).toBe("planimetria.pdf");
    expect(sanitizeFileName("foto.", "jpeg")).toBe("foto.jpg");
    // A PNG named .pdf and a JPEG named .png get their own extension.
    expect(sanitizeFileName("documento.pdf", "png")).toBe("documento.png");
    expect(sanitizeFileName("scatto.png", "jpeg")).toBe("scatto.jpg");
  });

  it("keeps a dot that is part of the name, not a file type", () => {
    expect(sanitizeFileName("Verbale 12.2024", "pdf")).toBe("Verbale 12.2024.pdf");
    expect(sanitizeFileName("mario.rossi", "pdf")).toBe("mario.rossi.pdf");
    expect(sanitizeFileName("v1.2 bozza.pdf", "pdf")).toBe("v1.2 bozza.pdf");
  });

  it("removes the invisible characters that disguise an extension", () => {
    // Shown as "invoiceexe.pdf" by a file manager; the bytes decide it is a PDF.
    expect(sanitizeFileName("invoice\u202Efdp.exe", "pdf")).toBe("invoicefdp.pdf");
    expect(sanitizeFileName("invoice\u202Egnp.exe", "png")).toBe("invoicegnp.png");
    expect(sanitizeFileName("a\u200Bb\u2066c\u2069\uFEFF.pdf", "pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("riga\r\nnuova\t\u0000.pdf", "pdf")).toBe("riga nuova.pdf");
  });

  it("drops the characters Windows cannot save and collapses blanks", () => {
    expect(sanitizeFileName('Domanda: "TARI" <2026> | copia?*.pdf', "pdf")).toBe("Domanda TARI 2026 copia.pdf");
    expect(sanitizeFileName("  molti    spazi\u00a0\u00a0qui  .pdf", "pdf")).toBe("molti spazi qui.pdf");
  });

  it("normalises accents to one form (NFC), so the same name is the same string", () => {
    const decomposed = "Perizia e\u0301 citta\u0300.pdf";
    expect(sanitizeFileName(decomposed, "pdf")).toBe("Perizia \u00e9 citt\u00e0.pdf");
  });

  it("removes leading dots and dashes, and trailing dots", () => {
    expect(sanitizeFileName(".htaccess", "pdf")).toBe("htaccess.pdf");
    expect(sanitizeFileName("--help.pdf", "pdf")).toBe("help.pdf");
    expect(sanitizeFileName("...nascosto...pdf", "pdf")).toBe("nascosto.pdf");
  });

  it("prefixes the names Windows reserves for devices", () => {
    expect(sanitizeFileName("CON.pdf", "pdf")).toBe("_CON.pdf");
    expect(sanitizeFileName("nul", "png")).toBe("_nul.png");
    expect(sanitizeFileName("com1.jpg", "jpeg")).toBe("_com1.jpg");
    expect(sanitizeFileName("lpt9.tar.pdf", "pdf")).toBe("_lpt9.tar.pdf");
    expect(sanitizeFileName("console.pdf", "pdf")).toBe("console.pdf");
  });

  it("names a file that has no usable name", () => {
    expect(sanitizeFileName("", "pdf")).toBe("documento.pdf");
    expect(sanitizeFileName(".pdf", "pdf")).toBe("documento.pdf");
    expect(sanitizeFileName("\u202E\u200B", "jpeg")).toBe("documento.jpg");
    expect(sanitizeFileName('<>:"|?*', "png")).toBe("documento.png");
    expect(sanitizeFileName("C:\\cartella\\", "pdf")).toBe("documento.pdf");
  });

  it("cuts long names to 100 characters keeping the extension, never splitting a character", () => {
    const long = `${"a".repeat(300)}.pdf`;
    const cut = sanitizeFileName(long, "pdf");
    expect(cut).toBe(`${"a".repeat(96)}.pdf`);
    const emoji = sanitizeFileName(`${"😀".repeat(120)}.exe`, "png");
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji.endsWith("😀.png")).toBe(true);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    // A cut that lands after a space or a dot does not leave it at the end.
    expect(sanitizeFileName(`${"b".repeat(95)} ....pdf`, "pdf")).toBe(`${"b".repeat(95)}.pdf`);
  });

  it("cleans the name of a file refused for its type, to show it in the message", () => {
    expect(sanitizeFileName("C:\\tmp\\virus\u202Efdp.exe", null)).toBe("virusfdp.exe");
    expect(sanitizeFileName("contratto.docx", null)).toBe("contratto.docx");
    expect(sanitizeFileName("", null)).toBe("documento");
    expect(sanitizeFileName("Verbale 12.2024", null)).toBe("Verbale 12.2024");
  });
});
