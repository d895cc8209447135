import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isSameOriginPost } from "~/domain/csp";

describe("content security policy", () => {
  it("allows scripts only from us or with the nonce, forms only to us and the trusted IdPs, framing only by us", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", formTargets: ["https://idp.example", "https://idp.example", "javascript:x"] });
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).toContain("form-action 'self' https://idp.example;");
    expect(csp).not.toContain("javascript");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy({})).toContain("script-src 'self';");
  });
});

describe("cross-site POST refusal", () => {
  const base = { method: "POST", path: "/esci", ownOrigin: "https://desk.example", origin: null, secFetchSite: null };
  it("accepts our own origin and refuses others", () => {
    expect(isSameOriginPost({ ...base, origin: "https://desk.example" })).toBe(true);
    expect(isSameOriginPost({ ...base, origin: "https://evil.example" })).toBe(false);
    expect(isSameOriginPost({ ...base, origin: "null" })).toBe(false);
    expect(isSameOriginPost({ ...base, secFetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginPost({ ...base, secFetchSite: "same-origin" })).toBe(true);
    expect(isSameOriginPost({ ...base, method: "GET", origin: "https://evil.example" })).toBe(true);
  });
  it("lets the IdP post its answer to the assertion consumer service", () => {
    expect(isSameOriginPost({ ...base, path: "/spid/acs", origin: "https://idp.example" })).toBe(true);
    expect(isSameOriginPost({ ...base, path: "/spid/acs/x", origin: "https://idp.example" })).toBe(false);
  });
  it("lets other sites call the public API (it reads no cookie), and nothing else under /api", () => {
    expect(isSameOriginPost({ ...base, path: "/api/v1/imu/calcolo", origin: "https://caf.example" })).toBe(true);
    expect(isSameOriginPost({ ...base, path: "/api/imu", origin: "https://caf.example" })).toBe(false);
    expect(isSameOriginPost({ ...base, path: "/area-personale/api/v1/x", origin: "https://caf.example" })).toBe(false);
  });
});
