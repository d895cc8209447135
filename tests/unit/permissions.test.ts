import { describe, expect, it } from "vitest";
import { can, MATRIX, PERMISSIONS, permissionsOf, ROLES } from "~/domain/permissions";

describe("permission matrix", () => {
  it("refuses everything to a visitor", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it("gives every permission to at least one role and only known permissions to roles", () => {
    const granted = new Set(Object.values(MATRIX).flat());
    expect([...granted].sort()).toEqual([...PERMISSIONS].sort());
    for (const role of ROLES) for (const p of MATRIX[role]) expect(PERMISSIONS).toContain(p);
  });

  it("keeps citizens out of the back-office and staff out of citizens' own data", () => {
    const citizen = { roles: ["citizen"] as const };
    expect(can(citizen, "application.submit")).toBe(true);
    expect(can(citizen, "application.process")).toBe(false);
    expect(can(citizen, "staff.manage")).toBe(false);
    const admin = { roles: ["administrator"] as const };
    expect(can(admin, "staff.manage")).toBe(true);
    expect(can(admin, "tax.view_own")).toBe(false);
    expect(can(admin, "application.process")).toBe(false);
  });

  it("limits operators to their own offices", () => {
    const op = { roles: ["operator"] as const, offices: ["servizi-demografici"] };
    expect(can(op, "application.process", { office: "servizi-demografici" })).toBe(true);
    expect(can(op, "application.process", { office: "tributi" })).toBe(false);
    expect(can({ roles: ["operator"] as const }, "application.process", { office: "tributi" })).toBe(false);
  });

  it("lets front and tax office staff fill applications with a citizen, only for their own offices' services", () => {
    expect(can({ roles: ["tax_office"] as const, offices: ["tributi"] }, "application.assist_citizen", { office: "tributi" })).toBe(true);
    expect(can({ roles: ["tax_office"] as const, offices: ["tributi"] }, "application.assist_citizen", { office: "urp" })).toBe(false);
    expect(can({ roles: ["operator"] as const, offices: ["urp"] }, "application.assist_citizen", { office: "urp" })).toBe(true);
    expect(can({ roles: ["administrator"] as const }, "application.assist_citizen")).toBe(false);
    expect(can({ roles: ["delegate"] as const }, "application.assist_citizen")).toBe(false);
  });

  it("lets front and tax office staff record counter submissions, only for their own offices", () => {
    const op = { roles: ["operator"] as const, offices: ["servizi-demografici"] };
    expect(can(op, "application.record_counter", { office: "servizi-demografici" })).toBe(true);
    expect(can(op, "application.record_counter", { office: "tributi" })).toBe(false);
    expect(can({ roles: ["tax_office"] as const, offices: ["tributi"] }, "application.record_counter", { office: "tributi" })).toBe(true);
    expect(can({ roles: ["plan_owner"] as const }, "application.record_counter")).toBe(false);
    expect(can({ roles: ["administrator"] as const }, "application.record_counter")).toBe(false);
  });

  it("lets a delegate act but not manage the delegator's delegations", () => {
    const delegate = { roles: ["delegate"] as const };
    expect(can(delegate, "application.submit")).toBe(true);
    expect(can(delegate, "delegation.manage_own")).toBe(false);
  });

  it("separates recording plan progress from approving and publishing it", () => {
    expect(permissionsOf({ roles: ["plan_owner"] })).toEqual(["plan.record_progress"]);
    expect(can({ roles: ["plan_approver"] }, "plan.approve_progress")).toBe(true);
    expect(can({ roles: ["plan_owner"] }, "plan.publish")).toBe(false);
  });
});
