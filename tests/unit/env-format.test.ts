import { describe, expect, it } from "vitest";
import { demoKeysAllowed, parseEnv, testIdpEnabled } from "~/utils/env.server";
import { formatDate, formatMoney } from "~/utils/format";

describe("environment", () => {
  it("has safe local defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/sportello.sqlite");
    expect(env.PORT).toBe(3000);
  });

  it("refuses a database URL it cannot open, naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ PORT: "99999" })).toThrow(/PORT/);
  });
});

describe("formatting in the reader's locale", () => {
  it("writes dates in Italian and English", () => {
    expect(formatDate("2026-06-16", "it")).toBe("16 giugno 2026");
    expect(formatDate("2026-06-16", "en")).toBe("16 June 2026");
    expect(formatDate("2026-12-13T16:00:00", "it", true)).toBe("13 dicembre 2026 alle ore 16:00");
  });

  it("writes euro amounts", () => {
    expect(formatMoney(102099, "it")).toBe("1020,99\u00a0€");
    expect(formatMoney(102099, "en")).toBe("€1,020.99");
  });
});

describe("test IdP switch", () => {
  it("is on in development and demo mode, off in production unless explicitly allowed", () => {
    expect(testIdpEnabled(parseEnv({}))).toBe(true);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(demoKeysAllowed(parseEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "production", DEMO_MODE: "true" }))).toBe(true);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "production", TEST_IDP_ENABLED: "true" }))).toBe(false);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "production", TEST_IDP_ENABLED: "true", TEST_IDP_ALLOW_IN_PRODUCTION: "yes" }))).toBe(true);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "development", TEST_IDP_ENABLED: "false" }))).toBe(false);
  });
});
