/**
 * The tax office's CSV files (issue 5 §1: the IMU roll, the TARI accounts, the payments; formats in
 * docs/tax-rolls-csv.md) share one reading: UTF-8 (a BOM is allowed), `;`-separated, a header line with
 * the column names in any order (an unknown name is refused: a typo would drop data silently), blank
 * lines skipped, every bad line reported with its number, column, reason and value, and nothing given
 * to load while any line is bad. Each kind of file says only its columns and how one line becomes a
 * row. Pure: no I/O.
 */
import { validateCodiceFiscale } from "./codice-fiscale";

export interface CsvError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  column: string;
  code: string;
  value?: string;
}

export interface CsvParse<R> {
  rows: R[];
  errors: CsvError[];
  /** Every error found (only the first MAX_LISTED_ERRORS are listed). */
  errorCount: number;
  /** Data lines read (blank lines not counted). */
  lines: number;
}

/** One line as the row function sees it: the trimmed cell of a column ("" when absent), and how to report it bad. */
export interface CsvLine<C extends string> {
  line: number;
  get(column: C): string;
  bad(column: C, code: string, value?: string): void;
}

export interface CsvSpec<C extends string, R> {
  columns: readonly C[];
  required: readonly C[];
  /** The row of a line, or anything when it called `bad` (the line is then dropped). */
  row(l: CsvLine<C>): R;
}

/** At most this many errors are listed; the count says how many there were. */
export const MAX_LISTED_ERRORS = 500;

/** Splits one line on `;`, honouring double quotes ("a;b" and "" inside quotes). */
function splitLine(line: string): string[] {
  if (!line.includes('"')) return line.split(";");
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function parseCsvFile<C extends string, R>(text: string, spec: CsvSpec<C, R>): CsvParse<R> {
  const errors: CsvError[] = [];
  let errorCount = 0;
  const fail = (e: CsvError) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  const header = splitLine(lines[0] ?? "").map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>(header.map((h, i) => [h, i]));
  for (const c of spec.required) if (!index.has(c)) fail({ line: 1, column: c, code: "missing_column" });
  for (const h of header) if (h && !(spec.columns as readonly string[]).includes(h)) fail({ line: 1, column: h, code: "unknown_column" });
  if (errorCount) return { rows: [], errors, errorCount, lines: 0 };

  const rows: R[] = [];
  let count = 0;
  for (let n = 1; n < lines.length; n++) {
    const raw = lines[n]!;
    if (raw.trim() === "") continue;
    count++;
    const line = n + 1;
    const cells = splitLine(raw);
    if (cells.length > header.length) {
      fail({ line, column: "", code: "too_many_cells" });
      continue;
    }
    const before = errorCount;
    const row = spec.row({
      line,
      get: (c) => {
        const i = index.get(c);
        return i === undefined ? "" : (cells[i] ?? "").trim();
      },
      bad: (column, code, value) => fail({ line, column, code, ...(value !== undefined ? { value: value.slice(0, 40) } : {}) }),
    });
    if (errorCount === before) rows.push(row);
  }
  return { rows: errorCount ? [] : rows, errors, errorCount, lines: count };
}

// ---------------------------------------------------------------------------------------------
// Cell readers the kinds of file share

const DECIMAL = /^\d{1,12}(?:[.,]\d{1,4})?$/;

/** A decimal cell (comma or dot, at most 4 decimals) as dot text; null when empty (`required` reports it) or bad. */
export function decimalCell<C extends string>(l: CsvLine<C>, c: C, required: boolean): string | null {
  const v = l.get(c);
  if (!v) {
    if (required) l.bad(c, "required");
    return null;
  }
  if (!DECIMAL.test(v)) {
    l.bad(c, "bad_number", v);
    return null;
  }
  return v.replace(",", ".");
}

/** dd/mm/yyyy or yyyy-mm-dd, a real calendar day, as ISO; null otherwise. */
export function parseDay(v: string): string | null {
  const it = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  const iso = it ? `${it[3]}-${it[2]}-${it[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A day cell as ISO; null when empty (reported when `required`) or bad (reported). */
export function dayCell<C extends string>(l: CsvLine<C>, c: C, required: boolean): string | null {
  const v = l.get(c);
  if (!v) {
    if (required) l.bad(c, "required");
    return null;
  }
  const d = parseDay(v);
  if (!d) l.bad(c, "bad_date", v);
  return d;
}

/** A from/to pair of day cells: `to` may be empty (still running) and may not come before `from`. */
export function periodCells<C extends string>(l: CsvLine<C>, from: C, to: C): { from: string | null; to: string | null } {
  const a = dayCell(l, from, true);
  const b = dayCell(l, to, false);
  if (a && b && b < a) l.bad(to, "end_before_start", l.get(to));
  return { from: a, to: b };
}

const YES = new Set(["1", "si", "sì", "s", "true", "x"]);
const NO = new Set(["", "0", "no", "n", "false"]);

export function flagCell<C extends string>(l: CsvLine<C>, c: C): boolean {
  const v = l.get(c).toLowerCase();
  if (YES.has(v)) return true;
  if (!NO.has(v)) l.bad(c, "bad_flag", l.get(c));
  return false;
}

/** A required text cell of at most `max` characters. */
export function textCell<C extends string>(l: CsvLine<C>, c: C, max: number): string {
  const v = l.get(c);
  if (!v) l.bad(c, "required");
  else if (v.length > max) l.bad(c, "too_long");
  return v;
}

/** A codice fiscale (checked, omocodia accepted), normalised; "" when bad (reported). */
export function fiscalCodeCell<C extends string>(l: CsvLine<C>, c: C): string {
  const cf = validateCodiceFiscale(l.get(c));
  if (!cf.ok) l.bad(c, "bad_fiscal_code", l.get(c));
  return cf.ok ? cf.value : "";
}

/** A whole number in [min, max]; null when empty (reported when `required`) or bad (reported). */
export function integerCell<C extends string>(l: CsvLine<C>, c: C, min: number, max: number, code: string, required: boolean): number | null {
  const v = l.get(c);
  if (!v) {
    if (required) l.bad(c, "required");
    return null;
  }
  const n = /^\d{1,4}$/.test(v) ? Number(v) : Number.NaN;
  if (!(n >= min && n <= max)) {
    l.bad(c, code, v);
    return null;
  }
  return n;
}
