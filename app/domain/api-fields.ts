/**
 * Reading the public API's JSON requests field by field, with every mistake reported by path and code
 * (the route translates the codes: tax.*.ts `api.errors`). Shared by the IMU and TARI readers. Pure.
 */
import { Exact } from "./exact";

export interface FieldError {
  /** Where, as a path into the request: "anno", "immobili[0].rendita". */
  field: string;
  /** What, as a stable code: "required", "not_a_number", "too_many_decimals"… */
  code: string;
  params?: Record<string, string | number>;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function decimalsOf(v: number): number {
  const text = String(v);
  const dot = text.indexOf(".");
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

export function isoDay(v: unknown): string | null {
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v ? null : v;
}

/** Readers for the fields of one object of the request, collecting errors under `prefix`. */
export function fieldReader(raw: Record<string, unknown>, prefix: string, errors: FieldError[]) {
  const at = (name: string) => (prefix ? `${prefix}${name ? `.${name}` : ""}` : name);
  return {
    at,
    /** A non-negative decimal number with at most `maxDecimals` digits after the point. */
    amount(name: string, required: boolean, maxDecimals = 2): Exact | null {
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
    },
    flag(name: string): boolean {
      const v = raw[name];
      if (v === undefined || v === null) return false;
      if (typeof v !== "boolean") errors.push({ field: at(name), code: "not_a_boolean" });
      return v === true;
    },
    /** The holding period within `year`: defaults to the whole year; both ends inside it, in order. */
    period(year: number): { from: string; to: string } {
      const from = raw.dal === undefined || raw.dal === null ? `${year}-01-01` : isoDay(raw.dal);
      const to = raw.al === undefined || raw.al === null ? `${year}-12-31` : isoDay(raw.al);
      if (from === null) errors.push({ field: at("dal"), code: "bad_date" });
      if (to === null) errors.push({ field: at("al"), code: "bad_date" });
      if (from && year && from.slice(0, 4) !== String(year)) errors.push({ field: at("dal"), code: "date_not_in_year", params: { year } });
      if (to && year && to.slice(0, 4) !== String(year)) errors.push({ field: at("al"), code: "date_not_in_year", params: { year } });
      if (from && to && from > to) errors.push({ field: at("al"), code: "end_before_start" });
      return { from: from ?? "", to: to ?? "" };
    },
  };
}

/** The request's year and its list (`immobili`, `utenze`): present, in range, not empty, not too long. */
export function yearAndList(body: Record<string, unknown>, listName: string, range: { from: number; to: number }, max: number, errors: FieldError[]): { year: number; list: unknown[] } | null {
  const year = body.anno;
  if (year === undefined || year === null) errors.push({ field: "anno", code: "required" });
  else if (typeof year !== "number" || !Number.isInteger(year) || year < range.from || year > range.to) errors.push({ field: "anno", code: "year_out_of_range", params: range });
  const list = body[listName];
  if (!Array.isArray(list) || list.length === 0) {
    errors.push({ field: listName, code: list === undefined ? "required" : "empty_list" });
    return null;
  }
  if (list.length > max) errors.push({ field: listName, code: "too_many", params: { max } });
  return { year: typeof year === "number" && Number.isInteger(year) ? year : 0, list: list.slice(0, max) };
}
