import type { Page } from "playwright-core";
import { type CheckResult, reflowCheck, shimNames, type Warning } from "../axe-runner";
import { describeFocus, focused } from "./keyboard";

/**
 * The checks of the accessibility run beyond axe and beyond axe-runner.ts (issue 7 §8, design notes
 * B6 #2, #4, #6, #9, #17, #18, #19), run on every state by run.ts after the skip-link check:
 *
 * - focus visible (2.4.7) and not obscured (2.4.11) on the first FOCUS_STEPS Tab stops;
 * - heading outline, named landmarks, visible label inside the accessible name (1.3.1, 2.4.6, 2.5.3);
 * - title format "Pagina – Sportello – Comune" and not generic (2.4.2);
 * - text spacing (1.4.12): with the WCAG spacing the text is not clipped;
 * - reflow at 320 CSS px (1.4.10) on every state, not only the mobile ones;
 * and, on a sample (FORCED_COLOUR_STATES), forced colours and dark scheme: focus still visible and
 * axe's color-contrast still passing.
 */

/** Tab stops checked for focus visibility on each state: the header's and the first of the content. */
export const FOCUS_STEPS = 5;

/** States also checked in forced colours and dark scheme (one of each kind of page). */
export const FORCED_COLOUR_STATES = new Set([
  "home",
  "servizio-tari",
  "cerca-risultati",
  "faq-aperte",
  "valutazione-negativa",
  "accedi",
  "mobile-home",
  "en-home",
  "domanda-passo-mobile",
  "domanda-allegati",
  "tributi-posizione",
  "calcolo-imu-risultato",
  "staff-home-operatore",
]);

/**
 * Checks not made on a state, with the reason: pages that are not the desk's own (the test IdP's SAML
 * hand-off page stands for a real identity provider's page, demo only), and KNOWN failures found by
 * these checks and not fixed yet — listed here, in the README and in wcag-coverage.md, to be removed
 * when fixed.
 */
export const EXEMPT: Record<string, { checks: string[]; why: string }> = {
  "risposta-senza-js": { checks: ["landmarks", "title-format"], why: "the test IdP's POST-binding hand-off page (a real IdP's page in production)" },
  "sessione-in-scadenza": {
    checks: ["skip-link"],
    why: "the session dialog is modal: the page under it is inert, so the first Tab goes into the dialog, as it must (the skip link is checked on area-personale)",
  },
  "staff-calendario": { checks: ["reflow-320"], why: "KNOWN FAILURE: the office's week calendar is 390 px wide at 320 px (to fix)" },
  "piano-indicatore-errori": { checks: ["reflow-320"], why: "KNOWN FAILURE: the plan indicator form with errors is 364 px wide at 320 px (to fix)" },
  "staff-calendario-errore": { checks: ["reflow-320"], why: "KNOWN FAILURE: the office's week calendar is 390 px wide at 320 px (to fix)" },
  "parole-semplici-glossario-senza-js@all": {
    checks: ["focus-visible"],
    why: "KNOWN LIMITATION: without JavaScript an opened glossary explanation stays open until Esc or its Close button; at 200 % text and 320 px it covers what the next Tab stops reach (with JavaScript it closes when the focus moves on)",
  },
};

const check = (id: string, problems: string[], ok: string, fail: string): CheckResult =>
  problems.length ? { id, passed: false, message: fail, targets: problems } : { id, passed: true, message: ok };

// --- focus visible and not obscured ------------------------------------------------------------

/** The look of every focusable element before anything has the focus, to compare with its focused look. */
const REMEMBER_UNFOCUSED = `(() => {
  const props = ["outline-style", "outline-width", "outline-color", "box-shadow", "border-top-color", "border-bottom-color", "background-color", "color", "text-decoration-line"];
  const looks = new WeakMap();
  for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")) {
    const s = getComputedStyle(el);
    looks.set(el, props.map((p) => s.getPropertyValue(p)));
  }
  window.__a11yLooks = { props, looks };
})(); undefined`;

