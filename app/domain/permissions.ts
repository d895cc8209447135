/**
 * Who may do what: the one place that defines the desk's permission matrix. Loaders and actions ask
 * `can(actor, permission, scope)` on the server; the UI may ask too, but only to hide what would be
 * refused anyway.
 */
export const ROLES = ["citizen", "delegate", "operator", "tax_office", "plan_owner", "plan_approver", "administrator"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  // Citizens, for themselves (or a delegate acting for them).
  "application.submit",
  "application.view_own",
  "tax.view_own",
  "payment.make_own",
  "delegation.manage_own",
  // Front office, limited to the offices (service areas) the operator belongs to.
  "application.view_office",
  "application.process",
  "application.assist_citizen",
  // Applications received at the counter, phone, e-mail or PEC, recorded for the plan's online share.
  "application.record_counter",
  // Tax office.
  "tax.view_any",
  "tax.load_rolls",
  "tax.edit_rates",
  // Plan tracker.
  "plan.record_progress",
  "plan.approve_progress",
  "plan.publish",
  // Naming an objective's owners (office and person): approvers and administrators.
  "plan.assign_owners",
  // Administration.
  "catalogue.edit",
  "content.edit",
  "staff.manage",
  "settings.edit",
  "audit.view",
  "feedback.view",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CITIZEN: Permission[] = ["application.submit", "application.view_own", "tax.view_own", "payment.make_own", "delegation.manage_own"];

/** Role → permissions. A person may hold several roles; staff roles never include a citizen's own data. */
export const MATRIX: Record<Role, readonly Permission[]> = {
  citizen: CITIZEN,
  // A delegate acts for the person who delegated them, never manages that person's delegations.
  delegate: ["application.submit", "application.view_own", "tax.view_own", "payment.make_own"],
  operator: ["application.view_office", "application.process", "application.assist_citizen", "application.record_counter", "feedback.view"],
  // The tax office receives citizens at its own counter: it may fill their applications with them (issue 7 §7).
  tax_office: ["tax.view_any", "tax.load_rolls", "tax.edit_rates", "application.view_office", "application.process", "application.assist_citizen", "application.record_counter"],
  plan_owner: ["plan.record_progress"],
  plan_approver: ["plan.record_progress", "plan.approve_progress", "plan.publish", "plan.assign_owners"],
  administrator: ["plan.assign_owners", "catalogue.edit", "content.edit", "staff.manage", "settings.edit", "audit.view", "feedback.view"],
};

/** Permissions that only make sense inside the offices an operator belongs to. */
const OFFICE_SCOPED: ReadonlySet<Permission> = new Set(["application.view_office", "application.process", "application.assist_citizen", "application.record_counter"]);

export interface Actor {
  roles: readonly Role[];
  /** Slugs of the offices a staff member works in (operators, tax office). */
  offices?: readonly string[];
}

export interface Scope {
  /** The office the resource belongs to (e.g. the office responsible for an application's service). */
  office?: string;
}

export function can(actor: Actor | null | undefined, permission: Permission, scope: Scope = {}): boolean {
  if (!actor) return false;
  const granted = actor.roles.some((role) => MATRIX[role].includes(permission));
  if (!granted) return false;
  if (OFFICE_SCOPED.has(permission) && scope.office !== undefined) {
    return (actor.offices ?? []).includes(scope.office);
  }
  return true;
}

export function permissionsOf(actor: Actor): Permission[] {
  return PERMISSIONS.filter((p) => actor.roles.some((role) => MATRIX[role].includes(p)));
}
