import { describe, expect, it } from "vitest";
import { parseId } from "~/domain/ids";

describe("ids from forms and URLs", () => {
  it("accepts positive integers that fit an integer column", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("999999999")).toBe(999_999_999);
  });
  it("refuses what PostgreSQL would reject with an error", () => {
    for (const bad of ["", "0", "-1", "1.5", "abc", "NaN", "10000000000", "01", " 1", null, undefined, 3]) expect(parseId(bad), String(bad)).toBeNull();
  });
});
