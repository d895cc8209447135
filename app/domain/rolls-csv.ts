/**
 * The IMU roll file the tax office loads (issue 5 §1; the format is documented in docs/tax-rolls-csv.md):
 * one holding per line, `;`-separated, UTF-8 (a BOM is allowed), a header line with the column names
 * below in any order. Decimals with a comma or a dot; dates as dd/mm/yyyy or yyyy-mm-dd. Every bad
 * line is reported with its number, column and reason; nothing is returned to load while any is bad.
 * Pure: no I/O.
 */
import { validateCodiceFiscale } from "./codice-fiscale";
import { categoryMultiplier } from "./imu";

export const ROLL_COLUMNS = [
  "codice_fiscale",
  "tipo",
  "foglio",
  "particella",
  "subalterno",
  "categoria",
  "rendita",
  "reddito_dominicale",
  "valore_venale",
  "indirizzo",
  "quota",
  "titolo",
  "dal",
  "al",
  "abitazione_principale",
  "riduzione",
  "canone_concordato",
  "alloggio_sociale",
] as const;
type Column = (typeof ROLL_COLUMNS)[number];
export const ROLL_REQUIRED: readonly Column[] = ["codice_fiscale", "tipo", "indirizzo", "quota", "dal"];

export interface RollRow {
  fiscalCode: string;
  kind: "fabbricato" | "terreno" | "area_fabbricabile";
  foglio: string | null;
  particella: string | null;
  subalterno: string | null;
  category: string | null;
  rendita: string | null;
  redditoDominicale: string | null;
  valoreVenale: string | null;
  address: string;
  share: string;
  title: string;
  fromDay: string;
  toDay: string | null;
  mainResidence: boolean;
  reduction: "comodato" | "inagibile" | "storico" | null;
  agreedRent: boolean;
  socialHousing: boolean;
}

export interface RollError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  column: string;
  code: string;
  value?: string;
}

export interface RollParse {
  rows: RollRow[];
  errors: RollError[];
  /** Data lines read (blank lines not counted). */
  lines: number;
}

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

const DECIMAL = /^\d{1,12}(?:[.,]\d{1,4})?$/;
const decimal = (v: string) => v.replace(",", ".");

function day(v: string): string | null {
  const it = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  const iso = it ? `${it[3]}-${it[2]}-${it[1]}` : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const YES = new Set(["1", "si", "sì", "s", "true", "x"]);
const NO = new Set(["", "0", "no", "n", "false"]);

/** At most this many errors are listed; the count says how many there were. */
export const MAX_LISTED_ERRORS = 500;

export function parseRollCsv(text: string): RollParse & { errorCount: number } {
  const errors: RollError[] = [];
  let errorCount = 0;
  const fail = (e: RollError) => {
    errorCount++;
    if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n/);
  const header = splitLine(lines[0] ?? "").map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>(header.map((h, i) => [h, i]));
  for (const c of ROLL_REQUIRED) if (!index.has(c)) fail({ line: 1, column: c, code: "missing_column" });
  for (const h of header) if (h && !(ROLL_COLUMNS as readonly string[]).includes(h)) fail({ line: 1, column: h, code: "unknown_column" });
  if (errorCount) return { rows: [], errors, errorCount, lines: 0 };

  const rows: RollRow[] = [];
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
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    const before = errorCount;
    const bad = (column: Column, code: string, value?: string) => fail({ line, column, code, ...(value !== undefined ? { value: value.slice(0, 40) } : {}) });

    const cf = validateCodiceFiscale(get("codice_fiscale"));
    if (!cf.ok) bad("codice_fiscale", "bad_fiscal_code", get("codice_fiscale"));
    const kind = get("tipo").toLowerCase();
    if (kind !== "fabbricato" && kind !== "terreno" && kind !== "area_fabbricabile") bad("tipo", "bad_kind", get("tipo"));
    const category = get("categoria").toUpperCase().replace(/^([A-F])\s*\/?\s*0?(\d{1,2})$/, "$1/$2");
    const amount = (c: Column, required: boolean) => {
      const v = get(c);
      if (!v) {
        if (required) bad(c, "required");
        return null;
      }
      if (!DECIMAL.test(v)) {
        bad(c, "bad_number", v);
        return null;
      }
      return decimal(v);
    };
    if (kind === "fabbricato" && (!/^[A-F]\/\d{1,2}$/.test(category) || (categoryMultiplier(category) === null && !category.startsWith("E/")))) bad("categoria", "bad_category", get("categoria"));
    const rendita = amount("rendita", kind === "fabbricato");
    const rd = amount("reddito_dominicale", kind === "terreno");
    const vv = amount("valore_venale", kind === "area_fabbricabile");
    const address = get("indirizzo");
    if (!address) bad("indirizzo", "required");
    else if (address.length > 200) bad("indirizzo", "too_long");
    const share = amount("quota", true);
    if (share !== null && (Number(share) <= 0 || Number(share) > 100)) bad("quota", "share_out_of_range", get("quota"));
    const from = day(get("dal"));
    if (!from) bad("dal", get("dal") ? "bad_date" : "required", get("dal"));
    const to = get("al") ? day(get("al")) : null;
    if (get("al") && !to) bad("al", "bad_date", get("al"));
    if (from && to && to < from) bad("al", "end_before_start", get("al"));
    const flag = (c: Column) => {
      const v = get(c).toLowerCase();
      if (YES.has(v)) return true;
      if (!NO.has(v)) bad(c, "bad_flag", get(c));
      return false;
    };
    const mainResidence = flag("abitazione_principale");
    const agreedRent = flag("canone_concordato");
    const socialHousing = flag("alloggio_sociale");
    const reduction = get("riduzione").toLowerCase();
    if (reduction && reduction !== "comodato" && reduction !== "inagibile" && reduction !== "storico") bad("riduzione", "bad_reduction", get("riduzione"));
    if (errorCount > before) continue;
    rows.push({
      fiscalCode: cf.ok ? cf.value : "",
      kind: kind as RollRow["kind"],
      foglio: get("foglio") || null,
      particella: get("particella") || null,
      subalterno: get("subalterno") || null,
      category: kind === "fabbricato" ? category : null,
      rendita,
      redditoDominicale: rd,
      valoreVenale: vv,
      address,
      share: share ?? "100",
      title: get("titolo") || "proprietà",
      fromDay: from!,
      toDay: to,
      mainResidence,
      reduction: (reduction || null) as RollRow["reduction"],
      agreedRent,
      socialHousing,
    });
  }
  return { rows: errorCount ? [] : rows, errors, errorCount, lines: count };
}

/** The key that makes two lines the same property: its cadastral identity, or its address when it has none. */
export function propertyKey(r: RollRow): string {
  return [r.kind, r.foglio ?? "", r.particella ?? "", r.subalterno ?? "", r.category ?? "", r.foglio ? "" : r.address].join("|");
}
