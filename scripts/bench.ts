/**
 * `npm run bench`: load test of the built desk's public pages, with nginx serving the very same
 * HTML as the ceiling, plus the first-load CSS + JS weight of a citizen page.
 *
 * It builds nothing: run `npm run build` first. See docs/benchmark.md for how to read the output.
 * Knobs (environment): BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2),
 * BENCH_CONNECTIONS (default 50), BENCH_WORKERS (default: cores, at least 2),
 * BENCH_GZIP=1 (send `Accept-Encoding: gzip` during the load runs, and let nginx gzip too).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

// ---------------------------------------------------------------------------------------------
// Settings

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SERVER_BUILD = path.join(ROOT, "build/server/index.js");
const RESULTS_FILE = path.join(ROOT, "bench-results/latest.json");
const NGINX = "/usr/sbin/nginx";

const intEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
};

const DURATION_S = intEnv("BENCH_DURATION", 10);
const WARMUP_S = intEnv("BENCH_WARMUP", 2);
const CONNECTIONS = intEnv("BENCH_CONNECTIONS", 50);
const WORKERS = intEnv("BENCH_WORKERS", Math.max(2, os.availableParallelism()));
const LOAD_GZIP = process.env.BENCH_GZIP === "1";
const LOAD_HEADERS: Record<string, string> = LOAD_GZIP ? { "accept-encoding": "gzip" } : {};

const TARGET_RATIO = 0.1; // desk ≥ 10 % of nginx requests/s
const TARGET_P99_MS = 100; // p99 < 100 ms at 50 connections
const TARGET_FIRST_LOAD_BYTES = 150_000; // first-load CSS + JS ≤ 150 kB compressed (gzip)
// What the `compression` middleware uses: zlib's default level for gzip, quality 4 for brotli.
const SERVER_GZIP_LEVEL = zlib.constants.Z_DEFAULT_COMPRESSION;
const SERVER_BROTLI_QUALITY = 4;

// ---------------------------------------------------------------------------------------------
// autocannon has no bundled types and the project carries none: the few fields used here.

interface Histogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  total: number;
  p50: number;
  p90: number;
  p99: number;
  p99_9: number;
}
interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  pipelining: number;
  timeout: number;
  headers?: Record<string, string>;
}
interface AutocannonInstance {
  stop: () => void;
}
type Autocannon = (
  opts: AutocannonOptions,
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ---------------------------------------------------------------------------------------------
// Process bookkeeping: everything started is stopped, on success, error or Ctrl-C.

const cleanups: { name: string; run: () => Promise<void> }[] = [];
let runningLoad: AutocannonInstance | undefined;
let interrupted = false;

async function cleanupAll(): Promise<void> {
  runningLoad?.stop();
  while (cleanups.length) {
    const c = cleanups.pop();
    if (!c) break;
    try {
      await c.run();
    } catch (error) {
      console.error(`bench: could not stop ${c.name}: ${(error as Error).message}`);
    }
  }
}

function onSignal(signal: NodeJS.Signals) {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.error(`\nbench: ${signal}, stopping everything…`);
  void cleanupAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
}
process.on("SIGINT", () => onSignal("SIGINT"));
process.on("SIGTERM", () => onSignal("SIGTERM"));

function checkInterrupted() {
  if (interrupted) throw new Error("interrupted");
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers (node:http never decompresses, so body lengths are the bytes actually sent)

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout fetching ${url}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Load runs

interface LoadResult {
  url: string;
  rps: number;
  requests: number;
  durationS: number;
  latencyMs: { average: number; p50: number; p90: number; p99: number; p99_9: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  bytesPerSec: number;
}

function cannon(url: string, duration: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    runningLoad = autocannon(
      { url, connections: CONNECTIONS, duration, pipelining: 1, timeout: 10, headers: LOAD_HEADERS },
      (err, result) => {
        runningLoad = undefined;
        if (err) reject(err);
        else resolve(result);
      },
    );
  });
}

async function load(url: string, label: string): Promise<LoadResult> {
  checkInterrupted();
  process.stdout.write(`  ${label.padEnd(34)} `);
  await cannon(url, WARMUP_S);
  checkInterrupted();
  const r = await cannon(url, DURATION_S);
  checkInterrupted();
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = s.count;
  const out: LoadResult = {
    url,
    rps: r.requests.average,
    requests: r.requests.total,
    durationS: r.duration,
    latencyMs: {
      average: r.latency.average,
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      p99_9: r.latency.p99_9,
      max: r.latency.max,
    },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes,
    bytesPerSec: r.throughput.average,
  };
  console.log(
    `${fmt(out.rps).padStart(8)} req/s  p50 ${out.latencyMs.p50} ms  p99 ${out.latencyMs.p99} ms` +
      (out.errors || out.non2xx ? `  errors ${out.errors} non-2xx ${out.non2xx}` : ""),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pages

interface Page {
  name: string;
  path: string;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const v = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return v?.replace(/&amp;/g, "&");
}

function firstServiceLink(catalogueHtml: string, base: string): string {
  for (const [tag] of catalogueHtml.matchAll(/<a\b[^>]*>/gi)) {
    if (attr(tag, "data-element") !== "service-link") continue;
    const href = attr(tag, "href");
    if (!href) continue;
    const u = new URL(href, base);
    if (/^\/servizi\/[^/]+/.test(u.pathname)) return u.pathname + u.search;
  }
  throw new Error('no <a data-element="service-link" href="/servizi/…"> in the catalogue /servizi');
}

// ---------------------------------------------------------------------------------------------
// First-load CSS + JS

interface AssetWeight {
  url: string;
  kind: "css" | "js";
  /** how it was found: stylesheet, modulepreload, script, inline-import, importmap, static-import */
  via: string;
  identity: number;
  gzip: number;
  gzipBy: "server" | "local";
  br: number;
  brBy: "server" | "local";
}

