import { describe, expect, it } from "vitest";
import { covers, type Delegation, isActive, mayActFor, validateNewDelegation } from "~/domain/delegation";

const ANNA = "BNCNNA41B43I625G"; // over 80
const MARIO = "RSSMRA85T10H501O"; // her delegate

const d = (over: Partial<Delegation> = {}): Delegation => ({
  grantorFiscalCode: ANNA,
  granteeFiscalCode: MARIO,
  scope: "services",
  serviceIds: [7],
  validFrom: "2026-11-01",
  validUntil: "2027-10-31",
  revokedAt: null,
  ...over,
});

describe("delegations", () => {
  it("are active between their dates, both included, until revoked", () => {
    expect(isActive(d(), "2026-11-01")).toBe(true);
    expect(isActive(d(), "2027-10-31")).toBe(true);
    expect(isActive(d(), "2027-11-01")).toBe(false);
    expect(isActive(d(), "2026-10-31")).toBe(false);
    expect(isActive(d({ revokedAt: "2026-11-20T10:00:00Z" }), "2026-11-27")).toBe(false);
  });

  it("cover all services or only the chosen ones", () => {
    expect(covers(d(), 7)).toBe(true);
    expect(covers(d(), 8)).toBe(false);
    expect(covers(d({ scope: "all", serviceIds: [] }), 8)).toBe(true);
  });

  it("let only the named delegate act", () => {
    expect(mayActFor(d(), MARIO, 7, "2026-11-27")).toBe(true);
    expect(mayActFor(d(), "VRDGPP44B29F704V", 7, "2026-11-27")).toBe(false);
    expect(mayActFor(d(), MARIO, 8, "2026-11-27")).toBe(false);
  });

  it("check a new delegation: a real codice fiscale, not oneself, sensible dates, at most a year", () => {
    const base = { grantorFiscalCode: ANNA, granteeFiscalCode: MARIO, scope: "all" as const, serviceIds: [], validFrom: "2026-11-27", validUntil: "2027-11-27" };
    expect(validateNewDelegation(base, "2026-11-27")).toEqual([]);
    expect(validateNewDelegation({ ...base, granteeFiscalCode: "RSSMRA85T10H501A" }, "2026-11-27")).toEqual(["grantee.invalid"]);
    expect(validateNewDelegation({ ...base, granteeFiscalCode: ANNA.toLowerCase() }, "2026-11-27")).toEqual(["grantee.self"]);
    expect(validateNewDelegation({ ...base, scope: "services" }, "2026-11-27")).toEqual(["services.empty"]);
    expect(validateNewDelegation({ ...base, validFrom: "2026-11-26" }, "2026-11-27")).toEqual(["dates.past"]);
    expect(validateNewDelegation({ ...base, validUntil: "2026-11-01" }, "2026-11-27")).toEqual(["dates.order"]);
    expect(validateNewDelegation({ ...base, validUntil: "2027-12-01" }, "2026-11-27")).toEqual(["dates.tooLong"]);
    expect(validateNewDelegation({ ...base, validUntil: "31/12/2027" }, "2026-11-27")).toEqual(["dates.invalid"]);
  });
});
