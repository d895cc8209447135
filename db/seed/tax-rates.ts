import type { Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * Seregno's IMU rates (../shared/design/tax-rules.md §2). 2023 and 2024 are the council's (the comune
 * said the 2024 rates are those of 2023); 2025 is taken as 2024 and 2026 raises "everything else" to
 * 1.06 % (from the 2026-28 budget as the local press reported it): both to be checked against the MEF
 * prospetto, and the `source` column says so on the public page. Group D: 0.76 % to the State, the
 * rest to the comune. Due dates move to the next working day when the 16th is a weekend.
 * Idempotent: a year already in the table is left as the tax office last saved it.
 */
const BASE = {
  main_residence: "0.6",
  deduction: "200.00",
  social_housing: "0.4",
  agreed_rent: "0.76",
  rural_instrumental: "0",
  land: "1.02",
  building_land: "1.02",
  group_d: "1.02",
  other: "1.02",
  minimum_payment: "12.00",
};

const YEARS = [
  { year: 2023, acconto_due: "2023-06-16", saldo_due: "2023-12-18", source: "Aliquote IMU 2023 deliberate dal Consiglio comunale (confermate per il 2024)", ...BASE },
  { year: 2024, acconto_due: "2024-06-17", saldo_due: "2024-12-16", source: "Aliquote IMU 2024, uguali a quelle del 2023 (comunicato del Comune sull'acconto IMU 2024)", ...BASE },
  { year: 2025, acconto_due: "2025-06-16", saldo_due: "2025-12-16", source: "Aliquote IMU 2025 come il 2024 (da verificare sul prospetto MEF)", ...BASE },
  {
    year: 2026,
    acconto_due: "2026-06-16",
    saldo_due: "2026-12-16",
    source: "Bilancio 2026-2028: altri immobili dall'1,02% all'1,06% (da verificare sul prospetto MEF)",
    ...BASE,
    land: "1.06",
    building_land: "1.06",
    group_d: "1.06",
    other: "1.06",
  },
];

export async function seedTaxRates(db: Kysely<Database>, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
  const stamp = now.toISOString();
  for (const y of YEARS) {
    await db
      .insertInto("imu_rate")
      .values({ ...y, updated_at: stamp, updated_by: null })
      .onConflict((oc) => oc.column("year").doNothing())
      .execute();
  }
}
