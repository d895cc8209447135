import { describe, expect, it } from "vitest";
import { CITIZEN_ERROR_CODES, spidErrorFrom } from "~/domain/spid-errors";
import en from "~/locales/en";
import itLocale from "~/locales/it";
import { forceAuthnFor, levelOf, satisfies } from "~/domain/spid-levels";

describe("SPID levels", () => {
  it("reads only the exact level URIs", () => {
    expect(levelOf("https://www.spid.gov.it/SpidL2")).toBe(2);
    expect(levelOf("urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL1")).toBeNull();
    expect(levelOf("https://www.spid.gov.it/SpidL4")).toBeNull();
    expect(levelOf("https://www.spid.gov.it/spidl2")).toBeNull();
    expect(levelOf(undefined)).toBeNull();
  });

  it("accepts a stronger level than asked, never a weaker one", () => {
    expect(satisfies(3, 2)).toBe(true);
    expect(satisfies(2, 2)).toBe(true);
    expect(satisfies(1, 2)).toBe(false);
  });

  it("forces a new authentication above level 1", () => {
    expect(forceAuthnFor(1)).toBe(false);
    expect(forceAuthnFor(2)).toBe(true);
  });
});

describe("SPID error codes", () => {
  it("maps the citizen's errors to their own page", () => {
    expect(spidErrorFrom("ErrorCode nr19")).toEqual({ kind: "citizen", code: 19, i18nKey: "auth.error.nr19" });
    expect(spidErrorFrom("ErrorCode nr25")).toMatchObject({ kind: "citizen", code: 25 });
    expect(spidErrorFrom("errorcode NR30")).toMatchObject({ kind: "citizen", code: 30 });
  });

  it("treats configuration faults and unknown messages as the service's problem", () => {
    expect(spidErrorFrom("ErrorCode nr12")).toEqual({ kind: "service", code: 12, i18nKey: "auth.error.generic" });
    expect(spidErrorFrom("ErrorCode nr24")).toMatchObject({ kind: "service", code: 24 });
    expect(spidErrorFrom("something else")).toEqual({ kind: "service", code: null, i18nKey: "auth.error.generic" });
    expect(spidErrorFrom(null)).toMatchObject({ kind: "service", code: null });
  });
});

describe("SPID error pages", () => {
  it("have a text in both languages for every code the domain can return", () => {
    for (const code of [...CITIZEN_ERROR_CODES, 2, null]) {
      const key = spidErrorFrom(code === null ? "" : `ErrorCode nr${code}`).i18nKey.split(".").pop() as keyof typeof itLocale.auth.error;
      expect(itLocale.auth.error[key], String(code)).toBeTruthy();
      expect(en.auth.error[key], String(code)).toBeTruthy();
    }
  });
});
