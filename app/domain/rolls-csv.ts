/**
 * The IMU roll file the tax office loads (issue 5 §1; the format is documented in docs/tax-rolls-csv.md):
 * one holding per line, read as every tax office file is (app/domain/csv-file.ts). Pure: no I/O.
 */
import { type CsvError, type CsvParse, type CsvSpec, decimalCell, fiscalCodeCell, flagCell, parseCsvFile, periodCells, textCell } from "./csv-file";
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

export type RollError = CsvError;
export type RollParse = CsvParse<RollRow>;

export const ROLL_SPEC: CsvSpec<Column, RollRow> = {
  columns: ROLL_COLUMNS,
  required: ROLL_REQUIRED,
  row(l) {
    const fiscalCode = fiscalCodeCell(l, "codice_fiscale");
    const kind = l.get("tipo").toLowerCase();
    if (kind !== "fabbricato" && kind !== "terreno" && kind !== "area_fabbricabile") l.bad("tipo", "bad_kind", l.get("tipo"));
    const category = l
      .get("categoria")
      .toUpperCase()
      .replace(/^([A-F])\s*\/?\s*0?(\d{1,2})$/, "$1/$2");
    if (kind === "fabbricato" && (!/^[A-F]\/\d{1,2}$/.test(category) || (categoryMultiplier(category) === null && !category.startsWith("E/")))) l.bad("categoria", "bad_category", l.get("categoria"));
    const rendita = decimalCell(l, "rendita", kind === "fabbricato");
    const rd = decimalCell(l, "reddito_dominicale", kind === "terreno");
    const vv = decimalCell(l, "valore_venale", kind === "area_fabbricabile");
    const address = textCell(l, "indirizzo", 200);
    const share = decimalCell(l, "quota", true);
    if (share !== null && (Number(share) <= 0 || Number(share) > 100)) l.bad("quota", "share_out_of_range", l.get("quota"));
    const period = periodCells(l, "dal", "al");
    const mainResidence = flagCell(l, "abitazione_principale");
    const agreedRent = flagCell(l, "canone_concordato");
    const socialHousing = flagCell(l, "alloggio_sociale");
    const reduction = l.get("riduzione").toLowerCase();
    if (reduction && reduction !== "comodato" && reduction !== "inagibile" && reduction !== "storico") l.bad("riduzione", "bad_reduction", l.get("riduzione"));
    return {
      fiscalCode,
      kind: kind as RollRow["kind"],
      foglio: l.get("foglio") || null,
      particella: l.get("particella") || null,
      subalterno: l.get("subalterno") || null,
      category: kind === "fabbricato" ? category : null,
      rendita,
      redditoDominicale: rd,
      valoreVenale: vv,
      address,
      share: share ?? "100",
      title: l.get("titolo") || "proprietà",
      fromDay: period.from!,
      toDay: period.to,
      mainResidence,
      reduction: (reduction || null) as RollRow["reduction"],
      agreedRent,
      socialHousing,
    };
  },
};

export function parseRollCsv(text: string): RollParse {
  return parseCsvFile(text, ROLL_SPEC);
}

/** The key that makes two lines the same property: its cadastral identity, or its address when it has none. */
export function propertyKey(r: RollRow): string {
  return [r.kind, r.foglio ?? "", r.particella ?? "", r.subalterno ?? "", r.category ?? "", r.foglio ? "" : r.address].join("|");
}