/** Null when the focused element looks different from its unfocused self (or has a real outline); else why not. */
async function indicatorProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const w = window as unknown as { __a11yLooks?: { props: string[]; looks: WeakMap<Element, string[]> } };
    if (!el || el === document.body || !w.__a11yLooks) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1 && s.outlineColor !== "rgba(0, 0, 0, 0)";
    if (outline) return null;
    const before = w.__a11yLooks.looks.get(el);
    if (!before) return null; // appeared after the page loaded (a menu opened by the setup): not compared
    const now = w.__a11yLooks.props.map((p) => s.getPropertyValue(p));
    const changed = w.__a11yLooks.props.filter((_, i) => now[i] !== before[i]);
    return changed.length ? null : "no outline and nothing in its look changes when focused";
  });
}

export async function focusVisibilityCheck(page: Page, steps = FOCUS_STEPS, id = "focus-visible"): Promise<CheckResult> {
  await shimNames(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ top: 0, left: 0, behavior: "instant" });
  });
  await page.evaluate(REMEMBER_UNFOCUSED);
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.id = "__a11y-focus-start";
    document.body.prepend(start);
    start.focus();
  });
  const problems: string[] = [];
  let seen = 0;
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Tab");
    if (i === 0) await page.evaluate(() => document.getElementById("__a11y-focus-start")?.remove());
    let f = await focused(page);
    if (f.tag === "body") break;
    // Smooth scrolling brings the element into view over a few frames.
    for (let wait = 0; !f.visible && wait < 6; wait++) {
      await page.waitForTimeout(80);
      f = await focused(page);
    }
    seen++;
    if (!f.visible) problems.push(`${describeFocus(f)}: hidden by ${f.coveredBy} (2.4.11)`);
    const indicator = await indicatorProblem(page);
    if (indicator) problems.push(`${describeFocus(f)}: ${indicator} (2.4.7)`);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return check(
    id,
    problems,
    `${seen} Tab stops: each in view, not covered, with a visible focus indicator`,
    `${problems.length} problem(s) with the focus on the first ${seen} Tab stops (WCAG 2.4.7, 2.4.11)`,
  );
}

// --- structure: headings, landmarks, names -------------------------------------------------------

