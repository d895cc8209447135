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

export interface TaxTables {
  imu_rate: ImuRateTable;
}