interface FirstLoad {
  page: string;
  html: { identity: number; gzip: number };
  assets: AssetWeight[];
  totals: { identity: number; gzip: number; br: number; css: { gzip: number }; js: { gzip: number } };
  notPreloaded: string[];
}

function assetRefsFromHtml(html: string): { ref: string; via: string }[] {
  const refs: { ref: string; via: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel.includes("stylesheet")) refs.push({ ref: href, via: "stylesheet" });
    else if (rel.includes("modulepreload")) refs.push({ ref: href, via: "modulepreload" });
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${m[1] ?? ""}>`;
    const body = m[2] ?? "";
    const src = attr(tag, "src");
    const type = (attr(tag, "type") ?? "").toLowerCase();
    if (src) {
      refs.push({ ref: src, via: "script" });
    } else if (type === "importmap") {
      try {
        const map = JSON.parse(body) as { imports?: Record<string, string> };
        for (const v of Object.values(map.imports ?? {})) refs.push({ ref: v, via: "importmap" });
      } catch {
        // not JSON: nothing to count
      }
    } else {
      for (const im of body.matchAll(/\b(?:import|from)\s*\(?\s*["']([^"']+)["']/g)) {
        if (im[1]) refs.push({ ref: im[1], via: "inline-import" });
      }
    }
  }
  return refs;
}

function staticImportsOf(kind: "css" | "js", text: string): string[] {
  const out: string[] = [];
  if (kind === "js") {
    // `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`; dynamic import() is lazy, not first load.
    for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) if (m[1]) out.push(m[1]);
  } else {
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) if (m[1]) out.push(m[1]);
  }
  return out;
}

function kindOf(u: URL): "css" | "js" | undefined {
  if (/\.css$/i.test(u.pathname)) return "css";
  if (/\.m?js$/i.test(u.pathname)) return "js";
  return undefined;
}

async function sentBytes(url: string, encoding: "gzip" | "br", identity: Buffer): Promise<{ bytes: number; by: "server" | "local" }> {
  const res = await get(url, { "accept-encoding": encoding });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (res.headers["content-encoding"] === encoding) return { bytes: res.body.length, by: "server" };
  // The server did not compress it (below its threshold or not negotiated): compress it locally at
  // the server's settings, or keep the raw size when compression would not shrink it.
  const local =
    encoding === "gzip"
      ? zlib.gzipSync(identity, { level: SERVER_GZIP_LEVEL }).length
      : zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: SERVER_BROTLI_QUALITY } }).length;
  return { bytes: Math.min(local, res.body.length), by: "local" };
}

async function firstLoad(base: string, pagePath: string): Promise<FirstLoad> {
  const pageUrl = new URL(pagePath, base).href;
  const htmlRes = await get(pageUrl);
  if (htmlRes.status !== 200) throw new Error(`${pagePath} answered ${htmlRes.status}`);
  const htmlGz = await sentBytes(pageUrl, "gzip", htmlRes.body);
  const origin = new URL(base).origin;

  const queue: { url: URL; via: string }[] = [];
  const seen = new Set<string>();
  const enqueue = (ref: string, from: string, via: string) => {
    let u: URL;
    try {
      u = new URL(ref, from);
    } catch {
      return;
    }
    if (u.origin !== origin || !kindOf(u)) return;
    u.hash = "";
    if (seen.has(u.href)) return;
    seen.add(u.href);
    queue.push({ url: u, via });
  };
  for (const { ref, via } of assetRefsFromHtml(htmlRes.body.toString("utf8"))) enqueue(ref, pageUrl, via);

  const assets: AssetWeight[] = [];
  while (queue.length) {
    checkInterrupted();
    const next = queue.shift();
    if (!next) break;
    const kind = kindOf(next.url);
    if (!kind) continue;
    const raw = await get(next.url.href);
    if (raw.status !== 200) throw new Error(`${next.url.pathname} (${next.via} on ${pagePath}) answered ${raw.status}`);
    const gz = await sentBytes(next.url.href, "gzip", raw.body);
    const br = await sentBytes(next.url.href, "br", raw.body);
    assets.push({
      url: next.url.pathname,
      kind,
      via: next.via,
      identity: raw.body.length,
      gzip: gz.bytes,
      gzipBy: gz.by,
      br: br.bytes,
      brBy: br.by,
    });
    for (const ref of staticImportsOf(kind, raw.body.toString("utf8"))) enqueue(ref, next.url.href, "static-import");
  }

  const sum = (list: AssetWeight[], key: "identity" | "gzip" | "br") => list.reduce((t, a) => t + a[key], 0);
  return {
    page: pagePath,
    html: { identity: htmlRes.body.length, gzip: htmlGz.bytes },
    assets,
    totals: {
      identity: sum(assets, "identity"),
      gzip: sum(assets, "gzip"),
      br: sum(assets, "br"),
      css: { gzip: sum(assets.filter((a) => a.kind === "css"), "gzip") },
      js: { gzip: sum(assets.filter((a) => a.kind === "js"), "gzip") },
    },
    notPreloaded: assets.filter((a) => a.via === "static-import").map((a) => a.url),
  };
}

// ---------------------------------------------------------------------------------------------
// nginx ceiling

function ensureNginx(): { ok: true } | { ok: false; reason: string } {
  if (existsSync(NGINX)) return { ok: true };
  if (process.getuid?.() !== 0) {
    return { ok: false, reason: `${NGINX} not found: install Debian's nginx (sudo apt-get install nginx-light) to get the ceiling` };
  }
  console.log("nginx is missing: installing Debian's nginx-light…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx-light"], { stdio: "inherit", env: aptEnv });
  if (install().status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env: aptEnv });
    install();
  }
  return existsSync(NGINX) ? { ok: true } : { ok: false, reason: "apt-get install nginx-light failed: no nginx ceiling" };
}

