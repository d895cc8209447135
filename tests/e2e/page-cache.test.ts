import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../setup/server";

describe("the micro-cache of anonymous pages, on a server with it switched on", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ PAGE_CACHE_TTL_MS: "60000" });
  });
  afterAll(async () => server?.stop());

  it("renders once, then serves the same bytes with an ETag, and 304 when the reader has them", async () => {
    const first = await fetch(`${server.url}/servizi`);
    const second = await fetch(`${server.url}/servizi`);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    const etag = second.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const revalidated = await fetch(`${server.url}/servizi`, { headers: { "If-None-Match": etag! } });
    expect(revalidated.status).toBe(304);
  });

  it("keeps languages apart and never shares a page with a session", async () => {
    const it = await (await fetch(`${server.url}/servizi`)).text();
    const en = await (await fetch(`${server.url}/servizi`, { headers: { Cookie: "lang=en" } })).text();
    expect(it).toContain('lang="it"');
    expect(en).toContain('lang="en"');
    const withSession = await fetch(`${server.url}/servizi`, { headers: { Cookie: "__session=abc" } });
    expect(withSession.headers.get("x-page-cache")).toBeNull();
  });

  it("does not cache errors", async () => {
    await fetch(`${server.url}/cerca?q=`);
    const again = await fetch(`${server.url}/cerca?q=`);
    expect(again.status).toBe(400);
    expect(again.headers.get("x-page-cache")).toBeNull();
  });
});
