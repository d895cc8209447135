import { describe, expect, it } from "vitest";
import { actorOf, safeReturnPath, type CitizenSubject } from "~/domain/principal";
import { can } from "~/domain/permissions";

const citizen: CitizenSubject = {
  kind: "citizen", id: 1, fiscalCode: "RSSMRA85T10H501O", givenName: "Mario", familyName: "Rossi", dateOfBirth: null, email: null,
  method: "spid", level: 2, idpEntityId: "https://idp.example", nameId: "_n", nameQualifier: "https://idp.example", sessionIndex: null,
};

describe("principal", () => {
  it("maps a citizen, a delegate acting for someone and staff to the roles of the matrix", () => {
    expect(actorOf({ kind: "anonymous" })).toBeNull();
    expect(actorOf({ kind: "citizen", citizen, actingFor: null })?.roles).toEqual(["citizen"]);
    const acting = actorOf({ kind: "citizen", citizen, actingFor: { delegationId: 3, grantorFiscalCode: "BNCNNA41B43I625G", grantorName: null } });
    expect(acting?.roles).toEqual(["delegate"]);
    expect(can(acting, "delegation.manage_own")).toBe(false);
    const staff = { id: 1, username: "a", displayName: "A", roles: ["administrator" as const], offices: [] };
    expect(actorOf({ kind: "staff", staff, stage: "full" })?.roles).toEqual(["administrator"]);
  });

  it("gives a staff member half-way through the second factor no role at all", () => {
    const staff = { id: 1, username: "a", displayName: "A", roles: ["administrator" as const], offices: [] };
    for (const stage of ["totp", "enrol_totp", "change_password"] as const) expect(actorOf({ kind: "staff", staff, stage })).toBeNull();
  });

  it("returns only to internal paths", () => {
    expect(safeReturnPath("/servizi/tari")).toBe("/servizi/tari");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, "/a\r\nSet-Cookie:x"]) {
      expect(safeReturnPath(bad)).toBe("/area-personale");
    }
  });
});
