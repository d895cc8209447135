import { describe, expect, it } from "vitest";
import { parseDayInput, todayIn } from "~/domain/dates";

describe("dates typed by people", () => {
  it("reads the Italian and ISO forms", () => {
    expect(parseDayInput("31/12/2027")).toBe("2027-12-31");
    expect(parseDayInput(" 1.2.2027 ")).toBe("2027-02-01");
    expect(parseDayInput("2027-12-31")).toBe("2027-12-31");
    expect(parseDayInput("29/02/2028")).toBe("2028-02-29");
  });
  it("refuses impossible or unclear dates", () => {
    for (const bad of ["31/02/2027", "29/02/2027", "12/31/2027", "2027/12/31", "domani", "", "31/12/27"]) expect(parseDayInput(bad), bad).toBeNull();
  });
  it("gives today's date in Italy, not in UTC", () => {
    expect(todayIn("Europe/Rome", new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayIn("Europe/Rome", new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});