function nginxVersion(): string {
  const r = spawnSync(NGINX, ["-v"], { encoding: "utf8" });
  return `${r.stderr ?? ""}${r.stdout ?? ""}`.trim().replace(/^nginx version:\s*/, "");
}

interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

async function startNginx(pages: { path: string; html: Buffer }[]): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sportello-bench-nginx-"));
  // nginx workers run as `nobody` when the master is root: let them read the pages.
  chmodSync(dir, 0o755);
  const htmlDir = path.join(dir, "html");
  mkdirSync(htmlDir, { recursive: true, mode: 0o755 });
  const locations: string[] = [];
  pages.forEach((p, i) => {
    const file = `page-${i}.html`;
    writeFileSync(path.join(htmlDir, file), p.html, { mode: 0o644 });
    // `location =` matches the path only: /cerca serves the saved search for ?q=tari.
    const locPath = new URL(p.path, "http://x").pathname;
    locations.push(`    location = ${locPath} { try_files /${file} =404; }`);
  });
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes auto;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  default_type text/html;
  charset utf-8;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  ${LOAD_GZIP ? "gzip on; gzip_comp_level 6; gzip_min_length 1024;" : "gzip off;"}
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${htmlDir};
${locations.join("\n")}
    location / { return 404; }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-c", conf, "-p", `${dir}/`, "-e", `${dir}/error.log`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.push({ name: "nginx", run: stop });
  const url = `http://127.0.0.1:${port}`;
  const first = pages[0]?.path ?? "/";
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, "utf8") : "";
      throw new Error(`nginx exited with ${child.exitCode}\n${log}`);
    }
    try {
      const res = await get(url + first);
      if (res.status === 200) break;
      throw new Error(`nginx answered ${res.status} for ${first}`);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(100);
  }
  return { url, stop };
}

