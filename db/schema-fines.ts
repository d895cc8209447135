import type { ColumnType, Generated } from "kysely";

/** Traffic fines (issue 5 §7). Amounts are decimal text, never floats; booleans are 0/1. */
export type FineState = "open" | "paid" | "appealed" | "cancelled";

export interface TrafficFineTable {
  id: Generated<number>;
  /** The report (verbale) number as printed, normalised: capitals, no spaces. */
  report_number: string;
  /** Capitals, no spaces. */
  plate: string;
  /** ISO instant of the violation. */
  violated_at: string;
  place: string;
  /** "art. 7 c.14 CdS". */
  article: string;
  description_it: string;
  description_en: string;
  /** Minimo and massimo edittale, costs of notification and procedure: decimal text. */
  minimum: string;
  maximum: string;
  costs: string;
  /** Day of the contestazione or notification (ISO): the terms run from it. */
  notified_on: string;
  /** The vehicle owner's codice fiscale; null for a company. */
  owner_fiscal_code: string | null;
  owner_name: string;
  points: ColumnType<number, number | undefined, number>;
  /** 1 when the violation carries confiscation or licence revocation: no 30% reduction. */
  no_reduction: ColumnType<number, number | undefined, number>;
  state: FineState;
  paid_cents: ColumnType<number, number | undefined, number>;
  /** The notice that settled it. */
  paid_notice: string | null;
  paid_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FineTables {
  traffic_fine: TrafficFineTable;
}
