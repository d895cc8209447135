/**
 * The Italian codice fiscale of a person (D.M. 23/12/1976) and the 11-digit number of an entity
 * (partita IVA / codice fiscale numerico). Pure functions: normalise, validate (with omocodia),
 * decode the date of birth, sex and place code, and read SPID's `fiscalNumber` ("TINIT-…").
 */

const ODD: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const MONTHS = "ABCDEHLMPRST";
/** Omocodia: a digit replaced by a letter, 0 → L … 9 → V. */
const OMOCODE_LETTERS = "LMNPQRSTUV";
/** 0-based positions of the characters that are digits unless replaced for omocodia. */
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14];

const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

export type CodiceFiscaleError = "empty" | "length" | "format" | "month" | "day" | "check";

export function normalizeCodiceFiscale(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

/** The control character of the first 15 characters, as written (letters from omocodia included). */
export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i]!;
    // Positions are counted from 1: odd positions are the even indexes.
    sum += i % 2 === 0 ? (ODD[c] ?? 0) : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The code with every omocodia letter turned back into its digit (the "base" code). */
export function deomocode(cf: string): string {
  const chars = cf.split("");
  for (const i of NUMERIC_POSITIONS) {
    const k = OMOCODE_LETTERS.indexOf(chars[i]!);
    if (k >= 0) chars[i] = String(k);
  }
  return chars.join("");
}

export function validateCodiceFiscale(input: string): { ok: true; value: string } | { ok: false; error: CodiceFiscaleError } {
  const cf = normalizeCodiceFiscale(input);
  if (cf.length === 0) return { ok: false, error: "empty" };
  if (cf.length !== 16) return { ok: false, error: "length" };
  if (!SHAPE.test(cf)) return { ok: false, error: "format" };
  const base = deomocode(cf);
  const day = Number(base.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return { ok: false, error: "day" };
  if (checkCharacter(cf.slice(0, 15)) !== cf[15]) return { ok: false, error: "check" };
  return { ok: true, value: cf };
}

export interface CodiceFiscaleData {
  sex: "M" | "F";
  /** ISO date; the century is the latest one that does not put the birth in the future. */
  birthDate: string;
  /** Belfiore code of the comune of birth, or Z + 3 digits for a foreign state. */
  placeCode: string;
}

export function decodeCodiceFiscale(input: string, today = new Date()): CodiceFiscaleData | null {
  const valid = validateCodiceFiscale(input);
  if (!valid.ok) return null;
  const base = deomocode(valid.value);
  const yy = Number(base.slice(6, 8));
  const month = MONTHS.indexOf(base[8]!) + 1;
  const rawDay = Number(base.slice(9, 11));
  const sex = rawDay > 40 ? "F" : "M";
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const currentYY = today.getUTCFullYear() % 100;
  const century = Math.floor(today.getUTCFullYear() / 100) * 100;
  let year = century + yy;
  const candidate = new Date(Date.UTC(year, month - 1, day));
  if (yy > currentYY || candidate > today) year -= 100;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31 February and the like.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { sex, birthDate: date.toISOString().slice(0, 10), placeCode: base.slice(11, 15) };
}

/** SPID sends `fiscalNumber` as "TINIT-<codice fiscale>"; anything else is refused. */
export function parseSpidFiscalNumber(value: string): { ok: true; value: string } | { ok: false; error: CodiceFiscaleError | "prefix" } {
  const match = /^TINIT-(.+)$/.exec(value.trim());
  if (!match) return { ok: false, error: "prefix" };
  return validateCodiceFiscale(match[1]!);
}

/** The 11-digit number of an entity (partita IVA, or the numeric codice fiscale of a body): Luhn-like check. */
export function validatePartitaIva(input: string): boolean {
  const v = input.replace(/\s/g, "");
  if (!/^\d{11}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const n = Number(v[i]);
    if (i % 2 === 0) sum += n;
    else sum += n * 2 > 9 ? n * 2 - 9 : n * 2;
  }
  return (10 - (sum % 10)) % 10 === Number(v[10]);
}
