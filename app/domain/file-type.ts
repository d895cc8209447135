/**
 * What a file is, read from its first bytes. The name and the Content-Type the browser sends are the
 * citizen's (or an attacker's) claim; the bytes are what an office worker's viewer will open.
 */
import type { FileKind } from "~/forms/types";

export type { FileKind };

/**
 * How many leading bytes the checks below read. Acrobat accepts `%PDF-` anywhere in the first
 * 1024 bytes (some scanners and mail gateways prepend a few bytes), so that is the window.
 */
export const SNIFF_BYTES = 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG_SOI = [0xff, 0xd8, 0xff] as const;
const PDF_MARKER = [0x25, 0x50, 0x44, 0x46, 0x2d] as const; // "%PDF-"

function startsWith(head: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (head.length < at + signature.length) return false;
  return signature.every((byte, i) => head[at + i] === byte);
}

function indexOf(head: Uint8Array, needle: readonly number[], within: number): number {
  const last = Math.min(head.length, within) - needle.length;
  for (let i = 0; i <= last; i++) if (startsWith(head, needle, i)) return i;
  return -1;
}

/**
 * The accepted kind the bytes are, or null. Fixed-offset signatures come first: a PNG whose pixels
 * happen to contain "%PDF-" is a PNG.
 */
export function sniffFileKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, PNG_SIGNATURE)) return "png";
  if (startsWith(head, JPEG_SOI)) return "jpeg";
  if (indexOf(head, PDF_MARKER, SNIFF_BYTES) >= 0) return "pdf";
  return null;
}

/** Bytes that start a program, an archive that can carry one, or markup a browser would run. */
const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // "MZ": DOS/Windows PE (.exe, .dll, .scr, .sys)
  [0x7f, 0x45, 0x4c, 0x46], // ELF (Linux, Android native code)
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32-bit, big-endian
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64-bit, big-endian
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32-bit, little-endian
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64-bit, little-endian
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal ("fat") binary, and also a Java .class file
  [0xca, 0xfe, 0xba, 0xbf], // Mach-O universal binary, 64-bit offsets
  [0x23, 0x21], // "#!": a script for any interpreter
  // ZIP (local file header, empty archive, spanned archive). Office documents (.docx, .xlsx, .odt) are
  // ZIP archives too, and so are .jar, .apk and macro-carrying .docm: from the first bytes they cannot
  // be told apart without unpacking, which is why the desk accepts PDF and images only.
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
  // OLE2 compound file: .msi installers, and old .doc/.xls that may carry macros.
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x00, 0x61, 0x73, 0x6d], // "\0asm": WebAssembly
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const SCRIPT_TAG = "<script";

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;
}

/**
 * The first byte of text after a byte-order mark and blanks, for UTF-8 and UTF-16 (where every other
 * byte is a zero). An HTML or SVG file saved by Notepad starts with a BOM.
 */
function firstTextChar(head: Uint8Array): number | undefined {
  let i = startsWith(head, UTF8_BOM) ? 3 : 0;
  const utf16le = startsWith(head, [0xff, 0xfe]);
  const utf16be = startsWith(head, [0xfe, 0xff]);
  if (utf16le || utf16be) {
    for (i = 2; i + 1 < head.length; i += 2) {
      const code = utf16le ? head[i]! | (head[i + 1]! << 8) : (head[i]! << 8) | head[i + 1]!;
      if (code > 0xff || !isBlank(code)) return code;
    }
    return undefined;
  }
  while (i < head.length && isBlank(head[i]!)) i++;
  return head[i];
}

/** "<script" anywhere in the window, in any letter case, in 8-bit or UTF-16 text. */
function containsScriptTag(head: Uint8Array): boolean {
  const window = head.subarray(0, SNIFF_BYTES);
  const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
  for (const step of [1, 2]) {
    for (let start = 0; start + (SCRIPT_TAG.length - 1) * step < window.length; start++) {
      let match = true;
      for (let k = 0; k < SCRIPT_TAG.length; k++) {
        if (lower(window[start + k * step]!) !== SCRIPT_TAG.charCodeAt(k)) {
          match = false;
          break;
        }
      }
      if (match) return true;
    }
  }
  return false;
}

/**
 * Whether the bytes must be refused whatever the file is called: a program, an archive that can
 * carry one, or markup (HTML, SVG, XML) that runs script when an office worker's browser opens it.
 * Checked before the accepted kinds, so that a polyglot (an HTML page with "%PDF-" in its first
 * kilobyte, an executable with a PDF glued on) is refused rather than accepted as a PDF.
 */
export function looksExecutable(head: Uint8Array): boolean {
  if (EXECUTABLE_SIGNATURES.some((signature) => startsWith(head, signature))) return true;
  if (firstTextChar(head) === 0x3c /* "<" */) return true;
  return containsScriptTag(head);
}

const MEDIA_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
};

/** The extensions people give each kind; the first is the one the desk writes. */
export const EXTENSIONS: Record<FileKind, readonly string[]> = {
  pdf: ["pdf"],
  png: ["png"],
  jpeg: ["jpg", "jpeg", "jpe", "jfif"],
};

export function mediaTypeOf(kind: FileKind): string {
  return MEDIA_TYPES[kind];
}

export function extensionOf(kind: FileKind): string {
  return EXTENSIONS[kind][0]!;
}
