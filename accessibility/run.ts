/**
 * The accessibility run (`npm run test:a11y`, last step of `npm test`): starts the built desk on a
 * fresh seeded database, opens every page and state of pages.ts in Chromium (a fresh context each),
 * runs axe-core and the checks of axe-runner.ts, prints one line per state, writes
 * accessibility/report/latest.json and exits 1 on any violation or failed check.
 *
 *   npx tsx accessibility/run.ts                 every state
 *   npx tsx accessibility/run.ts home faq-aperte only these states (ids of pages.ts)
 *
 * Needs `npm run build` first and Debian's Chromium (tests/setup/browser.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../tests/setup/browser";
import { type RunningServer, startServer } from "../tests/setup/server";
import {
  AXE_TAGS,
  type AxeFinding,
  type CheckResult,
  pageFacts,
  reflowCheck,
  runAxe,
  skipLinkCheck,
  structureChecks,
  targetSizeCheck,
  type Warning,
} from "./axe-runner";
import { pageChecks, withoutExempt } from "./checks/page-checks";
import { DEFAULT_VIEWPORT, type Discover, documentKey, type PageState, pages } from "./pages";
import { addPreferenceCookie, passCheckScope, passChecks, passFromArgs, passStates, runPreferencePasses } from "./preferences";

const here = dirname(fileURLToPath(import.meta.url));
const REPORT_DIR = join(here, "report");
/** Set in the child runs of the reading preferences' passes (accessibility/preferences.ts). */
const PASS = passFromArgs(process.argv);
const REPORT_FILE = join(REPORT_DIR, PASS ? `preferences-${PASS.name}.json` : "latest.json");
const NAV_TIMEOUT = 30_000;
/** A state that takes longer is stopped and reported as failed (a hung page must not hang CI). */
const STATE_TIMEOUT = 120_000;

interface StateReport {
  id: string;
  description: string;
  path: string;
  url: string;
  lang: "it" | "en";
  viewport: { width: number; height: number };
  javaScriptEnabled: boolean;
  status: number | null;
  title: string;
  passed: boolean;
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  checks: CheckResult[];
  warnings: Warning[];
  consoleErrors: string[];
  durationMs: number;
}

// --- discovery of slugs from list pages -----------------------------------------------------

const linkCache = new Map<string, string[]>();

async function linksOf(context: BrowserContext, from: string): Promise<string[]> {
  const cached = linkCache.get(from);
  if (cached) return cached;
  const page = await context.newPage();
  try {
    const res = await page.goto(from, { waitUntil: "load", timeout: NAV_TIMEOUT });
    if (!res || res.status() !== 200) throw new Error(`${from} answered ${res?.status() ?? "nothing"}`);
    const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const paths = hrefs.map((h) => new URL(h).pathname);
    linkCache.set(from, paths);
    return paths;
  } finally {
    await page.close();
  }
}

async function resolvePath(context: BrowserContext, path: string, discover?: Discover): Promise<string> {
  if (!discover) return path;
  const slugs = [
    ...new Set(
      (await linksOf(context, discover.from))
        .map((p) => discover.pattern.exec(p)?.[1])
        .filter((s): s is string => !!s && !(discover.exclude ?? []).includes(s)),
    ),
  ];
  const slug = discover.pick === "last" ? slugs.at(-1) : slugs[0];
  if (!slug) throw new Error(`no link matching ${discover.pattern} on ${discover.from}`);
  return path.replace("{slug}", slug);
}

// --- one state --------------------------------------------------------------------------------

