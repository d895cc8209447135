import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, ImpactValue, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

/**
 * axe-core in the page plus the checks axe cannot make (../shared/design/accessibility.md, B5 and
 * B6 #3, #4, #7, #18): one h1, the document language, a main landmark, the skip link reached by the
 * first Tab and moving focus into the content, reflow at 320 px, target sizes.
 */

/** The rule sets of B5: WCAG 2.0/2.1/2.2 A and AA plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

export const SKIP_LINK_TEXT = { it: "Vai al contenuto principale", en: "Skip to main content" } as const;

/** WCAG 2.5.8 (AA) minimum and the 44×44 goal this desk sets for its older readers (B2). */
export const TARGET_MIN = 24;
export const TARGET_GOAL = 44;

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}

export interface AxeFinding {
  id: string;
  impact: ImpactValue | null | undefined;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: AxeNode[];
}

export interface CheckResult {
  /** Short id: h1, lang, main, skip-link, reflow, target-size, status, title-unique, setup… */
  id: string;
  passed: boolean;
  message: string;
  /** CSS selectors (and a short text) of the elements concerned. */
  targets?: string[];
}

export interface Warning {
  id: string;
  message: string;
  targets?: string[];
}

export interface AxeOutcome {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  passes: number;
  inapplicable: number;
  testEngine: string;
}

/**
 * tsx (esbuild with keepNames) wraps named inner functions in `__name(fn, "name")`; the functions
 * passed to `page.evaluate` are serialised with those calls, so the page needs a no-op `__name`.
 * Evaluated as a string so that it is not rewritten itself.
 */
export async function shimNames(page: Page): Promise<void> {
  await page.evaluate("window.__name = window.__name || function (fn) { return fn; }; undefined");
}

let axeSource: string | undefined;

/** The source of axe-core's `axe.min.js`, from the npm package the project depends on. */
export function loadAxeSource(): string {
  if (!axeSource) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  }
  return axeSource;
}

export function simplify(results: Result[]): AxeFinding[] {
  return results.map((r) => ({
    id: r.id,
    impact: r.impact,
    help: r.help,
    helpUrl: r.helpUrl,
    tags: r.tags,
    nodes: r.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))),
      html: n.html.length > 300 ? `${n.html.slice(0, 300)}…` : n.html,
      failureSummary: n.failureSummary,
    })),
  }));
}

/**
 * In a context with JavaScript disabled (the no-JS states) the DevTools protocol can still evaluate
 * code and run microtasks, but a `<script>` element never runs and timer callbacks never fire, so
 * `axe.run` would wait forever. There axe's source is evaluated directly and `setTimeout` is
 * replaced for the page (where no script of the app runs anyway): a zero delay (axe's way of
 * yielding) becomes a microtask, a longer one (only guard timeouts: frame pings, preload, cache
 * expiry) never fires, which is what happens when the guarded work finishes in time.
 */
const NO_SCRIPT_TIMERS = `(() => {
  let next = 1;
  const cancelled = new Set();
  window.setTimeout = function (fn, ms, ...args) {
    const id = next++;
    if (!ms) Promise.resolve().then(() => { if (!cancelled.has(id) && typeof fn === "function") fn(...args); });
    return id;
  };
  window.clearTimeout = function (id) { cancelled.add(id); };
})(); undefined`;

/**
 * Injects axe-core and runs it on the whole document with the tags of B5. No
 * rule is disabled: every violation is a finding. `incomplete` (what axe cannot decide, e.g.
 * contrast over an image) is returned for manual review.
 */
