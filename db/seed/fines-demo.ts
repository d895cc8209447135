import type { Kysely } from "kysely";
import type { Insertable } from "kysely";
import { centsText } from "../../app/domain/exact";
import { fineDueOn, fineTerms } from "../../app/domain/fines";
import { noticeNumber } from "../../app/domain/pagopa";
import { addCalendarDays } from "../../app/domain/working-days";
import type { TrafficFineTable } from "../schema-fines";
import type { Database } from "../schema";

/**
 * Demo traffic fines for the test IdP's citizens (issue 5 §8). Demo only, like the test IdP.
 *
 * The open fines are dated from `today`, the day the seed runs (not a fixed day like the tax rolls):
 * a fine is about the next few days, and a demo seeded on a fixed date would show the 5-day
 * reduction only that week. Given the same day the data are the same; a second run adds nothing (the
 * report numbers are unique). The sanctions' figures are those of the articles as remembered at the
 * time of writing (docs/fines.md): illustrative, like the fines themselves.
 *
 * - Anna Bianchi: parking, notified 2 days ago (the 30% band is open), report V/2026/004512, FG482KL;
 * - Mario Rossi: speeding, notified 20 days ago (the 60-day band), report V/2026/003987, EL915TR;
 * - Anna Bianchi: a red light in March, paid in the reduced band through a pagoPA notice.
 */
export const DEMO_FINES = {
  annaOpen: { report: "V/2026/004512", plate: "FG482KL" },
  marioOpen: { report: "V/2026/003987", plate: "EL915TR" },
  annaPaid: { report: "V/2026/000871", plate: "FG482KL" },
} as const;

const ANNA = "BNCNNA41B43I625G";
const MARIO = "RSSMRA85T10H501O";
const PARKING = { article: "art. 7 c. 14 CdS", description_it: "Sosta in zona a traffico limitato fuori dagli orari consentiti", description_en: "Parking in a limited traffic zone outside the permitted hours", minimum: "42.00", maximum: "173.00", points: 0 };
const SPEEDING = { article: "art. 142 c. 8 CdS", description_it: "Superamento del limite di velocità di oltre 10 e non oltre 40 km/h (rilevati 72 km/h, limite 50 km/h)", description_en: "Speeding by more than 10 and up to 40 km/h (72 km/h recorded, 50 km/h limit)", minimum: "173.00", maximum: "694.00", points: 3 };
const RED_LIGHT = { article: "art. 146 c. 3 CdS", description_it: "Passaggio con il semaforo rosso", description_en: "Driving through a red traffic light", minimum: "167.00", maximum: "665.00", points: 6 };
const COSTS = "15.40";

export async function seedFinesDemo(db: Kysely<Database>, today: string, stamp = new Date().toISOString()): Promise<void> {
  const existing = await db.selectFrom("traffic_fine").select("id").where("report_number", "=", DEMO_FINES.annaOpen.report).executeTakeFirst();
  if (existing) return;
  const row = (f: Omit<Insertable<TrafficFineTable>, "created_at" | "updated_at" | "costs" | "state"> & { state?: Insertable<TrafficFineTable>["state"] }): Insertable<TrafficFineTable> => ({
    costs: COSTS,
    state: "open",
    created_at: stamp,
    updated_at: stamp,
    ...f,
  });
  const annaNotified = addCalendarDays(today, -2);
  const marioNotified = addCalendarDays(today, -20);
  await db
    .insertInto("traffic_fine")
    .values([
      row({ report_number: DEMO_FINES.annaOpen.report, plate: DEMO_FINES.annaOpen.plate, violated_at: `${addCalendarDays(annaNotified, -1)}T09:35:00.000Z`, place: "Via Umberto I 30, Seregno", notified_on: annaNotified, owner_fiscal_code: ANNA, owner_name: "Anna Bianchi", ...PARKING }),
      row({ report_number: DEMO_FINES.marioOpen.report, plate: DEMO_FINES.marioOpen.plate, violated_at: `${addCalendarDays(marioNotified, -12)}T16:10:00.000Z`, place: "Viale Edison, Seregno (direzione Desio)", notified_on: marioNotified, owner_fiscal_code: MARIO, owner_name: "Mario Rossi", ...SPEEDING }),
    ])
    .execute();

  // The paid one: notified 12/03/2026, paid on 14/03/2026 in the reduced band, with its notice.
  const paidNotified = "2026-03-12";
  const paid = await db
    .insertInto("traffic_fine")
    .values(row({ report_number: DEMO_FINES.annaPaid.report, plate: DEMO_FINES.annaPaid.plate, violated_at: "2026-03-09T07:50:00.000Z", place: "Incrocio Via Cavour – Via Stoppani, Seregno", notified_on: paidNotified, owner_fiscal_code: ANNA, owner_name: "Anna Bianchi", ...RED_LIGHT }))
    .returning("id")
    .executeTakeFirstOrThrow();
  const band = fineDueOn(fineTerms({ ...RED_LIGHT, costs: COSTS, notified_on: paidNotified, no_reduction: 0 }), "2026-03-14").current;
  const number = noticeNumber("01", 2_600_000_000_871n);
  const paidAt = "2026-03-14T10:20:00.000Z";
  await db
    .insertInto("tax_notice")
    .values({
      fiscal_code: ANNA,
      tax: "FINE",
      year: 2026,
      instalment: band.key,
      description: `Verbale ${DEMO_FINES.annaPaid.report} – targa ${DEMO_FINES.annaPaid.plate} – 09/03/2026 – ${centsText(band.total)} €`,
      amount_cents: Number(band.total),
      due_on: band.until ?? paidNotified,
      notice_number: number,
      state: "paid",
      provider: "simulato",
      receipt_id: "demo-receipt-000871",
      paid_at: paidAt,
      subject_ref: `fine:${paid.id}`,
      created_at: "2026-03-13T18:00:00.000Z",
    })
    .execute();
  await db.updateTable("traffic_fine").set({ state: "paid", paid_cents: Number(band.total), paid_notice: number, paid_at: paidAt }).where("id", "=", paid.id).execute();
}
