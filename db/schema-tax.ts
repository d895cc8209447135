import type { ColumnType, Generated } from "kysely";

/** The tax tables (issue 5). Decimal amounts and rates are text, never floats. */
export interface ImuRateTable {
  year: number;
  main_residence: string;
  deduction: string;
  social_housing: string;
  agreed_rent: string;
  rural_instrumental: string;
  land: string;
  building_land: string;
  group_d: string;
  other: string;
  minimum_payment: string;
  /** ISO days. */
  acconto_due: string;
  saldo_due: string;
  /** The act the figures come from (e.g. "Delibera C.C. …"), shown on the public page. */
  source: string;
  /** 1 when the year uses the c.755 increase (the c.754 cases may go up to 1.14 %). */
  increase_c755: ColumnType<number, number | undefined, number>;
  updated_at: string;
  updated_by: number | null;
}

export interface TariYearTable {
  year: number;
  tefa: string;
  acconto_share: string;
  acconto_due_1: string;
  acconto_due_2: string;
  saldo_due: string;
  minimum_payment: string;
  source: string;
  /** 1 when the figures are not the comune's own (the demo's): the pages and the API say so. */
  illustrative: ColumnType<number, number | undefined, number>;
  updated_at: string;
  updated_by: number | null;
}

export interface TariTariffTable {
  year: number;
  use: "domestic" | "non_domestic";
  key: number;
  label: string;
  fixed_per_sqm: string;
  variable: string;
}

export interface TaxPropertyTable {
  id: Generated<number>;
  kind: "fabbricato" | "terreno" | "area_fabbricabile";
  foglio: string | null;
  particella: string | null;
  subalterno: string | null;
  category: string | null;
  rendita: string | null;
  reddito_dominicale: string | null;
  valore_venale: string | null;
  address: string;
  created_at: string;
}

export interface TaxPossessionTable {
  id: Generated<number>;
  property_id: number;
  fiscal_code: string;
  /** Percent. */
  share: string;
  /** "proprietà", "usufrutto", "abitazione", … */
  title: string;
  from_day: string;
  /** Null while still held. */
  to_day: string | null;
  main_residence: ColumnType<number, number | undefined, number>;
  reduction: "comodato" | "inagibile" | "storico" | null;
  agreed_rent: ColumnType<number, number | undefined, number>;
  social_housing: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface TariAccountTable {
  id: Generated<number>;
  fiscal_code: string;
  address: string;
  use: "domestic" | "non_domestic";
  occupants: number | null;
  category: number | null;
  /** m², decimal text. */
  surface: string;
  from_day: string;
  to_day: string | null;
  /** JSON: [{ kind, percent }]. */
  reductions: ColumnType<string, string | undefined, string>;
  created_at: string;
}

export interface TaxPaymentTable {
  id: Generated<number>;
  fiscal_code: string;
  tax: "IMU" | "TARI";
  year: number;
  /** Codice tributo (3918, 3944, TEFA…) or "PAGOPA" for a notice covering several. */
  code: string;
  channel: "F24" | "pagoPA";
  paid_on: string;
  /** Euro, decimal text with two decimals. */
  amount: string;
  notice_number: string | null;
  reference: string | null;
  /** "tax" settles the year's instalments; "sanction" and "interest" are a ravvedimento's extras. */
  part: ColumnType<PaymentPart, PaymentPart | undefined, PaymentPart>;
  /** The identity of a line loaded from the tax office's payments file (unique); null for the desk's own. */
  source_key: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

export type PaymentPart = "tax" | "sanction" | "interest";

/** What a pagoPA notice pays: a tax instalment, a traffic fine, an application's fee. */
export type NoticeKind = "IMU" | "TARI" | "FINE" | "FEE";

export interface TaxNoticeTable {
  id: Generated<number>;
  fiscal_code: string;
  tax: NoticeKind;
  year: number;
  /** "acconto", "saldo", "rata1"… (app/services/tax-position.server.ts). */
  instalment: string;
  /** What the notice is for, as printed (AVVISO.OGGETTO). */
  description: string;
  /** The whole amount to pay; of which `sanction_cents` and `interest_cents` (ravvedimento), the rest tax. */
  amount_cents: number;
  sanction_cents: ColumnType<number | null, number | null | undefined, number | null>;
  interest_cents: ColumnType<number | null, number | null | undefined, number | null>;
  due_on: string;
  notice_number: string;
  /** "cancelled": an alternative payment option of the same debt was paid (single payment vs instalments). */
  state: "open" | "paid" | "cancelled";
  provider: string | null;
  receipt_id: string | null;
  paid_at: string | null;
  /** The thing paid for when it is not a tax instalment: "fine:12", "application:34" (null for taxes). */
  subject_ref: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

export interface TaxTables {
  tax_notice: TaxNoticeTable;
  tax_property: TaxPropertyTable;
  tax_possession: TaxPossessionTable;
  tari_account: TariAccountTable;
  tax_payment: TaxPaymentTable;
  imu_rate: ImuRateTable;
  tari_year: TariYearTable;
  tari_tariff: TariTariffTable;
}