async function settle(page: Page) {
  // Hydration and fonts change sizes and focusable elements: wait for both before measuring.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function checkState(browser: Browser, baseURL: string, discoveryContext: BrowserContext, state: PageState): Promise<StateReport> {
  const started = Date.now();
  const lang = state.lang ?? "it";
  const viewport = state.viewport ?? DEFAULT_VIEWPORT;
  const javaScriptEnabled = state.javaScriptEnabled ?? true;
  const report: StateReport = {
    id: state.id,
    description: state.description,
    path: state.path,
    url: "",
    lang,
    viewport,
    javaScriptEnabled,
    status: null,
    title: "",
    passed: false,
    violations: [],
    incomplete: [],
    checks: [],
    warnings: [],
    consoleErrors: [],
    durationMs: 0,
  };
  const context = await browser.newContext({ baseURL, viewport, javaScriptEnabled, locale: lang === "en" ? "en-GB" : "it-IT" });
  try {
    if (PASS) await addPreferenceCookie(context, baseURL, PASS);
    report.path = await resolvePath(discoveryContext, state.path, state.discover);
    const page = await context.newPage();
    page.setDefaultTimeout(NAV_TIMEOUT);
    page.on("console", (m) => {
      if (m.type() === "error") report.consoleErrors.push(m.text().slice(0, 500));
    });
    page.on("pageerror", (e) => report.consoleErrors.push(`pageerror: ${e.message.slice(0, 500)}`));
    // The status of the last document the main frame loaded (after redirects and form posts).
    page.on("response", (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame() && (r.status() < 300 || r.status() >= 400)) {
        report.status = r.status();
      }
    });

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`timed out after ${STATE_TIMEOUT / 1000} s`));
        void context.close().catch(() => undefined);
      }, STATE_TIMEOUT);
    });
    const work = runChecks(page, state, report, lang, viewport);
    work.catch(() => undefined); // after a timeout its late rejection is expected and ignored
    try {
      await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  } catch (e) {
    report.checks.push({ id: "run", passed: false, message: `the state could not be checked: ${(e as Error).message.split("\n")[0]}` });
  } finally {
    await context.close().catch(() => undefined);
  }
  report.durationMs = Date.now() - started;
  return report;
}

/** Opens the state, reaches it with its setup, then runs axe and the checks, filling `report`. */
async function runChecks(page: Page, state: PageState, report: StateReport, lang: "it" | "en", viewport: { width: number; height: number }) {
  await page.goto(report.path, { waitUntil: "load" });
  await settle(page);
  if (state.setup) {
    try {
      await state.setup(page);
    } catch (e) {
      report.checks.push({ id: "setup", passed: false, message: `the state could not be reached: ${(e as Error).message.split("\n")[0]}` });
    }
    await settle(page);
  }

  const expectedStatus = state.status ?? 200;
  report.checks.push({
    id: "status",
    passed: report.status === expectedStatus,
    message: report.status === expectedStatus ? `HTTP ${report.status}` : `HTTP ${report.status}, expected ${expectedStatus}`,
  });

  const axe = await runAxe(page, { javaScriptEnabled: state.javaScriptEnabled ?? true });
  report.violations = axe.violations;
  report.incomplete = axe.incomplete;
  if (PASS) {
    const extra = await passChecks(page, PASS);
    report.violations.push(...extra.violations);
    report.checks.push(...extra.checks);
  }

  const facts = await pageFacts(page);
  report.url = facts.url;
  report.title = facts.title;
  report.checks.push(...structureChecks(facts, lang));
  if (viewport.width <= 320) report.checks.push(await reflowCheck(page));
  const targets = await targetSizeCheck(page);
  report.checks.push(targets.check);
  report.warnings.push(...targets.warnings);
  // Last: it moves the focus and the URL fragment.
  report.checks.push(await skipLinkCheck(page, lang, state.setup ? "reset" : "fresh"));
  // Focus visibility, headings and landmarks, title format, text spacing, colour modes, reflow (checks/page-checks.ts).
  report.checks.push(...(await pageChecks(page, { id: state.id, viewport, title: facts.title }, passCheckScope(PASS))).checks);
  report.checks = withoutExempt(state.id, report.checks);
}

/**
 * WCAG 2.4.2 (B6 #18): different documents have different titles across the whole run. A state
 * whose title was already seen on another document fails and names it (the first one stays ok).
 */
function titleUniqueness(report: StateReport, state: PageState, seen: Map<string, { key: string; id: string }[]>) {
  if (!report.title) return;
  const key = documentKey(state, report.path);
  const previous = seen.get(report.title) ?? [];
  const clash = previous.filter((p) => p.key !== key);
  report.checks.push(
    clash.length
      ? { id: "title-unique", passed: false, message: `title "${report.title}" is already the title of ${clash.map((c) => `${c.id} (${c.key})`).join(", ")}` }
      : { id: "title-unique", passed: true, message: "title unique in the run" },
  );
  seen.set(report.title, [...previous, { key, id: state.id }]);
}

// --- output -----------------------------------------------------------------------------------

