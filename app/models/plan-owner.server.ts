import type { Insertable } from "kysely";
import type { PlanTables } from "#db/schema-plan";
import type { DbOrTrx } from "~/utils/db.server";

/**
 * Owners of the plan's objectives (issue 6 §2, table `plan_owner`): an office of the comune and a
 * person, a staff account and/or a name and role. Rows are added and removed by the back office
 * (every change audited by the service); nothing else writes them.
 */

/** Every owner of the plan's objectives, in the order they were named, with the office's name and the account's display name. */
export async function listPlanOwners(db: DbOrTrx, planId: number, lang: string) {
  return db
    .selectFrom("plan_owner as w")
    .innerJoin("plan_objective as o", "o.id", "w.plan_objective_id")
    .innerJoin("office as f", "f.id", "w.office_id")
    .leftJoin("office_translation as ft", (j) => j.onRef("ft.office_id", "=", "f.id").on("ft.lang", "=", lang))
    .leftJoin("staff_user as s", "s.id", "w.staff_user_id")
    .select([
      "w.id",
      "w.plan_objective_id",
      "o.code as objective_code",
      "w.office_id",
      "f.slug as office_slug",
      "ft.name as office_name",
      "w.staff_user_id",
      "s.display_name as staff_name",
      "w.person_name",
      "w.person_role",
    ])
    .where("o.plan_id", "=", planId)
    .orderBy("w.plan_objective_id")
    .orderBy("w.id")
    .execute();
}

export type PlanOwnerRow = Awaited<ReturnType<typeof listPlanOwners>>[number];

export async function insertPlanOwner(db: DbOrTrx, row: Omit<Insertable<PlanTables["plan_owner"]>, "id">): Promise<number> {
  const r = await db.insertInto("plan_owner").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

/** Removes one owner of one objective; false when there was no such row. */
export async function deletePlanOwner(db: DbOrTrx, objectiveId: number, ownerId: number): Promise<boolean> {
  const r = await db.deleteFrom("plan_owner").where("id", "=", ownerId).where("plan_objective_id", "=", objectiveId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The owners of one objective as the recording rule needs them: the accounts and the offices. */
export async function listObjectiveOwnerKeys(db: DbOrTrx, objectiveId: number) {
  return db.selectFrom("plan_owner").select(["staff_user_id", "office_id"]).where("plan_objective_id", "=", objectiveId).execute();
}

/** Active staff accounts that work on the plan (they can be named as owners), by display name. */
export async function listPlanStaff(db: DbOrTrx) {
  return db
    .selectFrom("staff_user as s")
    .select(["s.id", "s.display_name"])
    .where("s.active", "=", 1)
    .where((eb) => eb.exists(eb.selectFrom("staff_role as r").select("r.id").whereRef("r.staff_user_id", "=", "s.id").where("r.role", "in", ["plan_owner", "plan_approver"])))
    .orderBy("s.display_name")
    .execute();
}
