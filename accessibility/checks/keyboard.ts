import type { Page } from "playwright-core";
import { shimNames } from "../axe-runner";

/**
 * Keyboard-only driving for the browser journeys (../../shared/design/accessibility.md, B6 #1 and #2):
 * where the focus is, moving it with Tab until a wanted element is reached, and the checks made at
 * every step — focus order follows the DOM (2.4.3), no trap (2.1.2), the focused element is in the
 * viewport and not covered by anything (2.4.11).
 */
export interface Focused {
  tag: string;
  type: string | null;
  id: string;
  name: string | null;
  /** Its accessible name as far as the DOM tells: aria-label, labels, text, value. */
  label: string;
  value: string;
  checked: boolean;
  /** Position in document order (index among all elements). */
  order: number;
  /** In the viewport and the element (or its label) is what a pointer at its centre would hit. */
  visible: boolean;
  coveredBy: string | null;
}

export async function focused(page: Page): Promise<Focused> {
  await shimNames(page);
  return page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const input = el as HTMLInputElement;
    const labels = "labels" in el && input.labels ? [...input.labels] : [];
    const text = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? "").trim().replace(/\s+/g, " ");
    const label =
      el.getAttribute("aria-label") ||
      (el.getAttribute("aria-labelledby") ? el.getAttribute("aria-labelledby")!.split(" ").map((id) => text(document.getElementById(id))).join(" ") : "") ||
      labels.map((l) => text(l)).join(" ") ||
      text(el) ||
      input.value ||
      "";
    // What is hit at the centre of the element (or of its label, for a visually hidden custom input).
    const target = el.getBoundingClientRect().width < 2 && labels[0] ? labels[0] : el;
    const r = target.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + Math.min(r.height / 2, 10);
    const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const hit = inView ? document.elementFromPoint(Math.min(Math.max(cx, 0), innerWidth - 1), Math.min(Math.max(cy, 0), innerHeight - 1)) : null;
    const ok = !!hit && (target.contains(hit) || el.contains(hit) || labels.some((l) => l.contains(hit) || hit.contains(l)) || hit === el.parentElement);
    const describe = (n: Element) => `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}${[...n.classList].slice(0, 2).map((c) => `.${c}`).join("")}`;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type"),
      id: el.id,
      name: el.getAttribute("name"),
      label: label.slice(0, 120),
      value: "value" in el ? String(input.value ?? "") : "",
      checked: !!input.checked,
      order: [...document.querySelectorAll("*")].indexOf(el),
      visible: el === document.body || ok,
      coveredBy: el === document.body || ok ? null : hit ? describe(hit) : "outside the viewport",
    };
  });
}

export const describeFocus = (f: Focused) => `<${f.tag}${f.type ? ` type=${f.type}` : ""}${f.id ? ` #${f.id}` : ""}> "${f.label}"`;

export class KeyboardError extends Error {}

/**
 * Presses Tab (or Shift+Tab) until `want` matches the focused element, at most `max` times. Fails on
 * a focus trap (the same element again and again, or going round the page twice), when a forward Tab
 * goes back in document order without having left the page (2.4.3), and when a focused element is
 * outside the viewport or covered (2.4.11). Returns the elements passed through.
 */
export async function tabTo(page: Page, want: RegExp | ((f: Focused) => boolean), { max = 60, back = false } = {}): Promise<Focused[]> {
  const match = typeof want === "function" ? want : (f: Focused) => want.test(f.label);
  const path: Focused[] = [];
  let previous = await focused(page);
  let wraps = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    let now = await focused(page);
    // Bootstrap scrolls smoothly: give the scroll that brings the focused element into view time to end.
    for (let wait = 0; !now.visible && wait < 10; wait++) {
      await page.waitForTimeout(100);
      now = await focused(page);
    }
    path.push(now);
    const trail = () => path.map(describeFocus).join("\n  ");
    if (now.tag === "body") {
      if (++wraps > 1) throw new KeyboardError(`focus went round the page twice without reaching ${want}:\n  ${trail()}`);
    } else {
      if (path.length >= 3 && path.slice(-3).every((p) => p.order === now.order)) throw new KeyboardError(`focus trapped on ${describeFocus(now)}`);
      const forwardBack = back ? now.order > previous.order : now.order < previous.order;
      if (previous.tag !== "body" && forwardBack && now.order !== previous.order) {
        throw new KeyboardError(`focus order goes against the document order: ${describeFocus(previous)} then ${describeFocus(now)}`);
      }
      if (!now.visible) throw new KeyboardError(`the focused ${describeFocus(now)} is not visible: ${now.coveredBy} (WCAG 2.4.11)`);
      if (match(now)) return path;
    }
    previous = now;
  }
  throw new KeyboardError(`${want} not reached after ${max} × ${back ? "Shift+Tab" : "Tab"}:\n  ${path.map(describeFocus).join("\n  ")}`);
}
