import { randomUUID } from "node:crypto";
import path from "node:path";
import zlib from "node:zlib";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request as ExpressRequest, type Response as ExpressResponse } from "express";
import { isSameOriginPost } from "../app/domain/csp";
import { isStorableResponse, pageCacheKey } from "../app/domain/page-cache";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "../app/utils/request-meta.server";
import type { Env } from "../app/utils/env.server";
import { type CachedPage, PageCache } from "./page-cache";
import { precompressed } from "./static";

type Log = (level: "info" | "warn" | "error", fields: Record<string, unknown>) => void;

/** One JSON line per event, so the logs can be searched and aggregated. */
export function jsonLogger(level: Env["LOG_LEVEL"]): Log {
  const order = ["debug", "info", "warn", "error", "silent"];
  const min = order.indexOf(level);
  return (lvl, fields) => {
    if (order.indexOf(lvl) < min) return;
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, pid: process.pid, ...fields })}\n`);
  };
}

function requestUrl(req: ExpressRequest): URL {
  return new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
}

function requestHeaders(req: ExpressRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  // Set by us only: a client cannot choose the address or request id the audit log records.
  headers.set(CLIENT_IP_HEADER, req.ip ?? req.socket.remoteAddress ?? "");
  headers.set(REQUEST_ID_HEADER, String(req.res?.getHeader("X-Request-Id") ?? ""));
  return headers;
}

/** The Fetch request Remix handles, aborted if the client goes away. */
function toWebRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: requestHeaders(req), signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = req as unknown as ReadableStream;
    init.duplex = "half";
  }
  return new Request(requestUrl(req), init);
}

/**
 * A GET rendered for the shared cache: not tied to one client's connection, because other readers
 * (or nobody, for a background refresh) wait for the page it produces.
 */
function toCacheRequest(req: ExpressRequest): Request {
  return new Request(requestUrl(req), { headers: requestHeaders(req) });
}

async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) {
    if (key === "set-cookie") continue;
    res.setHeader(key, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) await new Promise((r) => res.once("drain", r));
  }
  res.end();
}

function sendCached(req: ExpressRequest, res: ExpressResponse, page: CachedPage, state: "hit" | "miss" | "stale") {
  for (const [k, v] of page.headers) res.setHeader(k, v);
  res.setHeader("ETag", page.etag);
  res.setHeader("X-Page-Cache", state);
  if (req.headers["if-none-match"] === page.etag) {
    res.status(304).end();
    return;
  }
  res.status(page.status).end(page.body);
}

/**
 * The HTTP server around the Remix build: static files with long caching for fingerprinted assets,
 * compression, a request log, security headers and the micro-cache of anonymous pages.
 */
export function createApp(build: ServerBuild, env: Env, log: Log) {
  const handle = createRequestHandler(build, env.NODE_ENV);
  const cache = new PageCache(env.PAGE_CACHE_TTL_MS, env.PAGE_CACHE_MAX_ENTRIES);
  const app = express();
  app.disable("x-powered-by");
  // X-Forwarded-For decides the client address only behind a proxy we were told to trust.
  app.set("trust proxy", env.TRUST_PROXY);
  const httpsOnly = Boolean(env.PUBLIC_BASE_URL?.startsWith("https:"));

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    // A request id from outside is kept only from a proxy we trust, and only if it looks like one.
    const id = env.TRUST_PROXY && typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader("X-Request-Id", id);
    res.on("finish", () => {
      log(res.statusCode >= 500 ? "error" : "info", {
        msg: "request",
        id,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        cache: res.getHeader("x-page-cache"),
      });
    });
    next();
  });

  // Pages are compressed on the fly at a moderate level: brotli's default (11) costs too much CPU per request.
  app.use(compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } }));
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (httpsOnly) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  });

  // A form on another site cannot make a logged-in reader's browser change anything here (CSRF, first layer).
  app.use((req, res, next) => {
    const ownOrigin = env.PUBLIC_BASE_URL ? new URL(env.PUBLIC_BASE_URL).origin : `${req.protocol}://${req.get("host") ?? ""}`;
    const allowed = isSameOriginPost({
      method: req.method,
      path: req.path,
      origin: req.get("origin") ?? null,
      secFetchSite: req.get("sec-fetch-site") ?? null,
      ownOrigin,
    });
    if (allowed) return next();
    log("warn", { msg: "cross-site request refused", method: req.method, path: req.path, origin: req.get("origin") });
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("Richiesta rifiutata: è partita da un altro sito. Torna allo sportello e riprova.\nRequest refused: it came from another site. Go back to the desk and try again.\n");
  });

  const clientDir = path.resolve("build/client");
  // Fingerprinted assets never change: a year, immutable. Other public files: an hour.
  app.use("/assets", precompressed(path.join(clientDir, "assets"), 31_536_000, true));
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(precompressed(clientDir, 3600, false));
  app.use(express.static(clientDir, { maxAge: "1h" }));

  /**
   * Renders a page for the cache. When the response must not be shared (an error, a cookie) it is
   * handed to `keep` instead, so the request that rendered it can still send it without rendering twice.
   */
  const renderForCache = async (key: string, request: Request, keep?: (response: Response) => void) => {
    const response = await handle(request);
    if (!isStorableResponse(response.status, response.headers)) {
      keep?.(response);
      return null;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers.entries()].filter(([k]) => k !== "content-length" && k !== "etag");
    return cache.set(key, { status: response.status, headers, body });
  };

  app.all("*", async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const key = cache.enabled
        ? pageCacheKey({
            method: req.method,
            url: req.originalUrl,
            cookieHeader: req.headers.cookie,
            hasAuthorization: Boolean(req.headers.authorization),
          })
        : null;
      if (key) {
        const found = cache.lookup(key);
        if (found?.fresh) return sendCached(req, res, found.page, "hit");
        if (found) {
          // Stale: answer now, and let one request refresh it in the background.
          if (!cache.isRendering(key)) {
            void cache.coalesce(key, () => renderForCache(key, toCacheRequest(req))).catch((error: Error) =>
              log("error", { msg: "background render failed", error: error.message }),
            );
          }
          return sendCached(req, res, found.page, "stale");
        }
        let own: Response | undefined;
        const page = await cache.coalesce(key, () => renderForCache(key, toCacheRequest(req), (r) => (own = r)));
        if (page) return sendCached(req, res, page, "miss");
        if (own) return sendWebResponse(res, own);
        // Another request rendered a page that could not be shared: this one renders its own below.
      }
      await sendWebResponse(res, await handle(toWebRequest(req, res)));
    } catch (error) {
      next(error);
    }
  });

  app.use((error: Error, _req: ExpressRequest, res: ExpressResponse, _next: NextFunction) => {
    log("error", { msg: "unhandled", error: error.message, stack: error.stack });
    if (!res.headersSent) res.status(500).type("text/plain").send("Internal Server Error");
  });

  return app;
}
