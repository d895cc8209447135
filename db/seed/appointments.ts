import type { Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * Demo calendars for booking appointments: four offices receive Monday to Friday mornings and on
 * Tuesday and Thursday afternoons, in 20-minute slots. Demo values, like the offices' hours in
 * data/offices.ts: a real installation sets them in /gestione/appuntamenti/calendario.
 */
export const APPOINTMENT_OFFICES = ["urp", "servizi-demografici", "tributi", "polizia-locale"] as const;

const MORNING = { opens: "09:00", closes: "12:30" };
const AFTERNOON = { opens: "14:30", closes: "17:30" };
const SLOT_MINUTES = 20;

/**
 * Idempotent: an office that already has opening hours keeps them (the staff may have changed them),
 * so a re-run adds nothing. Needs the offices to be seeded first.
 */
export async function seedAppointments(db: Kysely<Database>, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const offices = await trx.selectFrom("office").select(["id", "slug"]).where("slug", "in", [...APPOINTMENT_OFFICES]).execute();
    for (const office of offices) {
      const existing = await trx.selectFrom("office_calendar").select("id").where("office_id", "=", office.id).executeTakeFirst();
      if (existing) continue;
      const rows = [];
      for (let weekday = 1; weekday <= 5; weekday++) {
        rows.push({ weekday, ...MORNING });
        if (weekday === 2 || weekday === 4) rows.push({ weekday, ...AFTERNOON });
      }
      await trx
        .insertInto("office_calendar")
        .values(rows.map((r) => ({ office_id: office.id, weekday: r.weekday, opens: r.opens, closes: r.closes, slot_minutes: SLOT_MINUTES, valid_from: "2026-01-01", valid_until: null, created_at: stamp })))
        .execute();
    }
  });
}