export async function runAxe(page: Page, { javaScriptEnabled = true }: { javaScriptEnabled?: boolean } = {}): Promise<AxeOutcome> {
  const source = loadAxeSource();
  const hasAxe = () => page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!(await hasAxe())) {
    // Evaluated through the DevTools protocol, not as a <script> tag: the desk's Content-Security-Policy
    // (nonce-only scripts) would refuse an injected tag, and must stay as strict under test as in use.
    // `undefined` at the end: the value of the expression (axe itself) is not sent back.
    await page.evaluate(`${source}\n;window.axe = axe; undefined`);
    if (!javaScriptEnabled) await page.evaluate(NO_SCRIPT_TIMERS);
    if (!(await hasAxe())) throw new Error("axe-core could not be injected");
  }
  // label-content-name-mismatch (WCAG 2.5.3) is "experimental" in axe, so off unless enabled by name.
  const options: RunOptions = {
    runOnly: { type: "tag", values: [...AXE_TAGS] },
    rules: { "label-content-name-mismatch": { enabled: true } },
    resultTypes: ["violations", "incomplete"],
  };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, opts),
    options,
  );
  return {
    violations: simplify(results.violations),
    incomplete: simplify(results.incomplete),
    passes: results.passes.length,
    inapplicable: results.inapplicable.length,
    testEngine: `${results.testEngine.name} ${results.testEngine.version}`,
  };
}

// --- structure: one h1, lang, main ----------------------------------------------------------

export interface PageFacts {
  title: string;
  lang: string | null;
  h1: string[];
  mains: number;
  url: string;
}

export async function pageFacts(page: Page): Promise<PageFacts> {
  await shimNames(page);
  return page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.getAttribute("lang"),
    h1: [...document.querySelectorAll("h1")].map((h) => (h.textContent ?? "").trim().replace(/\s+/g, " ")),
    mains: document.querySelectorAll("main, [role=main]").length,
    url: location.href,
  }));
}

export function structureChecks(facts: PageFacts, expectedLang: "it" | "en"): CheckResult[] {
  const langOk = facts.lang === expectedLang || (facts.lang ?? "").toLowerCase().startsWith(`${expectedLang}-`);
  return [
    {
      id: "h1",
      passed: facts.h1.length === 1,
      message:
        facts.h1.length === 1
          ? `one h1: "${facts.h1[0]}"`
          : `expected exactly one h1, found ${facts.h1.length}${facts.h1.length ? `: ${facts.h1.map((h) => `"${h}"`).join(", ")}` : ""}`,
      targets: facts.h1.length === 1 ? undefined : ["h1"],
    },
    {
      id: "lang",
      passed: langOk,
      message: langOk ? `html[lang="${facts.lang}"]` : `html[lang] is ${JSON.stringify(facts.lang)}, expected "${expectedLang}"`,
      targets: langOk ? undefined : ["html"],
    },
    {
      id: "main",
      passed: facts.mains >= 1,
      message: facts.mains >= 1 ? `${facts.mains} main landmark(s)` : "no main landmark (<main> or [role=main])",
    },
    {
      id: "title",
      passed: facts.title.trim().length > 0,
      message: facts.title.trim() ? `title "${facts.title}"` : "the page has no <title>",
      targets: facts.title.trim() ? undefined : ["head > title"],
    },
  ];
}

// --- keyboard: skip link ----------------------------------------------------------------------

interface FocusInfo {
  tag: string;
  text: string;
  href: string | null;
  selector: string;
  inMain: boolean;
}

/** Describes the focused element (in the page, with no helper of ours left behind). */
async function focusInfo(page: Page): Promise<FocusInfo> {
  await shimNames(page);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const path = (node: Element | null): string => {
      const parts: string[] = [];
      for (let n = node; n && n !== document.documentElement; n = n.parentElement) {
        if (n.id) {
          parts.unshift(`${n.tagName.toLowerCase()}#${n.id}`);
          break;
        }
        const cls = [...n.classList].slice(0, 2).map((c) => `.${c}`).join("");
        parts.unshift(`${n.tagName.toLowerCase()}${cls}`);
      }
      return parts.join(" > ") || "body";
    };
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.innerText || el?.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ").slice(0, 80),
      href: el?.getAttribute("href") ?? null,
      selector: el ? path(el) : "",
      inMain: !!el?.closest("#main-content"),
    };
  });
}

/**
 * WCAG 2.4.1 (B6 #3): the first Tab from the top of the page focuses the skip link and Enter on it
 * moves the focus into `#main-content`. When the state's setup has already moved the focus, the
 * sequential-focus starting point is first put back at the top of the body.
 */