// ---------------------------------------------------------------------------------------------
// Output

function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

type RunningDesk = { url: string; stop: () => Promise<void> };

async function answers(url: string): Promise<boolean> {
  try {
    return (await get(`${url}/healthz`)).status === 200;
  } catch {
    return false;
  }
}

/**
 * Loads every page on a running desk, then stops it. Should the desk stop answering during a run
 * (it crashed, or something outside killed it), says so, starts a fresh one and runs that page again
 * once, so that a stray kill does not leave a hole in the table.
 */
async function loadDesk(
  first: RunningDesk,
  pages: Page[],
  env: Record<string, string>,
): Promise<{ results: LoadResult[]; restarts: string[] }> {
  const { startServer } = await import("../tests/setup/server");
  let desk = first;
  const results: LoadResult[] = [];
  const restarts: string[] = [];
  for (const p of pages) {
    let r = await load(desk.url + p.path, `${p.name} ${p.path}`);
    if (r.errors > 0 && !(await answers(desk.url))) {
      const note = `the desk stopped answering during ${p.path} (${r.errors} connection errors): restarted it and ran the page again`;
      console.warn(`  WARNING: ${note}`);
      restarts.push(note);
      await cleanups.pop()?.run();
      desk = await startServer(env);
      cleanups.push({ name: "desk", run: desk.stop });
      r = await load(desk.url + p.path, `${p.name} ${p.path} (again)`);
    }
    results.push(r);
  }
  await cleanups.pop()?.run();
  return { results, restarts };
}

