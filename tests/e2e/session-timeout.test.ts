/**
 * The session timeout on an application step, with a fake clock (WCAG 2.2.1, and 2.2.5 for what is
 * typed): the warning is an alertdialog that takes the focus; continuing keeps everything typed in
 * the open step; when nobody answers, what was typed is saved as a draft just before the end, the
 * session is ended and the login page says so — after logging in again the text is still there.
 *
 * The page asks the server how long is left (GET /sessione): the answer is replaced here, so the
 * test does not wait 28 minutes; saving the draft, continuing and ending the session are real.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function login(page: Page, name: string, returnTo: string) {
  await page.goto(`/accedi?ritorno=${encodeURIComponent(returnTo)}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await hydrated(page);
  await page.locator("label", { hasText: name }).click();
  await Promise.all([page.waitForURL((u) => u.pathname === returnTo), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
}

/** Starts a TARI application and leaves it on the step with the address (the first text fields). */
async function openAddressStep(page: Page, name: string): Promise<string> {
  await login(page, name, "/area-personale/domande/nuova/tari-iscrizione");
  await hydrated(page);
  await page.getByRole("button", { name: "Inizia la domanda" }).click();
  await page.waitForURL("**/privacy");
  await page.locator("label[for=accept]").click();
  await Promise.all([page.waitForURL("**/passo/**"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
  const step = new URL(page.url()).pathname.replace(/\/passo\/.*$/, "/passo/locali");
  return step;
}

/** Opens `path` with the fake clock and the server's answer on the time left replaced by `secondsLeft`. */
async function openWithClock(page: Page, path: string, secondsLeft: number) {
  await page.route("**/sessione", (route) =>
    route.request().method() === "GET" ? route.fulfill({ json: { secondsLeft, warnBeforeSeconds: 120 } }) : route.continue(),
  );
  await page.clock.install();
  await page.goto(path);
  await hydrated(page);
  await page.locator("[data-testid=session-end][data-ready]").waitFor({ state: "attached" });
}

describe("the session timeout on an open application step", () => {
  it("warns in an alertdialog with the focus on 'continue'; continuing keeps what is typed", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const step = await openAddressStep(page, "Giulia Bianchi");
    await openWithClock(page, step, 90);
    const street = page.locator('[name="address.street"]');
    await street.fill("Via Cavour");
    await page.clock.fastForward("29:00");
    const dialog = page.getByRole("alertdialog", { name: "La sessione sta per scadere" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Continua la sessione");
    expect(await page.evaluate(() => !!document.activeElement?.closest("[role=alertdialog]"))).toBe(true);
    const extended = page.waitForResponse((r) => r.url().endsWith("/sessione") && r.request().method() === "POST");
    await page.keyboard.press("Enter");
    expect((await extended).status()).toBe(200);
    await dialog.waitFor({ state: "detached" });
    expect(new URL(page.url()).pathname).toBe(step);
    expect(await street.inputValue()).toBe("Via Cavour");
    await context.close();
  });

  it("when nobody answers, saves the open step as a draft before the end, ends the session and says so", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const step = await openAddressStep(page, "Mario Rossi");
    await openWithClock(page, step, 10);
    await page.locator('[name="address.street"]').fill("Via Trabattoni");
    await page.locator('[name="address.number"]').fill("3");
    await Promise.all([page.waitForURL((u) => u.pathname === "/accedi"), page.clock.fastForward("29:00")]);
    expect(new URL(page.url()).searchParams.get("esito")).toBe("scaduta-bozza");
    expect(await page.getByRole("status").first().innerText()).toContain("salvato come bozza");
    // The session really ended: the personal area asks to log in again.
    await page.unroute("**/sessione");
    const res = await page.request.get("/area-personale", { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toContain("/accedi");

    const again = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(again, "Mario Rossi", "/area-personale");
    await again.goto(step);
    expect(await again.locator('[name="address.street"]').inputValue()).toBe("Via Trabattoni");
    expect(await again.locator('[name="address.number"]').inputValue()).toBe("3");
    await context.close();
  });
});
