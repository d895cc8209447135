import { describe, expect, it } from "vitest";
import { isPrivatePath, isStorableResponse, pageCacheKey } from "~/domain/page-cache";
import { PageCache } from "../../server/page-cache";

const req = (over: Partial<Parameters<typeof pageCacheKey>[0]> = {}) =>
  pageCacheKey({ method: "GET", url: "/servizi?x=1", cookieHeader: undefined, hasAuthorization: false, ...over });

describe("page cache policy", () => {
  it("keys anonymous GETs by path, query and language", () => {
    expect(req()).toBe("/servizi?x=1|lang=;prefs=");
    expect(req({ cookieHeader: "lang=en; other=1" })).toBe("/servizi?x=1|lang=en;prefs=");
  });

  it("never shares pages of a session, a POST, data requests or the health check", () => {
    expect(req({ cookieHeader: "__session=abc" })).toBeNull();
    expect(req({ method: "POST" })).toBeNull();
    expect(req({ hasAuthorization: true })).toBeNull();
    expect(req({ url: "/servizi.data" })).toBeNull();
    expect(req({ url: "/healthz" })).toBeNull();
  });

  it("stores only public HTML 200s without cookies", () => {
    const h = (o: Record<string, string>) => new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0", ...o });
    expect(isStorableResponse(200, h({}))).toBe(true);
    expect(isStorableResponse(404, h({}))).toBe(false);
    expect(isStorableResponse(200, h({ "set-cookie": "a=1" }))).toBe(false);
    expect(isStorableResponse(200, h({ "cache-control": "private" }))).toBe(false);
    expect(isStorableResponse(200, h({ "content-type": "application/json" }))).toBe(false);
  });
});

describe("PageCache", () => {
  it("expires entries after the TTL and evicts the least recently used", () => {
    let now = 0;
    const cache = new PageCache(1000, 2, () => now);
    const page = (s: string) => ({ status: 200, headers: [] as [string, string][], body: Buffer.from(s) });
    cache.set("a", page("a"));
    cache.set("b", page("b"));
    expect(cache.get("a")?.body.toString()).toBe("a");
    cache.set("c", page("c"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    now = 1001;
    expect(cache.get("a")).toBeUndefined();
  });

  it("gives the same body the same ETag", () => {
    const cache = new PageCache(1000, 10);
    const one = cache.set("x", { status: 200, headers: [], body: Buffer.from("same") });
    const two = cache.set("y", { status: 200, headers: [], body: Buffer.from("same") });
    expect(one.etag).toBe(two.etag);
    expect(one.etag).toMatch(/^W\/".+"$/);
  });
});

describe("PageCache under load", () => {
  it("serves a stale page for a while after the TTL, then forgets it", () => {
    let now = 0;
    const cache = new PageCache(1000, 10, () => now, 5000);
    cache.set("a", { status: 200, headers: [], body: Buffer.from("a") });
    now = 1500;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.lookup("a")?.fresh).toBe(false);
    now = 6001;
    expect(cache.lookup("a")).toBeUndefined();
  });

  it("renders once for concurrent requests of the same page", async () => {
    const cache = new PageCache(1000, 10);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return cache.set("k", { status: 200, headers: [], body: Buffer.from("x") });
    };
    const pages = await Promise.all(Array.from({ length: 20 }, () => cache.coalesce("k", render)));
    expect(renders).toBe(1);
    expect(new Set(pages.map((p) => p?.etag)).size).toBe(1);
    expect(cache.isRendering("k")).toBe(false);
    await cache.coalesce("k", render);
    expect(renders).toBe(2);
  });
});

describe("private pages", () => {
  it("never shares login, identity, personal-area and back-office pages", () => {
    for (const p of ["/accedi", "/area-personale", "/area-personale/deleghe", "/gestione", "/gestione/utenti", "/spid/metadata", "/test-idp/accedi", "/sessione", "/area-personale.data"]) {
      expect(isPrivatePath(p), p).toBe(true);
      expect(pageCacheKey({ method: "GET", url: p, cookieHeader: undefined, hasAuthorization: false }), p).toBeNull();
    }
    for (const p of ["/", "/servizi", "/accedix", "/cerca", "/spid"]) expect(isPrivatePath(p), p).toBe(false);
  });
});
