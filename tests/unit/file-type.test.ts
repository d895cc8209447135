import { describe, expect, it } from "vitest";
import { extensionOf, looksExecutable, mediaTypeOf, SNIFF_BYTES, sniffFileKind } from "~/domain/file-type";

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

/** A real 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");
/** The start of a JFIF JPEG and of a camera (EXIF) JPEG: only the leading bytes matter here. */
const JPEG_JFIF = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0", [0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xff, 0xdb]);
const JPEG_EXIF = bytes([0xff, 0xd8, 0xff, 0xe1, 0x1c, 0x45], "Exif\0\0MM\0*");
const PDF = bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
/** A DOS stub with the PE offset at 0x3c, as every Windows .exe/.dll starts. */
const PE = (() => {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("This program cannot be run in DOS mode.", 0x4e, "latin1");
  b.write("PE\0\0", 0x80, "latin1");
  return new Uint8Array(b);
})();
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], new Uint8Array(56));
const ZIP = bytes("PK", [0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "word/document.xml");

describe("file kinds from the content", () => {
  it("recognises PDF, PNG and JPEG from their first bytes", () => {
    expect(sniffFileKind(PDF)).toBe("pdf");
    expect(sniffFileKind(PNG)).toBe("png");
    expect(sniffFileKind(JPEG_JFIF)).toBe("jpeg");
    expect(sniffFileKind(JPEG_EXIF)).toBe("jpeg");
  });

  it("finds %PDF- after a byte-order mark or a few bytes of garbage, as Acrobat does", () => {
    expect(sniffFileKind(bytes([0xef, 0xbb, 0xbf], PDF))).toBe("pdf");
    expect(sniffFileKind(bytes("\r\n\r\nX-Scanner: 1\r\n\r\n", PDF))).toBe("pdf");
    expect(sniffFileKind(bytes(new Uint8Array(SNIFF_BYTES - 5), "%PDF-1.4"))).toBe("pdf");
    // One byte further and Acrobat would not open it either.
    expect(sniffFileKind(bytes(new Uint8Array(SNIFF_BYTES - 4), "%PDF-1.4"))).toBeNull();
  });

  it("goes by the content whatever the name would say", () => {
    // The function never sees a name: a PNG called "x.pdf" is a PNG, a PE called "x.pdf" is nothing we accept.
    expect(sniffFileKind(PNG)).toBe("png");
    expect(sniffFileKind(PE)).toBeNull();
  });

  it("prefers a fixed-offset signature: a PNG whose data contains %PDF- is a PNG", () => {
    expect(sniffFileKind(bytes(PNG.subarray(0, 16), "%PDF-1.4"))).toBe("png");
  });

  it("recognises nothing in text, archives, truncated signatures or an empty file", () => {
    expect(sniffFileKind(bytes("Gentile ufficio,\nallego la documentazione.\n"))).toBeNull();
    expect(sniffFileKind(ZIP)).toBeNull();
    expect(sniffFileKind(new Uint8Array())).toBeNull();
    expect(sniffFileKind(PNG.subarray(0, 7))).toBeNull();
    expect(sniffFileKind(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffFileKind(bytes("%PDF"))).toBeNull();
    expect(sniffFileKind(bytes("GIF89a"))).toBeNull();
  });
});

describe("what is refused whatever its name", () => {
  it("refuses programs for Windows, Linux and macOS, and Java classes", () => {
    expect(looksExecutable(PE)).toBe(true);
    expect(looksExecutable(ELF)).toBe(true);
    for (const magic of [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe], [0xca, 0xfe, 0xba, 0xbf]]) {
      expect(looksExecutable(bytes(magic, new Uint8Array(28))), magic.join(",")).toBe(true);
    }
    expect(looksExecutable(bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]))).toBe(true);
  });

  it("refuses scripts, archives (office documents included) and installers", () => {
    expect(looksExecutable(bytes("#!/bin/sh\nrm -rf ~\n"))).toBe(true);
    expect(looksExecutable(ZIP)).toBe(true);
    expect(looksExecutable(bytes("PK", [0x05, 0x06], new Uint8Array(18)))).toBe(true);
    expect(looksExecutable(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(24)))).toBe(true);
  });

  it("refuses markup a browser would run: HTML, SVG, XML, also after a BOM or in UTF-16", () => {
    expect(looksExecutable(bytes("<!DOCTYPE html><html><body>Ricevuta</body></html>"))).toBe(true);
    expect(looksExecutable(bytes('  \n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe(true);
    expect(looksExecutable(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?><svg/>'))).toBe(true);
    expect(looksExecutable(new Uint8Array(Buffer.from("\ufeff<html></html>", "utf16le")))).toBe(true);
    // Text that hides a script tag further in, in any letter case.
    expect(looksExecutable(bytes("Gentile ufficio, <ScRiPt src=//x></script>"))).toBe(true);
    expect(looksExecutable(new Uint8Array(Buffer.from("ciao <SCRIPT>", "utf16le")))).toBe(true);
  });

  it("refuses a polyglot: HTML with %PDF- inside its first kilobyte", () => {
    const polyglot = bytes("<html><!-- ", PDF, " --></html>");
    expect(sniffFileKind(polyglot)).toBe("pdf");
    expect(looksExecutable(polyglot)).toBe(true);
  });

  it("lets real documents and plain text through", () => {
    for (const ok of [PDF, PNG, JPEG_JFIF, JPEG_EXIF, bytes("Gentile ufficio,\nallego la documentazione.\n"), new Uint8Array(), bytes("M")]) {
      expect(looksExecutable(ok)).toBe(false);
    }
  });
});

describe("media types and extensions", () => {
  it("names each kind as browsers and viewers expect", () => {
    expect([mediaTypeOf("pdf"), mediaTypeOf("png"), mediaTypeOf("jpeg")]).toEqual(["application/pdf", "image/png", "image/jpeg"]);
    expect([extensionOf("pdf"), extensionOf("png"), extensionOf("jpeg")]).toEqual(["pdf", "png", "jpg"]);
  });
});
