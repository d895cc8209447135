import type { ColumnType } from "kysely";

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

export interface TaxTables {
  imu_rate: ImuRateTable;
  tari_year: TariYearTable;
  tari_tariff: TariTariffTable;
}
