/**
 * Reading a request to the public TARI calculator (`POST /api/v1/tari/calcolo`, issue 5 §4) into the
 * engine's accounts; errors by path and code, as for IMU (app/domain/api-fields.ts). Pure.
 */
import { type FieldError, fieldReader, isRecord, yearAndList } from "./api-fields";
import { Exact } from "./exact";
import type { TariAccount } from "./tari";

export type TariRequest = { ok: true; year: number; accounts: TariAccount[] } | { ok: false; errors: FieldError[] };

export const MAX_ACCOUNTS = 50;
const USES = { domestica: "domestic", non_domestica: "non_domestic" } as const;

export function parseTariRequest(body: unknown, years: { from: number; to: number }): TariRequest {
  const errors: FieldError[] = [];
  if (!isRecord(body)) return { ok: false, errors: [{ field: "", code: "not_an_object" }] };
  const head = yearAndList(body, "utenze", years, MAX_ACCOUNTS, errors);
  if (!head) return { ok: false, errors };
  const accounts: TariAccount[] = [];
  head.list.forEach((raw, i) => {
    const prefix = `utenze[${i}]`;
    if (!isRecord(raw)) {
      errors.push({ field: prefix, code: "not_an_object" });
      return;
    }
    const { at, amount, period } = fieldReader(raw, prefix, errors);
    const use = USES[raw.tipo as keyof typeof USES];
    if (!use) {
      errors.push({ field: at("tipo"), code: raw.tipo === undefined ? "required" : "bad_kind", params: { allowed: Object.keys(USES).join(", ") } });
      return;
    }
    let occupants: number | null = null;
    let category: number | null = null;
    if (use === "domestic") {
      const n = raw.occupanti;
      if (n === undefined || n === null) errors.push({ field: at("occupanti"), code: "required" });
      else if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 30) errors.push({ field: at("occupanti"), code: "bad_occupants" });
      else occupants = n;
    } else {
      const c = raw.categoria;
      if (c === undefined || c === null) errors.push({ field: at("categoria"), code: "required" });
      else if (typeof c !== "number" || !Number.isInteger(c) || c < 1 || c > 30) errors.push({ field: at("categoria"), code: "bad_tari_category" });
      else category = c;
    }
    const surface = amount("superficie", true);
    if (surface && surface.isZero()) errors.push({ field: at("superficie"), code: "zero_surface" });
    const { from, to } = period(head.year);
    const reductions: TariAccount["reductions"] = [];
    const list = raw.riduzioni;
    if (list !== undefined && list !== null) {
      if (!Array.isArray(list)) errors.push({ field: at("riduzioni"), code: "not_a_list" });
      else
        list.forEach((r, j) => {
          if (!isRecord(r)) {
            errors.push({ field: at(`riduzioni[${j}]`), code: "not_an_object" });
            return;
          }
          const reader = fieldReader(r, at(`riduzioni[${j}]`), errors);
          const percent = reader.amount("percentuale", true);
          if (percent && (percent.isZero() || percent.cmp(Exact.of(100)) > 0)) errors.push({ field: reader.at("percentuale"), code: "percent_out_of_range" });
          const kind = typeof r.tipo === "string" && r.tipo.trim() ? r.tipo.trim().slice(0, 60) : "riduzione";
          if (percent) reductions.push({ kind, percent });
        });
    }
    accounts.push({ use, occupants, category, surface: surface ?? Exact.ZERO, from, to, reductions });
  });
  return errors.length ? { ok: false, errors } : { ok: true, year: head.year, accounts };
}