function printState(r: StateReport) {
  const failedChecks = r.checks.filter((c) => !c.passed);
  const ruleIds = [...r.violations.map((v) => v.id), ...failedChecks.map((c) => `check:${c.id}`)];
  const extra = [
    r.incomplete.length ? `${r.incomplete.length} incomplete to review` : "",
    r.warnings.length ? `${r.warnings.reduce((n, w) => n + (w.targets?.length ?? 1), 0)} target(s) under 44×44` : "",
    `${(r.durationMs / 1000).toFixed(1)} s`,
  ]
    .filter(Boolean)
    .join(", ");
  const final = r.url ? new URL(r.url) : undefined;
  const landed = final && `${final.pathname}${final.search}` !== r.path ? ` → ${final.pathname}${final.search}` : "";
  console.log(
    `${r.passed ? "ok  " : "FAIL"}  ${r.id.padEnd(24)} ${r.path}${landed}${ruleIds.length ? `  [${ruleIds.join(", ")}]` : ""}${extra ? `  (${extra})` : ""}`,
  );
  for (const v of r.violations) {
    console.log(`        axe ${v.id} (${v.impact ?? "n/a"}): ${v.help} — ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 10)) console.log(`            ${n.target.join(" ")}`);
    if (v.nodes.length > 10) console.log(`            … and ${v.nodes.length - 10} more (see the report)`);
  }
  for (const c of failedChecks) {
    console.log(`        check ${c.id}: ${c.message}`);
    for (const t of (c.targets ?? []).slice(0, 10)) console.log(`            ${t}`);
    if ((c.targets?.length ?? 0) > 10) console.log(`            … and ${c.targets!.length - 10} more (see the report)`);
  }
}

function writeReport(reports: StateReport[], startedAt: Date, baseUrl: string) {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(join(REPORT_DIR, ".gitignore"), "*\n");
  const summary = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    server: baseUrl,
    axeTags: AXE_TAGS,
    states: reports.length,
    passed: reports.filter((r) => r.passed).length,
    failed: reports.filter((r) => !r.passed).length,
    violations: reports.reduce((n, r) => n + r.violations.length, 0),
    incomplete: reports.reduce((n, r) => n + r.incomplete.length, 0),
  };
  writeFileSync(REPORT_FILE, `${JSON.stringify({ summary, states: reports }, null, 2)}\n`);
}

// --- main -------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = only.filter((id) => !pages.some((p) => p.id === id));
  if (unknown.length) {
    console.error(`unknown state id(s): ${unknown.join(", ")}`);
    return 2;
  }
  const ids = new Set(pages.map((p) => p.id));
  if (ids.size !== pages.length) {
    console.error("accessibility/pages.ts: state ids are not unique");
    return 2;
  }
  const chosen = only.length ? pages.filter((p) => only.includes(p.id)) : pages;
  const selected = PASS ? passStates(chosen, PASS) : chosen;

  const startedAt = new Date();
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const reports: StateReport[] = [];
  let aborted = false;
  try {
    server = await startServer({ PAGE_CACHE_TTL_MS: "0", DEMO_MODE: "true" });
    browser = await launchChromium();
    console.log(`axe-core in Chromium ${browser.version()} on ${server.url}: ${selected.length} pages and states`);
    const discovery = await browser.newContext({ baseURL: server.url, viewport: DEFAULT_VIEWPORT });
    try {
      const titles = new Map<string, { key: string; id: string }[]>();
      for (const state of selected) {
        const r = await checkState(browser, server.url, discovery, state);
        titleUniqueness(r, state, titles);
        r.passed = r.violations.length === 0 && r.checks.every((c) => c.passed);
        printState(r);
        reports.push(r);
      }
    } finally {
      await discovery.close().catch(() => undefined);
    }
  } catch (e) {
    // The server or the browser did not start (or died): every state not checked counts as failed.
    aborted = true;
    console.error(`the accessibility run stopped: ${(e as Error).stack ?? String(e)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  }
  writeReport(reports, startedAt, server?.url ?? "");
  console.log(`report: ${relative(process.cwd(), REPORT_FILE)}`);
  const passed = reports.filter((r) => r.passed).length;
  const failed = (aborted ? selected.length : reports.length) - passed;
  console.log(`${passed} passed, ${failed} failed`);
  // The same states with the reading preferences on, in child runs (accessibility/preferences.ts).
  const preferencesPassed = PASS ? true : await runPreferencePasses(only);
  return failed > 0 || aborted || !preferencesPassed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
