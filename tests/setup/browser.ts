import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, started the way this machine allows (no sandbox as root, no background network). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * Waits until React has hydrated the page (the root layout marks <html data-hydrated>). Choices made
 * in radio groups before that are reset by React's hydration of their default, so scripts act after it.
 */
export async function hydrated(page: Page, timeout = 10_000) {
  await page.waitForSelector("html[data-hydrated]", { state: "attached", timeout });
}
