/**
 * The accessibility run with the reading preferences on (issue 7 §1: "with each preference on, every
 * page still passes the axe run and the reflow check"; docs/decisions/0017-reading-preferences.md).
 *
 * After its own pass, run.ts starts one child run per preference pass (`--preferences=<pass>`): a
 * fresh process (the states' own once-per-run memory starts empty) on a fresh server and database, so
 * the states replay exactly as in the first pass. In a child every browser context carries the
 * preferences cookie, each state runs at the pass's viewport, and the checks of the pass are added:
 * that <html> really carries the preferences, axe's AAA contrast rule (7:1) when the contrast is on,
 * no running animation when motion is reduced.
 *
 *   A11Y_PREFERENCES=off      only the normal pass
 *   (unset) or =sample        also every preference at once on the sample below (what npm test runs:
 *                             the full passes would take CI past its 30 minutes on 2 CPUs)
 *   A11Y_PREFERENCES=all      every preference at once on every state
 *   A11Y_PREFERENCES=on       that, plus each preference alone on the sample (the release run)
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { type AxeFinding, type CheckResult, simplify } from "./axe-runner";
import type { PageState } from "./pages";

export interface PreferencePass {
  name: string;
  /** The cookie's value (app/domain/reading-preferences.ts: "t200" then one letter per switch). */
  value: string;
  /** Every state, or only the sample. */
  scope: "every" | "sample";
  /** Forced viewport (the worst case for reflow), or the state's own. */
  viewport?: { width: number; height: number };
}

const COOKIE = "prefs";
const NARROW = { width: 320, height: 640 };

export const PREFERENCE_PASSES: readonly PreferencePass[] = [
  // Everything at once, 320 px wide: the largest text in the narrowest window, with the extra
  // spacing and the wider font, is where text overflows or gets clipped; the only colour change.
  { name: "all", value: "t200csmf", scope: "every", viewport: NARROW },
  { name: "text-200", value: "t200", scope: "sample" },
  { name: "contrast", value: "t100c", scope: "sample" },
  { name: "spacing", value: "t100s", scope: "sample" },
  { name: "motion", value: "t100m", scope: "sample" },
  { name: "font", value: "t100f", scope: "sample" },
];

/**
 * The sample each single preference is checked on (the pass with all of them at once covers every
 * state): the home page, a service page, search results at 320 px, a step of the application flow
 * with errors and its summary, the personal area, a back-office table, the plan at 320 px and the
 * preferences page itself.
 */
export const SAMPLE = [
  "home",
  "servizio-tari",
  "mobile-cerca-risultati",
  "area-personale",
  "domanda-passo-locali-errore",
  "domanda-riepilogo",
  "gestione-domande",
  "piano-integrato-mobile",
  "preferenze",
] as const;

/** The pass this process runs (`--preferences=<name>`), or null for the normal pass. */
export function passFromArgs(argv: string[]): PreferencePass | null {
  const arg = argv.find((a) => a.startsWith("--preferences="));
  if (!arg) return null;
  const pass = PREFERENCE_PASSES.find((p) => p.name === arg.slice("--preferences=".length));
  if (!pass) throw new Error(`unknown preference pass ${arg}`);
  return pass;
}

/** States that save other preferences themselves: the pass's own would not be on at the end. */
const CHANGES_PREFERENCES = ["preferenze-salvate"];

/** The states of a pass, renamed `<id>@<pass>` and at the pass's viewport. */
export function passStates(states: PageState[], pass: PreferencePass): PageState[] {
  return states
    .filter((s) => !CHANGES_PREFERENCES.includes(s.id))
    .filter((s) => pass.scope === "every" || (SAMPLE as readonly string[]).includes(s.id))
    .map((s) => ({ ...s, id: `${s.id}@${pass.name}`, viewport: pass.viewport ?? s.viewport }));
}

/**
 * Every context of a pass carries the preferences cookie, also after a state's setup clears the
 * cookies to log someone else in (the preferences belong to the browser, not to the session).
 */
export async function addPreferenceCookie(context: BrowserContext, baseURL: string, pass: PreferencePass): Promise<void> {
  const add = () => context.addCookies([{ name: COOKIE, value: pass.value, url: baseURL, sameSite: "Lax", httpOnly: true }]);
  const clear = context.clearCookies.bind(context);
  context.clearCookies = async (...args: Parameters<BrowserContext["clearCookies"]>) => {
    await clear(...args);
    await add();
  };
  await add();
}

