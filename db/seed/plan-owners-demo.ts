import type { Kysely } from "kysely";
import { findStaffUserByUsername } from "../../app/models/staff-user.server";
import { findObjectiveByCode, findPlanByCode } from "../../app/models/plan.server";
import { insertPlanOwner, listObjectiveOwnerKeys } from "../../app/models/plan-owner.server";
import type { Database } from "../schema";
import { PIAO_OBJECTIVES } from "./data/piao";

/**
 * Demo data, never on a live deployment (the real plan names no owners; the comune names them in the
 * back office): the demo account `piano` owns the digital objectives, for the URP office, so it can
 * record their values. Only an objective without any owner gets one: a re-run, or owners changed
 * in the back office, are left alone.
 */
export async function seedPlanOwnersDemo(db: Kysely<Database>, now: string): Promise<void> {
  const plan = await findPlanByCode(db, "PIAO-2022-2024", "it");
  const owner = await findStaffUserByUsername(db, "piano");
  const office = await db.selectFrom("office").select("id").where("slug", "=", "urp").executeTakeFirst();
  if (!plan || !owner || !office) return;
  await db.transaction().execute(async (trx) => {
    for (const o of PIAO_OBJECTIVES.filter((x) => x.digital)) {
      const row = await findObjectiveByCode(trx, plan.id, o.code);
      if (!row || (await listObjectiveOwnerKeys(trx, row.id)).length > 0) continue;
      await insertPlanOwner(trx, { plan_objective_id: row.id, office_id: office.id, staff_user_id: owner.id, person_name: null, person_role: "Referente per la transizione digitale", created_by: null, created_at: now });
    }
  });
}
