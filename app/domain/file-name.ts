/**
 * The name a stored file is shown and downloaded with. The original comes from the citizen's
 * computer (or from whoever crafted the request): it may carry a path, invisible characters that
 * reverse the text ("invoice\u202Efdp.exe" shows as "invoiceexe.pdf"), characters Windows cannot
 * save, or an extension that lies about the content.
 */
import { EXTENSIONS, extensionOf, type FileKind } from "./file-type";

export const MAX_FILE_NAME_LENGTH = 100;
const FALLBACK_BASE = "documento";

/**
 * C0 and C1 controls, and the invisible format characters that change how a name reads: bidi
 * overrides and isolates, direction marks, zero-width characters and the byte-order mark.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
/** CON.pdf, nul.tar.gz … open a device instead of a file on Windows, whatever follows the first dot. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * What reads as a file type rather than part of the name: "exe", "docx", "7z", but not "2024" in
 * "Verbale 12.2024" nor "rossi" in "mario.rossi", which are kept.
 */
const EXTENSION_LIKE = /^(?=.*[a-z])[a-z0-9]{1,4}$/i;

function splitExtension(name: string): [base: string, extension: string | null] {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? [name, null] : [name.slice(0, dot), name.slice(dot + 1).trim()];
}

function fits(kind: FileKind, extension: string): boolean {
  return EXTENSIONS[kind].includes(extension.toLowerCase());
}

/** Cuts by code point, so that an emoji or an accented letter is never split in half. */
function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join("");
}

function tidyBase(base: string): string {
  // Windows drops trailing dots and spaces; leading dots hide a file on Unix, leading dashes read as options.
  return base.replace(/^[.\-\s]+/, "").replace(/[.\s]+$/, "");
}

/**
 * A safe name for a file whose content is `kind` (or null when the content is not an accepted kind:
 * the name is still cleaned, to show it in the error message). The extension always tells the truth:
 * a missing or wrong one becomes the kind's ("foto.exe" that is a PNG → "foto.png"; a hidden real
 * extension is kept: "relazione.pdf.exe" that is a PDF → "relazione.pdf").
 */
export function sanitizeFileName(original: string, kind: FileKind | null): string {
  const lastSegment = original.split(/[/\\]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    // Line breaks and tabs separate words: they become spaces before the other controls go.
    .replace(/[\t\n\v\f\r]/g, " ")
    .replace(INVISIBLE, "")
    .replace(WINDOWS_FORBIDDEN, "")
    .replace(/\s+/g, " ")
    .trim();

  let [base, extension] = splitExtension(cleaned);
  let finalExtension: string | null;
  if (kind === null) {
    finalExtension = extension && EXTENSION_LIKE.test(extension) ? extension : null;
    if (extension !== null && finalExtension === null) base = `${base}.${extension}`;
  } else if (extension !== null && fits(kind, extension)) {
    finalExtension = extension;
  } else {
    finalExtension = extensionOf(kind);
    if (extension !== null && !EXTENSION_LIKE.test(extension)) {
      base = `${base}.${extension}`;
    } else if (extension !== null) {
      // The wrong extension goes; if the one before it is right, it is the real one.
      const [inner, innerExtension] = splitExtension(base);
      if (innerExtension !== null && fits(kind, innerExtension)) {
        base = inner;
        finalExtension = innerExtension;
      }
    }
  }

  base = tidyBase(base);
  if (base === "") base = FALLBACK_BASE;
  if (WINDOWS_RESERVED.test(base.split(".")[0]!.trim())) base = `_${base}`;

  const suffix = finalExtension ? `.${finalExtension}` : "";
  const room = MAX_FILE_NAME_LENGTH - Array.from(suffix).length;
  base = tidyBase(cut(base, room));
  if (base === "") base = FALLBACK_BASE;
  return `${base}${suffix}`;
}
