import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../setup/server";

describe("a desk whose comune is not configured (empty database)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ PAGE_CACHE_TTL_MS: "0" }, { seed: false });
  });
  afterAll(async () => server?.stop());

  it("answers 500 with the translated error page, a title and a way out, never a stack trace", async () => {
    const res = await fetch(`${server.url}/servizi`);
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('lang="it"');
    expect(html).toMatch(/<title>Si è verificato un errore – Sportello telematico<\/title>/);
    expect(html).toContain("Non siamo riusciti a mostrare la pagina");
    expect(html).toContain('href="/"');
    expect(html).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("still reports itself alive: the database answers", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
