import type { Kysely } from "kysely";
import { centsText } from "../../app/domain/exact";
import { taxPosition } from "../../app/services/tax-position.server";
import type { Database } from "../schema";

/**
 * Demo tax rolls for a test-IdP citizen (issue 5 §8): Anna Bianchi (BNCNNA41B43I625G) lives in her
 * A/2 with its garage (exempt), bought a second home on 16 March 2024, holds half a shop, and has a
 * household waste account. Payments: 2023 and 2024 all paid; 2025 the IMU balance and the last TARI
 * instalment missing (late); 2026 the June instalments paid, December still to come. The amounts paid
 * are what the engines say was due, so the position adds up. Demo only, like the test IdP.
 * Idempotent: nothing is added when she already has holdings.
 */
export const DEMO_TAXPAYER = "BNCNNA41B43I625G";

export async function seedTaxDemo(db: Kysely<Database>, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
  const stamp = now.toISOString();
  const existing = await db.selectFrom("tax_possession").select("id").where("fiscal_code", "=", DEMO_TAXPAYER).executeTakeFirst();
  if (existing) return;
  const property = async (p: { kind?: "fabbricato"; category: string; rendita: string; address: string; foglio: string; particella: string; subalterno: string }) =>
    (
      await db
        .insertInto("tax_property")
        .values({ kind: "fabbricato", reddito_dominicale: null, valore_venale: null, created_at: stamp, ...p })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const home = await property({ category: "A/2", rendita: "850.00", address: "Via Umberto I 12, Seregno", foglio: "21", particella: "345", subalterno: "7" });
  const garage = await property({ category: "C/6", rendita: "90.00", address: "Via Umberto I 12, Seregno (box)", foglio: "21", particella: "345", subalterno: "12" });
  const second = await property({ category: "A/3", rendita: "600.00", address: "Via Giuseppe Verdi 5, Seregno", foglio: "14", particella: "88", subalterno: "3" });
  const shop = await property({ category: "C/1", rendita: "1200.00", address: "Corso del Popolo 30, Seregno", foglio: "9", particella: "210", subalterno: "1" });
  const hold = (property_id: number, from_day: string, more: { share?: string; main_residence?: number } = {}) => ({
    property_id,
    fiscal_code: DEMO_TAXPAYER,
    share: more.share ?? "100",
    title: "proprietà",
    from_day,
    to_day: null,
    main_residence: more.main_residence ?? 0,
    reduction: null,
    agreed_rent: 0,
    social_housing: 0,
    created_at: stamp,
  });
  await db
    .insertInto("tax_possession")
    .values([hold(home, "1990-05-01", { main_residence: 1 }), hold(garage, "1990-05-01", { main_residence: 1 }), hold(second, "2024-03-16"), hold(shop, "2010-01-01", { share: "50" })])
    .execute();
  await db
    .insertInto("tari_account")
    .values({ fiscal_code: DEMO_TAXPAYER, address: "Via Umberto I 12, Seregno", use: "domestic", occupants: 1, category: null, surface: "95", from_day: "1990-05-01", to_day: null, reductions: "[]", created_at: stamp })
    .execute();

  // What was due, from the engines; then the payments of the demo's story.
  const position = await taxPosition(db, DEMO_TAXPAYER, "2026-11-27");
  const paid: Record<number, { imu: string[]; tari: number[] }> = {
    2023: { imu: ["acconto", "saldo"], tari: [1, 2, 3] },
    2024: { imu: ["acconto", "saldo"], tari: [1, 2, 3] },
    2025: { imu: ["acconto"], tari: [1, 2] },
    2026: { imu: ["acconto"], tari: [1, 2] },
  };
  for (const y of position.years) {
    const plan = paid[y.year];
    if (!plan) continue;
    for (const i of y.imu?.instalments ?? []) {
      if (!plan.imu.includes(i.key)) continue;
      await db
        .insertInto("tax_payment")
        .values({ fiscal_code: DEMO_TAXPAYER, tax: "IMU", year: y.year, code: "3918", channel: "F24", paid_on: i.due, amount: centsText(i.amount), notice_number: null, reference: `F24 ${i.key} ${y.year}`, created_at: stamp })
        .execute();
    }
    for (const i of y.tari?.result.instalments ?? []) {
      if (!plan.tari.includes(i.number)) continue;
      // Paid with the pagoPA notice (to the cent, TARI and TEFA together), as most do.
      await db
        .insertInto("tax_payment")
        .values({ fiscal_code: DEMO_TAXPAYER, tax: "TARI", year: y.year, code: "PAGOPA", channel: "pagoPA", paid_on: i.due, amount: centsText(i.tari + i.tefa), notice_number: null, reference: `Avviso TARI rata ${i.number} ${y.year}`, created_at: stamp })
        .execute();
    }
  }
}