export async function structureTreeChecks(page: Page): Promise<CheckResult[]> {
  await shimNames(page);
  const r = await page.evaluate(() => {
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== "none" && s.visibility !== "hidden" && !el.closest("[hidden], [aria-hidden=true]");
    };
    const text = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? "").trim().replace(/\s+/g, " ");
    const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]")].filter(visible).map((h) => ({
      level: h.getAttribute("role") === "heading" ? Number(h.getAttribute("aria-level") ?? 2) : Number(h.tagName[1]),
      text: text(h).slice(0, 60),
    }));
    const outline: string[] = [];
    const firstInMain = [...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")].filter(visible)[0];
    if (firstInMain && firstInMain.tagName !== "H1") outline.push(`the first heading of main is <${firstInMain.tagName.toLowerCase()}> "${text(firstInMain).slice(0, 60)}", not the h1`);
    const h1At = headings.findIndex((h) => h.level === 1);
    for (let i = Math.max(h1At, 0) + 1; i < headings.length; i++) {
      if (headings[i]!.level > headings[i - 1]!.level + 1) {
        outline.push(`h${headings[i - 1]!.level} "${headings[i - 1]!.text}" then h${headings[i]!.level} "${headings[i]!.text}" (a level skipped)`);
      }
    }

    const named = (el: Element) =>
      (el.getAttribute("aria-label") ?? "").trim() || (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).map((id) => text(document.getElementById(id))).join(" ").trim();
    const landmarks: string[] = [];
    const roles: [string, string][] = [
      ["navigation", "nav, [role=navigation]"],
      ["complementary", "aside, [role=complementary]"],
      ["region", "section[aria-label], section[aria-labelledby], [role=region]"],
      ["search", "[role=search], search"],
    ];
    for (const [role, sel] of roles) {
      const all = [...document.querySelectorAll(sel)].filter(visible);
      if (all.length < 2) continue;
      const names = all.map(named);
      all.forEach((el, i) => {
        if (!names[i]) landmarks.push(`${all.length} ${role} landmarks and <${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> has no name`);
      });
      const dup = names.filter((n, i) => n && names.indexOf(n) !== i);
      for (const n of new Set(dup)) landmarks.push(`two ${role} landmarks named "${n}"`);
    }
    const top = (sel: string) => [...document.querySelectorAll(sel)].some((el) => !el.parentElement?.closest("main, article, aside, nav, section"));
    if (!top("header, [role=banner]")) landmarks.push("no banner landmark (a top-level <header>)");
    if (!top("footer, [role=contentinfo]")) landmarks.push("no contentinfo landmark (a top-level <footer>)");

    // 2.5.3: a control with visible text and an aria-label must have that text in its name.
    const names: string[] = [];
    const norm = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    for (const el of document.querySelectorAll("a[href][aria-label], button[aria-label], [role=button][aria-label], a[href][aria-labelledby], button[aria-labelledby]")) {
      if (!visible(el)) continue;
      const shown = norm(text(el));
      const name = norm(named(el));
      if (shown && name && !name.includes(shown)) names.push(`<${el.tagName.toLowerCase()}> shows "${text(el).slice(0, 40)}" but is named "${named(el).slice(0, 60)}"`);
    }
    return { outline, landmarks, names, count: headings.length };
  });
  return [
    check("headings", r.outline, `${r.count} headings, h1 first in main, no level skipped`, "the heading outline has gaps (WCAG 1.3.1, 2.4.6)"),
    check("landmarks", r.landmarks, "banner, contentinfo; repeated landmarks each named", "landmarks missing or not told apart (WCAG 1.3.1, 2.4.1)"),
    check("label-in-name", r.names, "visible labels are part of the accessible names", "accessible names that do not contain the visible label (WCAG 2.5.3)"),
  ];
}

// --- title format -----------------------------------------------------------------------------

const GENERIC = new Set(["pagina", "page", "senza titolo", "untitled", "documento", "document", "sportello", "modulo", "form", "undefined", "null"]);

/** "[Errore: ]Pagina – Sportello telematico – Comune di Seregno": the page's own part first, specific. */
export function titleFormatCheck(title: string): CheckResult {
  const parts = title.split(" – ");
  const own = (parts[0] ?? "").replace(/^(Errore|Error): /, "").trim();
  const problems: string[] = [];
  if (parts.length < 3 || !/^Comune di /.test(parts.at(-1) ?? "")) problems.push(`"${title}" is not "Pagina – Sportello – Comune di …"`);
  if (own.length < 3 || GENERIC.has(own.toLowerCase())) problems.push(`"${own}" says nothing about the page`);
  return check("title-format", problems, `"${own}" first, then the desk and the comune`, "the title is not descriptive (WCAG 2.4.2)");
}

// --- text spacing -----------------------------------------------------------------------------

/** The WCAG 1.4.12 values (the W3C "text spacing" bookmarklet), forced on every element. */
const SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

