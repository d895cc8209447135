/**
 * Reading a request to the public IMU calculator (`POST /api/v1/imu/calcolo`, issue 5 §4) into the
 * engine's properties, with every mistake reported by field and by code (the route translates the
 * codes into the reader's language). Pure: no I/O.
 */
import { type FieldError, fieldReader, isRecord, yearAndList } from "./api-fields";
import { Exact } from "./exact";
import { categoryMultiplier, type ImuProperty, type ImuPropertyKind, type ImuReduction, mayBeMainResidence } from "./imu";

export type { FieldError };

export type ImuRequest = { ok: true; year: number; properties: ImuProperty[] } | { ok: false; errors: FieldError[] };

export const MAX_PROPERTIES = 200;
const KINDS: readonly ImuPropertyKind[] = ["fabbricato", "terreno", "area_fabbricabile"];
const REDUCTIONS: readonly ImuReduction[] = ["comodato", "inagibile", "storico"];
const LUXURY = new Set(["A/1", "A/8", "A/9"]);

/** The years a calculation may ask for: IMU exists from 2020 in its present form (L. 160/2019). */
export const FIRST_YEAR = 2020;

export function parseImuRequest(body: unknown, lastYear: number): ImuRequest {
  const errors: FieldError[] = [];
  if (!isRecord(body)) return { ok: false, errors: [{ field: "", code: "not_an_object" }] };
  const head = yearAndList(body, "immobili", { from: FIRST_YEAR, to: lastYear }, MAX_PROPERTIES, errors);
  if (!head) return { ok: false, errors };
  const y = head.year;
  const properties: ImuProperty[] = [];
  head.list.forEach((raw, i) => {
    if (!isRecord(raw)) {
      errors.push({ field: `immobili[${i}]`, code: "not_an_object" });
      return;
    }
    const { at, amount, flag, period } = fieldReader(raw, `immobili[${i}]`, errors);

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
    const { from, to } = period(y);

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

    properties.push({ kind, category, rendita, redditoDominicale, valoreVenale, share, from, to, mainResidence, reduction, agreedRent, socialHousing });
  });
  return errors.length ? { ok: false, errors } : { ok: true, year: y, properties };
}
