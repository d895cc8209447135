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

const LIVE = {
  NODE_ENV: "production",
  PUBLIC_BASE_URL: "https://sportello.example.it",
  SESSION_SECRET: "a-long-secret-of-this-deployment-only-0123456789",
  TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};

describe("a live deployment", () => {
  it("refuses to start without its public URL and its own secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/PUBLIC_BASE_URL[\s\S]*SESSION_SECRET[\s\S]*TOTP_ENCRYPTION_KEY/);
    expect(() => parseEnv({ ...LIVE, SESSION_SECRET: undefined })).toThrow(/SESSION_SECRET/);
    expect(parseEnv(LIVE).PUBLIC_BASE_URL).toBe("https://sportello.example.it");
    // The demo (npm start) runs in production mode with its demo secrets.
    expect(parseEnv({ NODE_ENV: "production", DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
  });
});

describe("test IdP switch", () => {
  it("is on in development and demo mode, off in production unless explicitly allowed", () => {
    expect(testIdpEnabled(parseEnv({}))).toBe(true);
    expect(testIdpEnabled(parseEnv(LIVE))).toBe(false);
    expect(demoKeysAllowed(parseEnv(LIVE))).toBe(false);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "production", DEMO_MODE: "true" }))).toBe(true);
    expect(testIdpEnabled(parseEnv({ ...LIVE, TEST_IDP_ENABLED: "true" }))).toBe(false);
    expect(testIdpEnabled(parseEnv({ ...LIVE, TEST_IDP_ENABLED: "true", TEST_IDP_ALLOW_IN_PRODUCTION: "yes" }))).toBe(true);
    expect(testIdpEnabled(parseEnv({ NODE_ENV: "development", TEST_IDP_ENABLED: "false" }))).toBe(false);
  });
});