interface PageResult {
  name: string;
  path: string;
  htmlBytes: number;
  pageCache: string;
  desk: LoadResult;
  deskNoCache?: LoadResult;
  nginx?: LoadResult;
  ratio?: number;
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_BUILD)) {
    console.error("build/server/index.js is missing: run npm run build first");
    process.exit(1);
  }
  process.chdir(ROOT); // server.ts imports ./build relative to the working directory
  const { startServer } = await import("../tests/setup/server");

  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
  const started = new Date();
  console.log(
    `bench: ${machine.cores} cores (${machine.cpu}), node ${machine.node}; desk with ${WORKERS} workers; ` +
      `autocannon ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per page, keep-alive, no pipelining` +
      (LOAD_GZIP ? ", Accept-Encoding: gzip" : ""),
  );
  console.log("       note: the load generator runs on the same machine and takes one core of its own.\n");

  // 1. Desk with its default page cache -------------------------------------------------------
  console.log(`== desk, page cache at its default (WEB_CONCURRENCY=${WORKERS})`);
  const desk = await startServer({ WEB_CONCURRENCY: String(WORKERS) });
  cleanups.push({ name: "desk", run: desk.stop });

  const catalogue = await get(`${desk.url}/servizi`);
  if (catalogue.status !== 200) throw new Error(`/servizi answered ${catalogue.status}`);
  const pages: Page[] = [
    { name: "home", path: "/" },
    { name: "catalogue", path: "/servizi" },
    { name: "service", path: firstServiceLink(catalogue.body.toString("utf8"), desk.url) },
    { name: "search", path: "/cerca?q=tari" },
  ];

  // Save each page's HTML once (for nginx) and see whether the micro-cache keeps it.
  const saved: { path: string; html: Buffer }[] = [];
  const cacheState: string[] = [];
  for (const p of pages) {
    const res = await get(desk.url + p.path);
    if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}: the benchmark needs every page to answer 200`);
    saved.push({ path: p.path, html: res.body });
    // The micro-cache lives in each worker: ask a few times so that every worker has seen the page.
    let state = "not cached";
    for (let i = 0; i < WORKERS * 2 + 1 && state !== "hit"; i++) {
      const again = await get(desk.url + p.path);
      state = String(again.headers["x-page-cache"] ?? "not cached");
    }
    cacheState.push(state);
  }

  console.log("  first-load CSS + JS (home and service page)…");
  const firstLoads = [await firstLoad(desk.url, "/"), await firstLoad(desk.url, pages[2]?.path ?? "/")];

  const deskRun = await loadDesk(desk, pages, { WEB_CONCURRENCY: String(WORKERS) });
  const deskResults = deskRun.results;

  // 2. Desk with the page cache off ------------------------------------------------------------
  console.log(`\n== desk, page cache off (PAGE_CACHE_TTL_MS=0)`);
  const noCacheEnv = { WEB_CONCURRENCY: String(WORKERS), PAGE_CACHE_TTL_MS: "0" };
  const deskNoCache = await startServer(noCacheEnv);
  cleanups.push({ name: "desk", run: deskNoCache.stop });
  const noCacheRun = await loadDesk(deskNoCache, pages, noCacheEnv);
  const noCacheResults = noCacheRun.results;

  // 3. nginx serving the same HTML -------------------------------------------------------------
  console.log(`\n== nginx serving the same HTML (ceiling)`);
  const nginxCheck = ensureNginx();
  let nginxResults: LoadResult[] | undefined;
  let nginxInfo: { version: string } | { skipped: string };
  if (nginxCheck.ok) {
    nginxInfo = { version: nginxVersion() };
    const nginx = await startNginx(saved);
    nginxResults = [];
    for (const p of pages) nginxResults.push(await load(nginx.url + p.path, `${p.name} ${p.path}`));
    await cleanups.pop()?.run();
  } else {
    console.log(`  skipped: ${nginxCheck.reason}`);
    nginxInfo = { skipped: nginxCheck.reason };
  }

  // 4. Report ------------------------------------------------------------------------------------
  const results: PageResult[] = pages.map((p, i) => {
    const d = deskResults[i] as LoadResult;
    const n = nginxResults?.[i];
    return {
      name: p.name,
      path: p.path,
      htmlBytes: saved[i]?.html.length ?? 0,
      pageCache: cacheState[i] ?? "",
      desk: d,
      deskNoCache: noCacheResults[i],
      nginx: n,
      ratio: n && n.rps > 0 ? d.rps / n.rps : undefined,
    };
  });

  const targets: { target: string; value: string; pass: boolean | null }[] = [];
  for (const r of results) {
    targets.push({
      target: `${r.name}: desk ≥ ${TARGET_RATIO * 100}% of nginx req/s`,
      value: r.ratio === undefined ? "no nginx" : `${(r.ratio * 100).toFixed(1)}%`,
      pass: r.ratio === undefined ? null : r.ratio >= TARGET_RATIO,
    });
  }
  for (const r of results) {
    targets.push({
      target: `${r.name}: p99 < ${TARGET_P99_MS} ms at ${CONNECTIONS} connections`,
      value: `${r.desk.latencyMs.p99} ms`,
      pass: r.desk.latencyMs.p99 < TARGET_P99_MS && r.desk.errors === 0 && r.desk.non2xx === 0,
    });
  }
  for (const f of firstLoads) {
    targets.push({
      target: `first load ${f.page}: CSS + JS ≤ ${TARGET_FIRST_LOAD_BYTES / 1000} kB gzip`,
      value: kb(f.totals.gzip),
      pass: f.totals.gzip <= TARGET_FIRST_LOAD_BYTES,
    });
  }

  const report = {
    date: started.toISOString(),
    machine,
    settings: {
      connections: CONNECTIONS,
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      pipelining: 1,
      keepAlive: true,
      loadHeaders: LOAD_HEADERS,
      webConcurrency: WORKERS,
      pageCache: "default (PAGE_CACHE_TTL_MS unset) vs PAGE_CACHE_TTL_MS=0",
    },
    nginx: nginxInfo,
    restarts: [...deskRun.restarts, ...noCacheRun.restarts],
    pages: results,
    firstLoad: firstLoads,
    targets,
  };
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);

  const na = "-";
  console.log(`\n== results (req/s = average of 1 s samples; latency in ms; ${CONNECTIONS} connections)\n`);
  console.log(
    table(
      ["page", "desk req/s", "p50", "p90", "p99", "err", "nginx req/s", "desk/nginx", "cache-off req/s", "cache-off p99", "page cache"],
      results.map((r) => [
        `${r.name} ${r.path}`,
        fmt(r.desk.rps),
        String(r.desk.latencyMs.p50),
        String(r.desk.latencyMs.p90),
        String(r.desk.latencyMs.p99),
        String(r.desk.errors + r.desk.non2xx),
        r.nginx ? fmt(r.nginx.rps) : na,
        r.ratio === undefined ? na : `${(r.ratio * 100).toFixed(1)}%`,
        r.deskNoCache ? fmt(r.deskNoCache.rps) : na,
        r.deskNoCache ? String(r.deskNoCache.latencyMs.p99) : na,
        r.pageCache,
      ]),
    ),
  );

  console.log(`\n== first-load CSS + JS (bytes on the wire; "local" = compressed here because the server sent it raw)\n`);
  console.log(
    table(
      ["page", "files", "CSS gzip", "JS gzip", "total gzip", "total br", "raw", "HTML gzip"],
      firstLoads.map((f) => [
        f.page,
        String(f.assets.length),
        kb(f.totals.css.gzip),
        kb(f.totals.js.gzip),
        kb(f.totals.gzip),
        kb(f.totals.br),
        kb(f.totals.identity),
        kb(f.html.gzip),
      ]),
    ),
  );
  for (const f of firstLoads) {
    const local = f.assets.filter((a) => a.gzipBy === "local" || a.brBy === "local").length;
    if (local) console.log(`  ${f.page}: ${local} file(s) were not compressed by the server (size counted after local compression)`);
    if (f.notPreloaded.length) console.log(`  ${f.page}: imported but not preloaded: ${f.notPreloaded.join(", ")}`);
  }

  console.log("\n== targets\n");
  console.log(
    table(
      ["target", "measured", "result"],
      targets.map((t) => [t.target, t.value, t.pass === null ? "SKIP" : t.pass ? "PASS" : "FAIL"]),
    ),
  );
  for (const note of report.restarts) console.log(`\nWARNING: ${note}`);
  const failed = targets.filter((t) => t.pass === false).length;
  console.log(
    `\n${failed ? `${failed} target(s) FAIL` : "all targets PASS"}; full results in ${path.relative(ROOT, RESULTS_FILE)}`,
  );
}

try {
  await main();
} catch (error) {
  if (!interrupted) {
    console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  await cleanupAll();
}
if (!interrupted) process.exit(process.exitCode ?? 0);
