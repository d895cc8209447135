import type { Insertable } from "kysely";
import type { OfficeCalendarTable } from "#db/schema-appointments";
import type { CalendarRule } from "~/domain/appointments";
import type { DbOrTrx } from "~/utils/db.server";

export interface CalendarRuleRow extends CalendarRule {
  id: number;
}

/** The office's opening periods still valid on `day` or later (all of them when `day` is omitted). */
export async function listCalendarRules(db: DbOrTrx, officeId: number, day?: string): Promise<CalendarRuleRow[]> {
  let q = db
    .selectFrom("office_calendar")
    .select(["id", "weekday", "opens", "closes", "slot_minutes as slotMinutes", "valid_from as validFrom", "valid_until as validUntil"])
    .where("office_id", "=", officeId);
  if (day) q = q.where((w) => w.or([w("valid_until", "is", null), w("valid_until", ">=", day)]));
  return q.orderBy("weekday").orderBy("opens").execute();
}

export async function insertCalendarRule(db: DbOrTrx, row: Insertable<OfficeCalendarTable>): Promise<number> {
  const { id } = await db.insertInto("office_calendar").values(row).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** The office is in the WHERE: staff of one office can never remove another office's hours. */
export async function deleteCalendarRule(db: DbOrTrx, officeId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom("office_calendar").where("id", "=", id).where("office_id", "=", officeId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteCalendarOf(db: DbOrTrx, officeId: number): Promise<void> {
  await db.deleteFrom("office_calendar").where("office_id", "=", officeId).execute();
}

export async function listClosures(db: DbOrTrx, officeId: number, from: string, to?: string) {
  let q = db.selectFrom("office_closure").select(["id", "day", "reason"]).where("office_id", "=", officeId).where("day", ">=", from);
  if (to) q = q.where("day", "<=", to);
  return q.orderBy("day").execute();
}

export async function findClosure(db: DbOrTrx, officeId: number, day: string) {
  return db.selectFrom("office_closure").select(["id"]).where("office_id", "=", officeId).where("day", "=", day).executeTakeFirst();
}

export async function insertClosure(db: DbOrTrx, officeId: number, day: string, reason: string, now: string): Promise<number> {
  const { id } = await db
    .insertInto("office_closure")
    .values({ office_id: officeId, day, reason, created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteClosure(db: DbOrTrx, officeId: number, id: number): Promise<string | null> {
  const row = await db.selectFrom("office_closure").select("day").where("id", "=", id).where("office_id", "=", officeId).executeTakeFirst();
  if (!row) return null;
  await db.deleteFrom("office_closure").where("id", "=", id).execute();
  return row.day;
}