export async function skipLinkCheck(page: Page, lang: "it" | "en", fromTop: "fresh" | "reset"): Promise<CheckResult> {
  const expected = SKIP_LINK_TEXT[lang];
  await page.evaluate((mode) => {
    window.scrollTo(0, 0);
    if (mode === "reset" || document.activeElement !== document.body) {
      (document.activeElement as HTMLElement | null)?.blur();
      // A non-tabbable anchor at the very top: focusing it moves the starting point of sequential
      // focus navigation there, as if the page had just been loaded; it is removed after the Tab.
      const start = document.createElement("span");
      start.tabIndex = -1;
      start.id = "__a11y-focus-start";
      document.body.prepend(start);
      start.focus();
    }
  }, fromTop);
  await page.keyboard.press("Tab");
  await page.evaluate(() => document.getElementById("__a11y-focus-start")?.remove());
  const first = await focusInfo(page);
  const isSkip = first.tag === "a" && first.text === expected && (first.href ?? "").endsWith("#main-content");
  if (!isSkip) {
    return {
      id: "skip-link",
      passed: false,
      message: `first Tab focused <${first.tag || "nothing"}> "${first.text}"${first.href ? ` (href ${first.href})` : ""}, expected the link "${expected}" to #main-content`,
      targets: [first.selector || "body"],
    };
  }
  await page.keyboard.press("Enter");
  await page.waitForTimeout(100);
  const after = await focusInfo(page);
  if (!after.inMain) {
    return {
      id: "skip-link",
      passed: false,
      message: `Enter on "${expected}" left the focus on <${after.tag || "nothing"}> "${after.text}", outside #main-content`,
      targets: [after.selector || "body"],
    };
  }
  return { id: "skip-link", passed: true, message: `first Tab → "${expected}", Enter → focus in #main-content (${after.selector})` };
}

// --- reflow at 320 px ------------------------------------------------------------------------

/**
 * WCAG 1.4.10 (B6 #4): at 320 CSS px nothing scrolls sideways. On failure it names the outermost
 * elements that stick out to the right (content inside its own scrolling container is allowed).
 */
export async function reflowCheck(page: Page): Promise<CheckResult> {
  await shimNames(page);
  const r = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const out: string[] = [];
    const scrollsOwnX = (el: Element) => {
      const s = getComputedStyle(el);
      return ["auto", "scroll", "hidden", "clip"].includes(s.overflowX);
    };
    const describe = (el: Element) => {
      const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join("");
      const id = el.id ? `#${el.id}` : "";
      const text = ((el as HTMLElement).innerText || "").trim().replace(/\s+/g, " ").slice(0, 40);
      const right = Math.round(el.getBoundingClientRect().right);
      return `${el.tagName.toLowerCase()}${id}${cls} (right edge ${right}px${text ? `, "${text}"` : ""})`;
    };
    const walk = (el: Element) => {
      if (out.length >= 8) return;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 1) {
        // Report the deepest element still sticking out, not all its ancestors.
        const kids = [...el.children].filter((c) => {
          const cr = c.getBoundingClientRect();
          return cr.width > 0 && cr.right > width + 1;
        });
        if (kids.length === 0 || scrollsOwnX(el)) out.push(describe(el));
        else kids.forEach(walk);
        return;
      }
      if (scrollsOwnX(el) && el !== document.body) return;
      [...el.children].forEach(walk);
    };
    walk(document.body);
    return { scrollWidth: root.scrollWidth, clientWidth: width, out };
  });
  const passed = r.scrollWidth <= r.clientWidth;
  return {
    id: "reflow",
    passed,
    message: passed
      ? `no horizontal scrolling at ${r.clientWidth}px`
      : `documentElement.scrollWidth ${r.scrollWidth} > clientWidth ${r.clientWidth}: the page scrolls sideways at 320 CSS px (WCAG 1.4.10)`,
    targets: passed ? undefined : r.out,
  };
}

// --- target size -----------------------------------------------------------------------------

interface TargetMeasure {
  selector: string;
  width: number;
  height: number;
  inlineText: boolean;
}

/**
 * WCAG 2.5.8 (B6 #7): every visible `a, button, input, select, textarea, summary, [role=button]` is
 * at least 24×24 CSS px, unless it is an inline link inside a text block (p, li, dd, address).
 * Under the 44×44 goal is a warning. A visually hidden input (custom radio or star) is measured
 * through its label, which is what the pointer actually hits.
 */
