import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/**
 * Serves the .br / .gz files written at build time (scripts/precompress.mjs) when the browser accepts
 * them; otherwise falls through to express.static and on-the-fly compression.
 */
export function precompressed(root: string, maxAgeSeconds: number, immutable: boolean) {
  const known = new Map<string, boolean>();
  const has = (file: string) => {
    let found = known.get(file);
    if (found === undefined) {
      found = existsSync(file) && statSync(file).isFile();
      known.set(file, found);
    }
    return found;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const type = TYPES[path.extname(req.path)];
    if (!type) return next();
    const file = path.join(root, path.normalize(decodeURIComponent(req.path)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(root)) return next();
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) && has(`${file}.br`) ? "br" : /\bgzip\b/.test(accept) && has(`${file}.gz`) ? "gzip" : null;
    if (!encoding) return next();
    res.setHeader("Content-Type", type);
    res.setHeader("Content-Encoding", encoding);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Cache-Control", `public, max-age=${maxAgeSeconds}${immutable ? ", immutable" : ""}`);
    res.sendFile(`${file}.${encoding === "br" ? "br" : "gz"}`, { headers: { "Content-Type": type } });
  };
}
