import { describe, expect, it } from "vitest";
import { mayRecord, publicOwner, validateOwner } from "~/domain/plan-owners";

const offices = new Set([1, 2]);
const staff = new Set([10, 11]);

describe("validateOwner", () => {
  it("needs an office from the list and a person: an account, a name, or both", () => {
    expect(validateOwner({ office: "", staff: "", name: "", role: "" }, offices, staff, [])).toEqual({ ok: false, errors: { office: "office_required", staff: "person_required" } });
    expect(validateOwner({ office: "3", staff: "10", name: "", role: "" }, offices, staff, [])).toEqual({ ok: false, errors: { office: "office_invalid" } });
    expect(validateOwner({ office: "1", staff: "12", name: "", role: "" }, offices, staff, [])).toEqual({ ok: false, errors: { staff: "staff_invalid" } });
    expect(validateOwner({ office: "1", staff: "", name: "  Maria   Verdi ", role: " Dirigente " }, offices, staff, [])).toEqual({ ok: true, owner: { officeId: 1, staffId: null, name: "Maria Verdi", role: "Dirigente" } });
    expect(validateOwner({ office: "2", staff: "10", name: "", role: "" }, offices, staff, [])).toEqual({ ok: true, owner: { officeId: 2, staffId: 10, name: null, role: null } });
    expect(validateOwner({ office: "1", staff: "", name: "x".repeat(201), role: "y".repeat(201) }, offices, staff, [])).toEqual({ ok: false, errors: { name: "name_too_long", role: "role_too_long" } });
  });

  it("refuses the same office and person twice (names compared without case)", () => {
    const existing = [{ officeId: 1, staffId: null, name: "Maria Verdi" }, { officeId: 1, staffId: 10, name: null }];
    expect(validateOwner({ office: "1", staff: "", name: "maria verdi", role: "" }, offices, staff, existing)).toEqual({ ok: false, errors: { staff: "duplicate" } });
    expect(validateOwner({ office: "1", staff: "10", name: "", role: "altro" }, offices, staff, existing)).toEqual({ ok: false, errors: { staff: "duplicate" } });
    expect(validateOwner({ office: "2", staff: "10", name: "", role: "" }, offices, staff, existing).ok).toBe(true);
  });
});

describe("mayRecord", () => {
  const owners = [{ staffId: 10, officeId: 1 }];
  it("lets the named person, a plan owner of an owner office, and approvers record; no one else", () => {
    expect(mayRecord({ staffId: 10, roles: [{ role: "plan_owner", officeId: null }] }, owners)).toBe(true);
    expect(mayRecord({ staffId: 11, roles: [{ role: "plan_owner", officeId: null }] }, owners)).toBe(false);
    expect(mayRecord({ staffId: 11, roles: [{ role: "plan_owner", officeId: 1 }] }, owners)).toBe(true);
    expect(mayRecord({ staffId: 11, roles: [{ role: "plan_owner", officeId: 2 }] }, owners)).toBe(false);
    expect(mayRecord({ staffId: 11, roles: [{ role: "operator", officeId: 1 }] }, owners)).toBe(false);
    expect(mayRecord({ staffId: 12, roles: [{ role: "plan_approver", officeId: null }] }, owners)).toBe(true);
    // An objective nobody owns yet: only approvers.
    expect(mayRecord({ staffId: 10, roles: [{ role: "plan_owner", officeId: null }] }, [])).toBe(false);
  });
});

describe("publicOwner", () => {
  it("names the account's display name or the typed name, never anything else of the account", () => {
    expect(publicOwner({ office_name: "URP", office_slug: "urp", staff_name: "Anna Rossi", person_name: null, person_role: "Referente" })).toEqual({ office: "URP", officeSlug: "urp", person: "Anna Rossi", role: "Referente" });
    expect(publicOwner({ office_name: null, office_slug: "urp", staff_name: null, person_name: "Maria Verdi", person_role: null })).toEqual({ office: "urp", officeSlug: "urp", person: "Maria Verdi", role: null });
  });
});
