/**
 * Reading a request to the public IMU calculator (`POST /api/v1/imu/calcolo`, issue 5 §4) into the
 * engine's properties, with every mistake reported by field and by code (the route translates the
 * codes into the reader's language). Pure: no I/O.
 */
import { Exact } from "./exact";
import { categoryMultiplier, type ImuProperty, type ImuPropertyKind, type ImuReduction, mayBeMainResidence } from "./imu";

export interface FieldError {
  /** Where, as a path into the request: "anno", "immobili[0].rendita". */
  field: string;
  /** What, as a stable code: "required", "not_a_number", "too_many_decimals"… (see tax.*.ts `api.errors`). */
  code: string;
  params?: Record<string, string | number>;
}

export type ImuRequest = { ok: true; year: number; properties: ImuProperty[] } | { ok: false; errors: FieldError[] };

export const MAX_PROPERTIES = 200;
const KINDS: readonly ImuPropertyKind[] = ["fabbricato", "terreno", "area_fabbricabile"];
const REDUCTIONS: readonly ImuReduction[] = ["comodato", "inagibile", "storico"];
const LUXURY = new Set(["A/1", "A/8", "A/9"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function decimalsOf(v: number | string): number {
  const text = typeof v === "number" ? String(v) : v;
  const dot = text.indexOf(".");
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

function isoDay(v: unknown): string | null {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : v;
}

/** The years a calculation may ask for: IMU exists from 2020 in its present form (L. 160/2019). */
export const FIRST_YEAR = 2020;

export function parseImuRequest(body: unknown, lastYear: number): ImuRequest {
  const errors: FieldError[] = [];
  if (!isRecord(body)) return { ok: false, errors: [{ field: "", code: "not_an_object" }] };
  const year = body.anno;
  if (year === undefined || year === null) errors.push({ field: "anno", code: "required" });
  else if (typeof year !== "number" || !Number.isInteger(year) || year < FIRST_YEAR || year > lastYear) errors.push({ field: "anno", code: "year_out_of_range", params: { from: FIRST_YEAR, to: lastYear } });
  const list = body.immobili;
  if (!Array.isArray(list) || list.length === 0) {
    errors.push({ field: "immobili", code: list === undefined ? "required" : "empty_list" });
    return { ok: false, errors };
  }
  if (list.length > MAX_PROPERTIES) errors.push({ field: "immobili", code: "too_many", params: { max: MAX_PROPERTIES } });
  const y = typeof year === "number" && Number.isInteger(year) ? year : 0;
  const properties: ImuProperty[] = [];
  list.slice(0, MAX_PROPERTIES).forEach((raw, i) => {
    const at = (name: string) => `immobili[${i}]${name ? `.${name}` : ""}`;
    if (!isRecord(raw)) {
      errors.push({ field: at(""), code: "not_an_object" });
      return;
    }
    const amount = (name: string, required: boolean, maxDecimals = 2): Exact | null => {
      const v = raw[name];
      if (v === undefined || v === null) {
        if (required) errors.push({ field: at(name), code: "required" });
        return null;
      }
      if (typeof v !== "number" || !Number.isFinite(v)) {
        errors.push({ field: at(name), code: "not_a_number" });
        return null;
      }
      if (v < 0) {
        errors.push({ field: at(name), code: "negative" });
        return null;
      }
      if (decimalsOf(v) > maxDecimals) {
        errors.push({ field: at(name), code: "too_many_decimals", params: { max: maxDecimals } });
        return null;
      }
      return Exact.decimal(v);
    };
    const flag = (name: string): boolean => {
      const v = raw[name];
      if (v === undefined || v === null) return false;
      if (typeof v !== "boolean") errors.push({ field: at(name), code: "not_a_boolean" });
      return v === true;
    };

    const kind = raw.tipo as ImuPropertyKind;
    if (!KINDS.includes(kind)) {
      errors.push({ field: at("tipo"), code: raw.tipo === undefined ? "required" : "bad_kind", params: { allowed: KINDS.join(", ") } });
      return;
    }
    let category: string | null = null;
    if (kind === "fabbricato") {
      const c = typeof raw.categoria === "string" ? raw.categoria.trim().toUpperCase().replace(/^([A-F])\s*\/?\s*0?(\d{1,2})$/, "$1/$2") : null;
      if (!c) errors.push({ field: at("categoria"), code: "required" });
      else if (!/^[A-F]\/\d{1,2}$/.test(c) || (categoryMultiplier(c) === null && !c.startsWith("E/"))) errors.push({ field: at("categoria"), code: "bad_category", params: { value: String(raw.categoria) } });
      else category = c;
    }
    const rendita = amount("rendita", kind === "fabbricato");
    const redditoDominicale = amount("redditoDominicale", kind === "terreno");
    const valoreVenale = amount("valoreVenale", kind === "area_fabbricabile");
    let share = Exact.of(100);
    if (raw.quotaPossesso !== undefined && raw.quotaPossesso !== null) {
      const q = amount("quotaPossesso", false, 4);
      if (q && (q.isZero() || q.cmp(Exact.of(100)) > 0)) errors.push({ field: at("quotaPossesso"), code: "share_out_of_range" });
      else if (q) share = q;
    }
    const from = raw.dal === undefined || raw.dal === null ? `${y}-01-01` : isoDay(raw.dal);
    const to = raw.al === undefined || raw.al === null ? `${y}-12-31` : isoDay(raw.al);
    if (from === null) errors.push({ field: at("dal"), code: "bad_date" });
    if (to === null) errors.push({ field: at("al"), code: "bad_date" });
    if (from && y && from.slice(0, 4) !== String(y)) errors.push({ field: at("dal"), code: "date_not_in_year", params: { year: y } });
    if (to && y && to.slice(0, 4) !== String(y)) errors.push({ field: at("al"), code: "date_not_in_year", params: { year: y } });
    if (from && to && from > to) errors.push({ field: at("al"), code: "end_before_start" });

    const mainResidence = flag("abitazionePrincipale");
    const agreedRent = flag("canoneConcordato");
    const socialHousing = flag("alloggioSociale");
    let reduction: ImuReduction | null = null;
    if (raw.riduzione !== undefined && raw.riduzione !== null) {
      if (!REDUCTIONS.includes(raw.riduzione as ImuReduction)) errors.push({ field: at("riduzione"), code: "bad_reduction", params: { allowed: REDUCTIONS.join(", ") } });
      else reduction = raw.riduzione as ImuReduction;
    }
    if (mainResidence && kind === "fabbricato" && category && !mayBeMainResidence(category)) errors.push({ field: at("abitazionePrincipale"), code: "not_a_dwelling", params: { category } });
    if (mainResidence && kind !== "fabbricato") errors.push({ field: at("abitazionePrincipale"), code: "not_a_dwelling", params: { category: kind } });
    if (reduction === "comodato" && category && LUXURY.has(category)) errors.push({ field: at("riduzione"), code: "comodato_luxury" });
    if (reduction === "comodato" && mainResidence) errors.push({ field: at("riduzione"), code: "comodato_own_home" });
    if (kind !== "fabbricato" && (agreedRent || socialHousing || reduction !== null)) errors.push({ field: at("riduzione"), code: "only_buildings" });

    properties.push({ kind, category, rendita, redditoDominicale, valoreVenale, share, from: from ?? "", to: to ?? "", mainResidence, reduction, agreedRent, socialHousing });
  });
  return errors.length ? { ok: false, errors } : { ok: true, year: year as number, properties };
}
