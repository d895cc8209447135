/**
 * Checking the rates and tariffs the tax office types for a year (issue 5 §1 "edits rates per year")
 * against the law before they reach the engines: IMU rates within the ranges of L. 160/2019
 * art. 1 cc.748-755 (../shared/design/tax-rules.md §1.3), TEFA within art. 19 D.Lgs. 504/1992,
 * due dates inside the year and in order, amounts not negative. Pure: the form in, the rows or the
 * errors (field → key and params) out.
 */
import { formNumber } from "./calc-form";

export type RateErrors = Record<string, { key: string; params?: Record<string, string | number> }>;

type Form = { get(name: string): unknown };
const text = (form: Form, name: string, max = 500) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().slice(0, max) : "";
};

/** The IMU cases, their column, and the law's range in percent (c.755 raises c.754's 1.06 to 1.14). */
export const IMU_CASES = [
  { field: "main_residence", min: "0", max: "0.6", comma: "748" },
  { field: "rural_instrumental", min: "0", max: "0.1", comma: "750" },
  { field: "land", min: "0", max: "1.06", comma: "752" },
  { field: "group_d", min: "0.76", max: "1.06", comma: "753" },
  { field: "other", min: "0", max: "1.06", comma: "754", increase: "1.14" },
  { field: "building_land", min: "0", max: "1.06", comma: "754", increase: "1.14" },
  { field: "agreed_rent", min: "0", max: "1.06", comma: "754", increase: "1.14" },
  { field: "social_housing", min: "0", max: "1.06", comma: "754", increase: "1.14" },
] as const;

export type ImuCaseField = (typeof IMU_CASES)[number]["field"];

export interface ImuRateValues {
  main_residence: string;
  rural_instrumental: string;
  land: string;
  group_d: string;
  other: string;
  building_land: string;
  agreed_rent: string;
  social_housing: string;
  increase_c755: boolean;
  deduction: string;
  minimum_payment: string;
  acconto_due: string;
  saldo_due: string;
  source: string;
}

export interface TariYearValues {
  tefa: string;
  acconto_share: string;
  acconto_due_1: string;
  acconto_due_2: string;
  saldo_due: string;
  minimum_payment: string;
  source: string;
  illustrative: boolean;
}

export interface TariffValues {
  use: "domestic" | "non_domestic";
  key: number;
  label: string;
  fixed: string;
  variable: string;
}

export interface YearValues {
  imu: ImuRateValues;
  tari: TariYearValues;
  tariffs: TariffValues[];
}

export const tariffFieldId = (t: Pick<TariffValues, "use" | "key">, part: "fixed" | "variable") => `${t.use === "domestic" ? "dom" : "nd"}-${t.key}-${part}`;

/** Compares two non-negative decimal texts exactly (no float): -1, 0, 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai = "0", af = ""] = a.split(".");
  const [bi = "0", bf = ""] = b.split(".");
  const width = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(width, "0"));
  const y = BigInt(bi + bf.padEnd(width, "0"));
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * "1,0600" → "1.06", "0,60" → "0.6" (rates); with `pad`, amounts keep that many decimals as the
 * tables hold them ("12" → "12.00", tariffs "0,728" → "0.7280"); an error when it is not a
 * non-negative decimal with at most `maxDecimals` digits.
 */
function canonical(raw: string, maxDecimals: number, pad = 0): { value: string } | { error: string; params?: Record<string, number> } {
  const n = formNumber(raw);
  if (n === undefined) return { error: "required" };
  if (typeof n === "string") return { error: "not_a_number" };
  if (n < 0) return { error: "negative" };
  const s = raw.replace(/[\s\u00a0€%]/g, "");
  const normal = s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s;
  const [int = "0", frac = ""] = normal.split(".");
  const trimmed = frac.replace(/0+$/, "");
  if (trimmed.length > maxDecimals) return { error: "too_many_decimals", params: { max: maxDecimals } };
  const digits = trimmed.padEnd(pad, "0");
  return { value: `${BigInt(int).toString()}${digits ? `.${digits}` : ""}` };
}

const isoDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export type Checked = { ok: true; values: YearValues } | { ok: false; values: YearValues; errors: RateErrors };

/**
 * Reads the year's form: the IMU rates, the TARI year and every tariff row already on record
 * (`tariffs` gives which rows and their labels). Values come back as typed when anything is wrong,
 * and canonical (dot decimals, no trailing zeros) when all is well.
 */