/** Which of checks/page-checks.ts a state runs: all of them in the normal pass, what a preference can change in a pass. */
export function passCheckScope(pass: PreferencePass | null): "all" | "preferences" | "preferences-contrast" {
  if (!pass) return "all";
  return pass.value.slice(4).includes("c") ? "preferences-contrast" : "preferences";
}

/** The checks a pass adds to each state (after axe has been injected by runAxe). */
export async function passChecks(page: Page, pass: PreferencePass): Promise<{ violations: AxeFinding[]; checks: CheckResult[] }> {
  const checks: CheckResult[] = [];
  const html = await page.evaluate(() => ({
    // The auto-posting pages of the login (app/utils/auto-post.server.ts) are not built by the site's
    // layout: shown for an instant (or with a single button without JavaScript), they carry no preferences.
    layout: !!document.querySelector(".it-header-wrapper"),
    className: document.documentElement.className,
    size: document.documentElement.dataset.textSize ?? "100",
    rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
  }));
  const size = /^t(\d{3})/.exec(pass.value)?.[1] ?? "100";
  const wanted = [
    ["c", "stp-contrast"],
    ["s", "stp-spacing"],
    ["m", "stp-reduced-motion"],
    ["f", "stp-readable-font"],
  ].filter(([letter]) => pass.value.slice(4).includes(letter!));
  const missing = wanted.filter(([, cls]) => !html.className.split(" ").includes(cls!)).map(([, cls]) => cls!);
  const applied = missing.length === 0 && html.size === size && Math.abs(html.rootPx - (16 * Number(size)) / 100) < 0.5;
  if (!html.layout) checks.push({ id: "preferences-applied", passed: true, message: "page outside the site's layout (login auto-post): no preferences to apply" });
  else checks.push({
    id: "preferences-applied",
    passed: applied,
    message: applied
      ? `preferences ${pass.value} on <html>`
      : `preferences ${pass.value} not applied: classes "${html.className}", text size ${html.size}, root font ${html.rootPx}px${missing.length ? `, missing ${missing.join(" ")}` : ""}`,
  });

  let violations: AxeFinding[] = [];
  if (pass.value.slice(4).includes("c")) {
    // WCAG 1.4.6 (AAA): 7:1 for text, 4.5:1 for large text — what the high-contrast theme promises.
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: import("axe-core").Result[] }> } }).axe.run(document, {
        runOnly: { type: "rule", values: ["color-contrast-enhanced"] },
        resultTypes: ["violations"],
      }),
    );
    violations = simplify(results.violations);
  }
  if (pass.value.slice(4).includes("m")) {
    const running = await page.evaluate(() =>
      document.getAnimations().filter((a) => a.playState === "running").map((a) => (a as CSSAnimation).animationName || a.constructor.name),
    );
    checks.push({
      id: "reduced-motion",
      passed: running.length === 0,
      message: running.length === 0 ? "no running animation or transition" : `${running.length} animation(s) running with reduced motion on`,
      targets: running,
    });
  }
  return { violations, checks };
}

/**
 * Runs the preference passes the environment asks for, one child run after the other (the machine
 * has 2 CPUs: in parallel they would only slow each other down). `only`: the state ids the parent
 * run was given. Returns false when a pass failed.
 */
export async function runPreferencePasses(only: string[]): Promise<boolean> {
  const mode = process.env.A11Y_PREFERENCES ?? "sample";
  if (mode === "off") return true;
  const passes: PreferencePass[] =
    mode === "sample"
      ? PREFERENCE_PASSES.filter((p) => p.scope === "every").map((p) => ({ ...p, scope: "sample" }))
      : PREFERENCE_PASSES.filter((p) => mode !== "all" || p.scope === "every");
  const script = join(dirname(fileURLToPath(import.meta.url)), "run.ts");
  let ok = true;
  for (const pass of passes) {
    const ids = pass.scope === "sample" ? (only.length ? only : [...SAMPLE]).filter((id) => (SAMPLE as readonly string[]).includes(id)) : only;
    if (pass.scope === "sample" && only.length && ids.length === 0) continue;
    const started = Date.now();
    console.log(`\n== preferences pass "${pass.name}" (cookie ${pass.value}${pass.viewport ? `, ${pass.viewport.width}×${pass.viewport.height}` : ""}, ${pass.scope === "every" ? "every state" : "the sample"})`);
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", script, `--preferences=${pass.name}`, ...ids], { stdio: "inherit" });
      child.on("exit", (c) => resolve(c ?? 1));
    });
    console.log(`== preferences pass "${pass.name}": ${code === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (code !== 0) ok = false;
  }
  return ok;
}
