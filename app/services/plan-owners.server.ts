/**
 * Owners of the plan's objectives (issue 6 §2): the editor's data, naming and removing an owner
 * (audited), the public view of owners (office, person's name and role — never a username), and
 * the rule that only an objective's owners record values on its indicators (app/domain/plan-owners.ts).
 */
import { mayRecord, type OwnerFieldError, type OwnerInput, publicOwner, validateOwner } from "~/domain/plan-owners";
import { findObjectiveByCode, findPlanByCode } from "~/models/plan.server";
import { deletePlanOwner, insertPlanOwner, listObjectiveOwnerKeys, listPlanOwners, listPlanStaff } from "~/models/plan-owner.server";
import { listOffices } from "~/models/office.server";
import { listRolesOf } from "~/models/staff-role.server";
import { record, type RequestMeta } from "./audit.server";
import { CURRENT_PLAN_CODE } from "./plan.server";
import type { Db, DbOrTrx } from "~/utils/db.server";

async function objectiveRow(db: DbOrTrx, code: string) {
  const plan = await findPlanByCode(db, CURRENT_PLAN_CODE, "it");
  if (!plan) return null;
  const objective = await findObjectiveByCode(db, plan.id, code);
  return objective ? { planId: plan.id, objective } : null;
}

/** What the owners' editor shows: the objective's owners (with ids, to remove them) and the choices. */
export async function ownerEditor(db: DbOrTrx, lang: string, code: string) {
  const found = await objectiveRow(db, code);
  if (!found) return null;
  const [owners, offices, staff] = await Promise.all([listPlanOwners(db, found.planId, lang), listOffices(db, lang), listPlanStaff(db)]);
  return {
    objective: found.objective,
    owners: owners.filter((o) => o.plan_objective_id === found.objective.id).map((o) => ({ id: o.id, ...publicOwner(o) })),
    offices: offices.map((o) => ({ id: o.id, name: o.name })),
    staff: staff.map((s) => ({ id: s.id, name: s.display_name })),
  };
}

export type OwnerChange = { ok: true } | { ok: false; notFound: true } | { ok: false; errors: Partial<Record<keyof OwnerInput, OwnerFieldError>> };

export async function addOwner(db: Db, staffId: number, code: string, input: OwnerInput, now: string, meta: RequestMeta): Promise<OwnerChange> {
  const found = await objectiveRow(db, code);
  if (!found) return { ok: false, notFound: true };
  const [owners, offices, staff] = await Promise.all([listPlanOwners(db, found.planId, "it"), listOffices(db, "it"), listPlanStaff(db)]);
  const existing = owners
    .filter((o) => o.plan_objective_id === found.objective.id)
    .map((o) => ({ officeId: o.office_id, staffId: o.staff_user_id, name: o.person_name }));
  const checked = validateOwner(input, new Set(offices.map((o) => o.id)), new Set(staff.map((s) => s.id)), existing);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const o = checked.owner;
  await db.transaction().execute(async (trx) => {
    const id = await insertPlanOwner(trx, {
      plan_objective_id: found.objective.id,
      office_id: o.officeId,
      staff_user_id: o.staffId,
      person_name: o.name,
      person_role: o.role,
      created_by: staffId,
      created_at: now,
    });
    await record(trx, {
      event: "plan.owner_added",
      outcome: "success",
      actor: { kind: "staff", id: staffId },
      target: { kind: "plan_owner", id },
      details: { objective: found.objective.code, officeId: o.officeId, staffId: o.staffId, name: o.name, role: o.role },
      meta,
      at: new Date(now),
    });
  });
  return { ok: true };
}

export async function removeOwner(db: Db, staffId: number, code: string, ownerId: number, now: string, meta: RequestMeta): Promise<{ ok: boolean }> {
  const found = await objectiveRow(db, code);
  if (!found) return { ok: false };
  return db.transaction().execute(async (trx) => {
    if (!(await deletePlanOwner(trx, found.objective.id, ownerId))) return { ok: false };
    await record(trx, { event: "plan.owner_removed", outcome: "success", actor: { kind: "staff", id: staffId }, target: { kind: "plan_owner", id: ownerId }, details: { objective: found.objective.code }, meta, at: new Date(now) });
    return { ok: true };
  });
}

/** Whether this staff member may record values on the objective's indicators (see `mayRecord`). */
export async function mayRecordOn(db: DbOrTrx, staffId: number, objectiveId: number): Promise<boolean> {
  const [roles, owners] = await Promise.all([listRolesOf(db, [staffId]), listObjectiveOwnerKeys(db, objectiveId)]);
  return mayRecord(
    { staffId, roles: roles.map((r) => ({ role: r.role, officeId: r.office_id })) },
    owners.map((o) => ({ staffId: o.staff_user_id, officeId: o.office_id })),
  );
}