export function checkYearForm(year: number, form: Form, tariffs: readonly Pick<TariffValues, "use" | "key" | "label">[]): Checked {
  const errors: RateErrors = {};
  const fail = (field: string, key: string, params?: Record<string, string | number>) => {
    if (!errors[field]) errors[field] = { key, params };
  };
  // What was typed, to show it again as it was when anything is refused.
  const typed: Record<string, string> = {};
  const num = (field: string, maxDecimals: number, pad = 0): string => {
    const raw = text(form, field, 40);
    typed[field] = raw;
    const c = canonical(raw, maxDecimals, pad);
    if ("error" in c) {
      fail(field, c.error, c.params);
      return raw;
    }
    return c.value;
  };
  const day = (field: string): string => {
    const v = text(form, field, 10);
    if (!v) fail(field, "required");
    else if (!isoDay(v)) fail(field, "bad_date");
    else if (v.slice(0, 4) !== String(year)) fail(field, "date_not_in_year", { year });
    return v;
  };
  const increase = form.get("increase_c755") !== null && form.get("increase_c755") !== undefined;

  const imu = { increase_c755: increase } as ImuRateValues;
  for (const c of IMU_CASES) {
    const v = num(c.field, 4);
    imu[c.field] = v;
    if (errors[c.field]) continue;
    const max = "increase" in c && increase ? c.increase : c.max;
    if (compareDecimal(v, c.min) < 0 || compareDecimal(v, max) > 0) {
      fail(c.field, "increase" in c ? (increase ? "rate_range_c755" : "rate_range_c754") : "rate_range", { min: c.min, max, comma: c.comma });
    }
  }
  imu.deduction = num("deduction", 2, 2);
  imu.minimum_payment = num("minimum_payment", 2, 2);
  imu.acconto_due = day("acconto_due");
  imu.saldo_due = day("saldo_due");
  if (!errors.acconto_due && !errors.saldo_due && imu.acconto_due >= imu.saldo_due) fail("saldo_due", "dates_order");
  imu.source = text(form, "source");
  if (!imu.source) fail("source", "required");

  const tari: TariYearValues = {
    tefa: num("tari_tefa", 4),
    acconto_share: num("tari_acconto_share", 2),
    acconto_due_1: day("tari_acconto_due_1"),
    acconto_due_2: day("tari_acconto_due_2"),
    saldo_due: day("tari_saldo_due"),
    minimum_payment: num("tari_minimum_payment", 2, 2),
    source: text(form, "tari_source"),
    illustrative: form.get("tari_illustrative") !== null && form.get("tari_illustrative") !== undefined,
  };
  if (!errors.tari_tefa && compareDecimal(tari.tefa, "5") > 0) fail("tari_tefa", "tefa_range");
  if (!errors.tari_acconto_share && compareDecimal(tari.acconto_share, "100") > 0) fail("tari_acconto_share", "percent_range");
  if (!errors.tari_acconto_due_1 && !errors.tari_acconto_due_2 && tari.acconto_due_1 >= tari.acconto_due_2) fail("tari_acconto_due_2", "dates_order");
  if (!errors.tari_acconto_due_2 && !errors.tari_saldo_due && tari.acconto_due_2 >= tari.saldo_due) fail("tari_saldo_due", "dates_order");
  if (!tari.source) fail("tari_source", "required");

  // As the tables hold them: €/m² with 4 decimals; a household's variable part is euro a year (2).
  const rows = tariffs.map((t) => ({
    use: t.use,
    key: t.key,
    label: t.label,
    fixed: num(tariffFieldId(t, "fixed"), 4, 4),
    variable: t.use === "domestic" ? num(tariffFieldId(t, "variable"), 2, 2) : num(tariffFieldId(t, "variable"), 4, 4),
  }));
  const values = { imu, tari, tariffs: rows };
  if (!Object.keys(errors).length) return { ok: true, values };
  const asTyped = <T extends object>(o: T, prefix = ""): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" && `${prefix}${k}` in typed ? typed[`${prefix}${k}`] : v])) as T;
  return {
    ok: false,
    values: {
      imu: asTyped(imu),
      tari: asTyped(tari, "tari_"),
      tariffs: rows.map((r) => ({ ...r, fixed: typed[tariffFieldId(r, "fixed")] ?? r.fixed, variable: typed[tariffFieldId(r, "variable")] ?? r.variable })),
    },
    errors,
  };
}

/** The same day a year later (29 February becomes 28), for a year copied from the one before. */
export function nextYearDay(iso: string): string {
  const y = Number(iso.slice(0, 4)) + 1;
  const md = iso.slice(5) === "02-29" ? "02-28" : iso.slice(5);
  return `${y}-${md}`;
}