export async function textSpacingCheck(page: Page): Promise<CheckResult> {
  await shimNames(page);
  // A constructed style sheet, not a <style> tag: the desk's CSP (nonce-only styles) would refuse the tag.
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    (window as unknown as { __a11ySpacing?: CSSStyleSheet }).__a11ySpacing = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, SPACING_CSS);
  await page.waitForTimeout(50);
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (out.length >= 10) break;
      if (!(el instanceof HTMLElement)) continue; // svg and its parts: no text layout of their own
      const s = getComputedStyle(el);
      const hidesY = ["hidden", "clip"].includes(s.overflowY);
      const hidesX = ["hidden", "clip"].includes(s.overflowX);
      if (!hidesY && !hidesX) continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden text (.visually-hidden): read, not shown
      if (s.display === "none" || s.visibility === "hidden") continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim()) || el.innerText.trim().length > 0;
      if (!ownText) continue;
      const overY = hidesY && el.scrollHeight > el.clientHeight + 1;
      const overX = hidesX && el.scrollWidth > el.clientWidth + 1 && s.textOverflow !== "clip";
      if (overY || overX) {
        const cls = [...el.classList].slice(0, 3).map((c) => `.${c}`).join("");
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls} "${el.innerText.trim().replace(/\s+/g, " ").slice(0, 40)}" (${overY ? `height ${el.clientHeight} < ${el.scrollHeight}` : `width ${el.clientWidth} < ${el.scrollWidth}`})`);
      }
    }
    return out;
  });
  await page.evaluate(() => {
    const mine = (window as unknown as { __a11ySpacing?: CSSStyleSheet }).__a11ySpacing;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== mine);
  });
  return check("text-spacing", clipped, "no text clipped with the WCAG text spacing", "text clipped with line height 1.5, letter 0.12em, word 0.16em, paragraph 2em (WCAG 1.4.12)");
}

// --- forced colours and dark scheme -------------------------------------------------------------

async function contrastOnly(page: Page): Promise<string[]> {
  const r = await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: "rule", values: ["color-contrast"] },
      resultTypes: ["violations"],
    }),
  );
  return r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
}

/** Forced colours (Windows contrast themes) and the dark scheme: focus still visible, contrast still passing (1.4.3, 1.4.11, 2.4.7). */
export async function colourModeChecks(page: Page): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const [mode, media] of [
    ["forced-colors", { forcedColors: "active" }],
    ["dark", { colorScheme: "dark" }],
  ] as const) {
    await page.emulateMedia(media);
    await page.waitForTimeout(50);
    const contrast = await contrastOnly(page);
    out.push(check(`${mode}-contrast`, contrast, `color-contrast passes with ${mode}`, `color-contrast fails with ${mode} (WCAG 1.4.3)`));
    out.push(await focusVisibilityCheck(page, 8, `${mode}-focus`));
    await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
  }
  return out;
}

/** The checks of a state without those `EXEMPT` lists for it (applied by run.ts to all its checks). */
export function withoutExempt<C extends { id: string }>(stateId: string, checks: C[]): C[] {
  const exempt = EXEMPT[stateId];
  return exempt ? checks.filter((c) => !exempt.checks.includes(c.id)) : checks;
}

// --- all of them, for run.ts -------------------------------------------------------------------

/**
 * Every check of this file for one state, in an order where each leaves the page as it found it;
 * reflow (which resizes the viewport) comes last. `sampleColours` adds the forced-colours pass.
 */
export async function pageChecks(
  page: Page,
  state: { id: string; viewport: { width: number; height: number }; title: string },
  scope: "all" | "preferences" | "preferences-contrast" = "all",
): Promise<{ checks: CheckResult[]; warnings: Warning[] }> {
  const checks: CheckResult[] = [];
  const t0 = Date.now();
  // The reading preferences change sizes, spacing and colours, not the document: their passes
  // (accessibility/preferences.ts) repeat what they can change — reflow, and the focus indicator
  // when the colours change — not the structure, titles or injected spacing checked here already.
  if (scope !== "preferences") checks.push(await focusVisibilityCheck(page));
  if (scope === "all") {
    checks.push(...(await structureTreeChecks(page)));
    checks.push(titleFormatCheck(state.title));
    checks.push(await textSpacingCheck(page));
    if (FORCED_COLOUR_STATES.has(state.id)) checks.push(...(await colourModeChecks(page)));
  }
  if (state.viewport.width > 320) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForTimeout(100);
    const reflow = await reflowCheck(page);
    checks.push({ ...reflow, id: "reflow-320", message: `${reflow.message} (resized from ${state.viewport.width}px)` });
  }
  if (process.env.A11Y_TIMING) console.log(`    page-checks ${state.id}: ${Date.now() - t0} ms`);
  return { checks, warnings: [] };
}
