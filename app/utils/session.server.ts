import { createCookie } from "@remix-run/node";
import type { SessionPolicy } from "~/domain/session-policy";
import { createDatabaseSessionStorage } from "~/services/session-store.server";
import { db } from "./db.server";
import { DEMO_SESSION_SECRET, env } from "./env.server";

/** The session policy from the environment (idle and absolute timeouts). */
export function sessionPolicy(): SessionPolicy {
  const e = env();
  return { idleSeconds: e.SESSION_IDLE_MINUTES * 60, absoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600, warnBeforeSeconds: 120 };
}

let storage: ReturnType<typeof createDatabaseSessionStorage> | undefined;
let cookie: ReturnType<typeof createCookie> | undefined;

/** The session cookie (signed id only). */
export function sessionCookie() {
  if (!cookie) {
    const e = env();
    cookie = createCookie("__session", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: Boolean(e.PUBLIC_BASE_URL?.startsWith("https:")),
      secrets: [e.SESSION_SECRET],
      maxAge: e.SESSION_ABSOLUTE_HOURS * 3600,
    });
  }
  return cookie;
}

/**
 * The desk's session storage. The cookie name starts with "__session" so the page cache never shares
 * a page of someone logged in (app/domain/page-cache.ts).
 */
export function sessionStorage() {
  if (!storage) {
    const e = env();
    if (e.NODE_ENV === "production" && e.SESSION_SECRET === DEMO_SESSION_SECRET) {
      console.warn(JSON.stringify({ level: "warn", msg: "SESSION_SECRET is the demo default: set your own before going live" }));
    }
    storage = createDatabaseSessionStorage(db(), sessionCookie(), sessionPolicy());
  }
  return storage;
}
