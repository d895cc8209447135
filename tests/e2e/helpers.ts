import { inject } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hydrated, launchChromium } from "../setup/browser";

export { hydrated };

export const baseUrl = () => inject("baseUrl");

let browser: Browser | undefined;

export async function browserContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  browser ??= await launchChromium();
  return browser.newContext({ baseURL: baseUrl(), ...options });
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/** Presses Tab until the focused element matches, as a keyboard-only user would (fails on a trap). */
export async function tabTo(page: Page, matches: (el: { text: string; href: string | null; tag: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.innerText || a?.getAttribute("aria-label") || "").trim(), href: a?.getAttribute("href") ?? null, tag: a?.tagName ?? "" };
    });
    if (matches(el)) return el;
  }
  throw new Error(`focus never reached the element after ${max} Tab presses`);
}