export async function targetSizeCheck(page: Page): Promise<{ check: CheckResult; warnings: Warning[] }> {
  await shimNames(page);
  const measures: TargetMeasure[] = await page.evaluate(() => {
    const isInline = (d: string) => d === "inline" || d === "contents";
    const path = (node: Element): string => {
      const parts: string[] = [];
      for (let n: Element | null = node; n && n !== document.documentElement; n = n.parentElement) {
        if (n.id) {
          parts.unshift(`${n.tagName.toLowerCase()}#${CSS.escape(n.id)}`);
          break;
        }
        let part = n.tagName.toLowerCase();
        const cls = [...n.classList].filter((c) => !/^(col|row|g|mb|mt|my|me|ms|p[xy]?|d)-/.test(c)).slice(0, 2);
        part += cls.map((c) => `.${CSS.escape(c)}`).join("");
        const parent: Element | null = n.parentElement;
        if (parent) {
          const same = [...parent.children].filter((c) => c.tagName === n!.tagName);
          if (same.length > 1) part += `:nth-of-type(${same.indexOf(n) + 1})`;
        }
        parts.unshift(part);
        if (parts.length >= 5) break;
      }
      return parts.join(" > ");
    };
    const label = (el: Element) => {
      const text = ((el as HTMLElement).innerText || el.getAttribute("aria-label") || el.getAttribute("value") || "").trim().replace(/\s+/g, " ");
      return text ? ` "${text.slice(0, 40)}"` : "";
    };
    const rendered = (el: Element) => {
      if (el.getClientRects().length === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== "hidden" && s.display !== "none";
    };
    const visuallyHidden = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.opacity === "0" || r.width <= 1 || r.height <= 1 || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(s.clip) || s.clipPath === "inset(50%)";
    };
    const out: { selector: string; width: number; height: number; inlineText: boolean }[] = [];
    const seen = new Set<Element>();
    for (const el of document.querySelectorAll("a, button, input, select, textarea, summary, [role=button]")) {
      if (el instanceof HTMLInputElement && el.type === "hidden") continue;
      if ((el as HTMLButtonElement).disabled) continue;
      if (!rendered(el)) continue;
      let target: Element = el;
      if (visuallyHidden(el)) {
        // A custom control: the visible label is the target. Otherwise (e.g. a skip link that shows
        // only on focus) there is nothing to hit with a pointer.
        const lab = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
        if (!lab || !rendered(lab) || visuallyHidden(lab)) continue;
        target = lab;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      const rect = target.getBoundingClientRect();
      let inlineText = false;
      if (target.tagName === "A" && isInline(getComputedStyle(target).display)) {
        let block: Element | null = target.parentElement;
        while (block && isInline(getComputedStyle(block).display)) block = block.parentElement;
        inlineText = !!block && ["P", "LI", "DD", "ADDRESS"].includes(block.tagName);
      }
      out.push({
        selector: `${path(target)}${label(target)}`,
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
        inlineText,
      });
    }
    return out;
  });
  const small = measures.filter((m) => !m.inlineText && (m.width < TARGET_MIN || m.height < TARGET_MIN));
  const underGoal = measures.filter(
    (m) => !m.inlineText && m.width >= TARGET_MIN && m.height >= TARGET_MIN && (m.width < TARGET_GOAL || m.height < TARGET_GOAL),
  );
  const fmt = (m: TargetMeasure) => `${m.selector} (${m.width}×${m.height})`;
  const warnings: Warning[] = underGoal.length
    ? [{ id: "target-size-goal", message: `${underGoal.length} target(s) under the ${TARGET_GOAL}×${TARGET_GOAL} goal`, targets: underGoal.map(fmt) }]
    : [];
  return {
    check: {
      id: "target-size",
      passed: small.length === 0,
      message: small.length
        ? `${small.length} target(s) smaller than ${TARGET_MIN}×${TARGET_MIN} CSS px (WCAG 2.5.8)`
        : `${measures.length} targets measured, none under ${TARGET_MIN}×${TARGET_MIN}`,
      targets: small.length ? small.map(fmt) : undefined,
    },
    warnings,
  };
}
