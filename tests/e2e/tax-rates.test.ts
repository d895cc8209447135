/**
 * The tax office edits a year's rates in a real browser: 2026 "other buildings" down to 1.04 % and
 * the public API answers with it at once; 1.20 % (above the law's 1.06 % without the c.755 increase)
 * is refused 400 with the law cited and every typed value kept; a citizen gets 403 and a visitor is
 * sent to the staff login.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asCitizenOn, staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;
let cookies: Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>> = [];

beforeAll(async () => {
  server = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await staffLogin(page, "tributi");
  cookies = await page.context().cookies();
  await page.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function officePage(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

const imu2026 = async () =>
  (await fetch(`${server.url}/api/v1/imu/calcolo`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ anno: 2026, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] }) })).json();

describe("rates per year in the back office", () => {
  it("the tax office lowers 2026 'other buildings' to 1.04 %: saved, and the API answers with it at once", async () => {
    // Before: 142,800 × 1.06 % = 1,513.68.
    expect((await imu2026()).totale).toBe("1513.68");
    const page = await officePage("/gestione");
    await page.getByRole("link", { name: "Aliquote e tariffe" }).click();
    await page.waitForURL("**/gestione/tributi/aliquote");
    const years = await page.getByTestId("rate-years").innerText();
    expect(years).toContain("2026\t1,06%\t36 tariffe (illustrative)");
    await page.getByRole("link", { name: "Modifica le aliquote del 2026" }).click();
    await page.waitForURL("**/gestione/tributi/aliquote/2026");
    await hydrated(page);
    expect(await page.inputValue("#other")).toBe("1,06");
    await page.fill("#other", "1,04");
    await page.fill("#source", "Delibera C.C. n. 12 del 2026");
    await page.getByRole("button", { name: "Salva le aliquote e le tariffe del 2026" }).click();
    await page.waitForURL((u) => u.searchParams.get("esito") === "salvato");
    expect(await page.getByTestId("rates-notice").innerText()).toBe("Aliquote e tariffe del 2026 salvate (2 valori cambiati). Valgono da subito per il calcolatore, l'API e le posizioni.");
    expect(await page.inputValue("#other")).toBe("1,04");
    // After: 142,800 × 1.04 % = 1,485.12; June at 2025's 1.02 %: 728; December 757.12 → 757.
    const after = await imu2026();
    expect(after).toMatchObject({ totale: "1485.12", acconto: "728.00", saldo: "757.00", fonteAliquote: "Delibera C.C. n. 12 del 2026" });
    await page.context().close();
  });

  it("refuses 1.20 % without the c.755 increase, citing the law, with every typed value kept (no JavaScript: 400)", async () => {
    const page = await officePage("/gestione/tributi/aliquote/2026", false);
    await page.fill("#other", "1,20");
    await page.fill("#deduction", "250");
    await page.fill("#dom-3-fixed", "1,5");
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Salva le aliquote e le tariffe del 2026" }).click()]);
    expect(res.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: Aliquote e tariffe 2026/);
    const link = page.getByRole("alert").getByRole("link");
    expect(await link.innerText()).toBe("Altri fabbricati (%): L'aliquota deve stare tra 0% e 1,06% (L. 160/2019, art. 1 c.754); fino all'1,14% solo con la maggiorazione del comma 755");
    expect(await link.getAttribute("href")).toBe("#other");
    expect(await page.inputValue("#other")).toBe("1,20");
    expect(await page.inputValue("#deduction")).toBe("250");
    expect(await page.inputValue("#dom-3-fixed")).toBe("1,5");
    // Nothing was saved.
    expect((await imu2026()).totale).toBe("1485.12");
    await page.context().close();
  });

  it("creates 2027 as a copy of 2026", async () => {
    const page = await officePage("/gestione/tributi/aliquote");
    await page.getByRole("button", { name: "Crea il 2027 copiando il 2026" }).click();
    await page.waitForURL("**/gestione/tributi/aliquote/2027?**");
    expect(await page.getByTestId("rates-notice").innerText()).toContain("Anno 2027 creato dalla copia del 2026");
    expect(await page.inputValue("#acconto_due")).toBe("2027-06-16");
    await page.context().close();
  });

  it("a citizen gets 403, a visitor is sent to the staff login", async () => {
    const visitor = await fetch(`${server.url}/gestione/tributi/aliquote/2026`, { redirect: "manual" });
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get("location")).toMatch(/^\/gestione\/accedi\?ritorno=%2Fgestione%2Ftributi%2Faliquote%2F2026/);
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await asCitizenOn(page, "Anna Bianchi", "/area-personale");
    const res = await page.goto("/gestione/tributi/aliquote");
    expect(res?.status()).toBe(403);
    await page.context().close();
  });
});
