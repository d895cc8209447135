import type { StaffRoleTable } from "#db/schema";
import type { DbOrTrx } from "~/utils/db.server";

export type StaffRoleName = StaffRoleTable["role"];

export interface StaffRoleView {
  staff_user_id: number;
  role: StaffRoleName;
  office_id: number | null;
  /** The office's slug (what the permission matrix compares), or null for roles without an office. */
  office_slug: string | null;
}

/** The roles of the given staff members, with their offices' slugs. */
export async function listRolesOf(db: DbOrTrx, staffIds: readonly number[]): Promise<StaffRoleView[]> {
  if (staffIds.length === 0) return [];
  return db
    .selectFrom("staff_role as r")
    .leftJoin("office as o", "o.id", "r.office_id")
    .select(["r.staff_user_id", "r.role", "r.office_id", "o.slug as office_slug"])
    .where("r.staff_user_id", "in", [...staffIds])
    .orderBy("r.staff_user_id")
    .orderBy("r.role")
    .orderBy("o.slug")
    .execute();
}

/** Replaces a staff member's roles with exactly `roles` (call inside a transaction). */
export async function replaceRoles(
  db: DbOrTrx,
  staffId: number,
  roles: readonly { role: StaffRoleName; office_id: number | null }[],
): Promise<void> {
  await db.deleteFrom("staff_role").where("staff_user_id", "=", staffId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto("staff_role")
    .values(roles.map((r) => ({ staff_user_id: staffId, role: r.role, office_id: r.office_id })))
    .execute();
}

/** Ids of the active staff members who hold the administrator role. */
export async function activeAdministratorIds(db: DbOrTrx): Promise<number[]> {
  const rows = await db
    .selectFrom("staff_role as r")
    .innerJoin("staff_user as u", "u.id", "r.staff_user_id")
    .select("u.id")
    .distinct()
    .where("r.role", "=", "administrator")
    .where("u.active", "=", 1)
    .execute();
  return rows.map((r) => r.id);
}

/** Which of the given office ids exist, to validate a role assignment before inserting it. */
export async function existingOfficeIds(db: DbOrTrx, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("office").select("id").where("id", "in", [...ids]).execute();
  return rows.map((r) => r.id);
}

/** Active staff members who process applications in an office (operators and the tax office), for assignment. */
export async function listProcessorsOfOffice(db: DbOrTrx, officeId: number): Promise<{ id: number; displayName: string; email: string }[]> {
  return db
    .selectFrom("staff_role as r")
    .innerJoin("staff_user as u", "u.id", "r.staff_user_id")
    .where("r.office_id", "=", officeId)
    .where("r.role", "in", ["operator", "tax_office"])
    .where("u.active", "=", 1)
    .select(["u.id as id", "u.display_name as displayName", "u.email as email"])
    .distinct()
    .orderBy("u.display_name")
    .execute();
}
