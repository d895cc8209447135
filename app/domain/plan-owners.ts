/**
 * Owners of the plan's objectives (issue 6 §2): what a new owner must look like, and who may record
 * a measured value on an objective's indicators. Pure: no I/O, no React.
 */
import type { Role } from "./permissions";

export const MAX_OWNER_TEXT = 200;

export interface OwnerInput {
  office: string;
  staff: string;
  name: string;
  role: string;
}

export type OwnerFieldError = "office_required" | "office_invalid" | "person_required" | "staff_invalid" | "name_too_long" | "role_too_long" | "duplicate";

export interface ValidOwner {
  officeId: number;
  staffId: number | null;
  name: string | null;
  role: string | null;
}

const ID = /^[1-9]\d{0,8}$/;

/**
 * An owner is an office and a person: a staff account, or a name (for someone without an account),
 * or both; the role is free text ("Responsabile del procedimento"). `offices` and `staff` are the
 * ids the form offered; anything else is refused. `existing` refuses naming the same pair twice.
 */
export function validateOwner(
  input: OwnerInput,
  offices: ReadonlySet<number>,
  staff: ReadonlySet<number>,
  existing: readonly { officeId: number; staffId: number | null; name: string | null }[],
): { ok: true; owner: ValidOwner } | { ok: false; errors: Partial<Record<keyof OwnerInput, OwnerFieldError>> } {
  const errors: Partial<Record<keyof OwnerInput, OwnerFieldError>> = {};
  const office = input.office.trim();
  const staffText = input.staff.trim();
  const name = input.name.trim().replace(/\s+/g, " ");
  const role = input.role.trim().replace(/\s+/g, " ");
  let officeId: number | null = null;
  if (!office) errors.office = "office_required";
  else if (!ID.test(office) || !offices.has(Number(office))) errors.office = "office_invalid";
  else officeId = Number(office);
  let staffId: number | null = null;
  if (staffText) {
    if (!ID.test(staffText) || !staff.has(Number(staffText))) errors.staff = "staff_invalid";
    else staffId = Number(staffText);
  } else if (!name) errors.staff = "person_required";
  if (name.length > MAX_OWNER_TEXT) errors.name = "name_too_long";
  if (role.length > MAX_OWNER_TEXT) errors.role = "role_too_long";
  if (Object.keys(errors).length || officeId === null) return { ok: false, errors };
  const key = (n: string | null) => (n ?? "").toLocaleLowerCase("it");
  if (existing.some((e) => e.officeId === officeId && e.staffId === staffId && key(e.name) === key(name || null))) return { ok: false, errors: { staff: "duplicate" } };
  return { ok: true, owner: { officeId, staffId, name: name || null, role: role || null } };
}

/**
 * Who may record a value on an objective's indicator: a person named as its owner (by account), a
 * plan owner whose role is tied to one of its owner offices, or an approver (who answers for the
 * whole plan, and still never approves their own values). Any other plan owner is refused, also
 * when the objective has no owner yet. The desk's own measurements (system rows) do not pass here.
 */
export function mayRecord(
  recorder: { staffId: number; roles: readonly { role: Role; officeId: number | null }[] },
  owners: readonly { staffId: number | null; officeId: number }[],
): boolean {
  if (recorder.roles.some((r) => r.role === "plan_approver")) return true;
  if (owners.some((o) => o.staffId === recorder.staffId)) return true;
  const offices = new Set(owners.map((o) => o.officeId));
  return recorder.roles.some((r) => r.role === "plan_owner" && r.officeId !== null && offices.has(r.officeId));
}

/** An owner as anyone may read it: the office and the person (an account's display name, or the name typed), never a username. */
export interface PublicOwner {
  office: string;
  officeSlug: string;
  person: string | null;
  role: string | null;
}

export function publicOwner(row: { office_name: string | null; office_slug: string; staff_name: string | null; person_name: string | null; person_role: string | null }): PublicOwner {
  return { office: row.office_name ?? row.office_slug, officeSlug: row.office_slug, person: row.staff_name ?? row.person_name, role: row.person_role };
}
