/**
 * The tax office loads the IMU rolls in a real browser: a file with bad lines is refused with the
 * report (line, column, reason) and nothing changes; a good file of 20,000 lines goes up with the
 * progress bar and replaces the rolls; without JavaScript the same form works.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { rollCsv } from "../setup/rolls";
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

async function officePage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/gestione/tributi/ruoli");
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

describe("loading the IMU rolls", () => {
  it("refuses a file with bad lines, lists them, and changes nothing", async () => {
    const page = await officePage();
    const before = await page.getByTestId("rolls-current").innerText();
    const lines = rollCsv(50).trim().split("\n");
    lines[10] = `0${lines[10]!.slice(1)}`;
    lines[20] = lines[20]!.replace("01/01/2015", "31/02/2015");
    await page.setInputFiles("#file", { name: "ruoli.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
    await page.getByRole("button", { name: "Controlla e carica" }).click();
    await page.getByTestId("rolls-report").waitFor();
    expect(await page.title()).toMatch(/^Errore: /);
    const report = await page.getByTestId("rolls-report").innerText();
    expect(report).toContain("11\tcodice_fiscale\tCodice fiscale non valido");
    expect(report).toContain("21\tdal\tData non valida (gg/mm/aaaa) «31/02/2015»");
    expect(await page.getByTestId("rolls-current").innerText()).toBe(before);
    await page.context().close();
  });

  it("loads a good file of 20,000 lines with the progress bar, replacing the rolls", async () => {
    const page = await officePage();
    await page.setInputFiles("#file", { name: "ruoli.csv", mimeType: "text/csv", buffer: Buffer.from(rollCsv(20_000)) });
    await page.getByRole("button", { name: "Controlla e carica" }).click();
    await expect.poll(() => page.getByTestId("rolls-progress-text").innerText().catch(() => "")).toMatch(/Invio del file|controllo e caricamento/);
    await page.waitForURL((u) => u.searchParams.get("esito") === "caricati", { timeout: 60_000 });
    expect((await page.getByTestId("rolls-loaded").innerText()).replace(/[\u00a0\u202f]/g, " ")).toMatch(/^Ruoli caricati: 20\.000 righe, 20\.000 possessi di 20\.000 immobili, in [\d,.]+ secondi\.$/);
    expect(await page.getByTestId("rolls-current").innerText()).toBe("Ora nei ruoli: 20.000 possessi di 20.000 immobili.");
    await page.context().close();
  });

  it("works without JavaScript, errors answered 400", async () => {
    const page = await officePage(false);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Controlla e carica" }).click()]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.locator("main").innerText()).toContain("Scegli il file dei ruoli");
    await page.context().close();
  });
});
