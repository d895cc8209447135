/**
 * The public IMU and TARI calculator pages in a real browser, against the built desk with the seeded
 * rates: the page gives the same figures as the API for the API's worked cases (it calls the same
 * readers and services), properties are added and removed without JavaScript with every value kept,
 * a bad rendita is answered 400 with the error summary linked to the field, and the TARI page says
 * the demo's tariffs are illustrative. In Italian and in English.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url, javaScriptEnabled })).newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

const api = async (path: string, body: unknown) => (await fetch(`${server.url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })).json();
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const cells = (page: Page, testId: string) => page.getByTestId(testId).locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.replace(/[\u00a0\u202f]/g, " ").trim())));

async function fillProperty(page: Page, i: number, p: { categoria: string; rendita: string; quota?: string; dal?: string }) {
  await page.selectOption(`#immobili-${i}-tipo`, "fabbricato");
  await page.selectOption(`#immobili-${i}-categoria`, p.categoria);
  await page.fill(`#immobili-${i}-rendita`, p.rendita);
  if (p.quota) await page.fill(`#immobili-${i}-quotaPossesso`, p.quota);
  if (p.dal) await page.fill(`#immobili-${i}-dal`, p.dal);
}

describe("the IMU calculator page", () => {
  it("a second home A/2 (rendita 850) and half a shop C/1 bought on 16 March 2024: the API's figures, written out", async () => {
    const page = await open("/calcolo-imu");
    expect(await page.title()).toMatch(/^Calcolo IMU – /);
    await page.selectOption("#anno", "2024");
    await fillProperty(page, 0, { categoria: "A/2", rendita: "850" });
    await page.getByRole("button", { name: "Aggiungi un immobile" }).click();
    await page.locator("#immobili-1-tipo").waitFor();
    // The cursor goes to the new property; the first keeps its values.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("immobili-1-tipo");
    expect(await page.inputValue("#immobili-0-rendita")).toBe("850");
    await fillProperty(page, 1, { categoria: "C/1", rendita: "1200", quota: "50", dal: "2024-03-16" });
    await page.getByRole("button", { name: "Calcola" }).click();
    await page.getByTestId("calc-result").waitFor();

    const answer = await api("/api/v1/imu/calcolo", {
      anno: 2024,
      immobili: [
        { tipo: "fabbricato", categoria: "A/2", rendita: 850 },
        { tipo: "fabbricato", categoria: "C/1", rendita: 1200, quotaPossesso: 50, dal: "2024-03-16" },
      ],
    });
    // By hand: A/2 142,800 × 1.02 % = 1,456.56 (June 728.28); C/1 1,200 × 1.05 × 55 = 69,300 × 1.02 % × 50 % × 10/12 = 294.53
    // (June 4/12 = 117.81). Total 1,751.09; 3918 acconto 846.09 → 846, saldo 1,751.09 − 846 = 905.09 → 905.
    expect(answer).toMatchObject({ totale: "1751.09", acconto: "846.00", saldo: "905.00", righeF24: [{ codiceTributo: "3918", acconto: "846.00", saldo: "905.00", numeroImmobili: 2 }] });
    expect(plain(await page.getByTestId("imu-total").innerText())).toBe("1751,09 €");
    expect(plain(await page.getByTestId("imu-acconto").innerText())).toBe("846,00 €");
    expect(plain(await page.getByTestId("imu-saldo").innerText())).toBe("905,00 €");
    expect(await cells(page, "imu-properties")).toEqual([
      ["Immobile 1 (A/2)\nAltro fabbricato", "142.800,00 €", "12", "6", "Rendita 850,00 € × 1,05 × 160 = base 142.800,00 €; × 1,02% × quota 100% × 12/12 mesi = 1456,56 €", "1456,56 €", "3918"],
      ["Immobile 2 (C/1)\nAltro fabbricato", "69.300,00 €", "10", "4", "Rendita 1200,00 € × 1,05 × 55 = base 69.300,00 €; × 1,02% × quota 50% × 10/12 mesi = 294,53 €", "294,53 €", "3918"],
    ]);
    expect(await cells(page, "imu-f24")).toEqual([["3918", "846,00 €", "905,00 €", "2"]]);
    expect(await page.getByTestId("imu-acconto-rates").innerText()).toBe("L'acconto è calcolato con le aliquote del 2023 (quelle dell'anno prima), il saldo con quelle del 2024.");
    expect(await page.getByTestId("imu-source").innerText()).toContain("Fonte delle aliquote 2024: Aliquote IMU 2024, uguali a quelle del 2023");
    expect(await page.locator("main").innerText()).toContain("Codice tributo: il numero che nel modello F24");
    await page.context().close();
  });

  it("without JavaScript: adds a second property and removes the first, every value kept, then calculates", async () => {
    const page = await open("/calcolo-imu", false);
    await page.selectOption("#anno", "2024");
    await fillProperty(page, 0, { categoria: "C/6", rendita: "90" });
    const [added] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Aggiungi un immobile" }).click()]);
    expect(added.status()).toBe(200);
    await page.waitForLoadState("load");
    expect(await page.getByTestId("calc-notice").innerText()).toBe("Immobile aggiunto: compila i suoi dati.");
    expect(await page.inputValue("#anno")).toBe("2024");
    expect(await page.inputValue("#immobili-0-categoria")).toBe("C/6");
    expect(await page.inputValue("#immobili-0-rendita")).toBe("90");
    await fillProperty(page, 1, { categoria: "A/2", rendita: "850" });
    // Enter in a field calculates (it does not press the first "Remove").
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.press("#immobili-1-rendita", "Enter")]);
    await page.waitForLoadState("load");
    // C/6 rendita 90 not a pertinenza: 15,120 × 1.02 % = 154.22 (June 77.11); with the A/2 1,610.78; 3918 acconto 805.39 → 805, saldo 805.78 → 806.
    expect(plain(await page.getByTestId("imu-total").innerText())).toBe("1610,78 €");
    expect(await cells(page, "imu-f24")).toEqual([["3918", "805,00 €", "806,00 €", "2"]]);
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Rimuovi l'immobile 1" }).click()]);
    await page.waitForLoadState("load");
    expect(await page.locator("#immobili-1-tipo").count()).toBe(0);
    expect(await page.inputValue("#immobili-0-categoria")).toBe("A/2");
    expect(await page.inputValue("#immobili-0-rendita")).toBe("850");
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Calcola" }).click()]);
    await page.waitForLoadState("load");
    expect(plain(await page.getByTestId("imu-total").innerText())).toBe("1456,56 €");
    expect(await cells(page, "imu-f24")).toEqual([["3918", "728,00 €", "729,00 €", "1"]]);
    await page.context().close();
  });

  it("a bad rendita: 400, 'Errore: ' in the title, the summary linked to the field, the values kept", async () => {
    const noJs = await open("/calcolo-imu", false);
    await fillProperty(noJs, 0, { categoria: "A/2", rendita: "ottocento", quota: "50" });
    const [res] = await Promise.all([noJs.waitForResponse((r) => r.request().method() === "POST"), noJs.getByRole("button", { name: "Calcola" }).click()]);
    expect(res.status()).toBe(400);
    await noJs.waitForLoadState("load");
    expect(await noJs.title()).toMatch(/^Errore: Calcolo IMU/);
    const link = noJs.getByRole("alert").getByRole("link");
    expect(await link.innerText()).toBe("Immobile 1 – Rendita catastale (€): Scrivi un numero, per esempio 850,50");
    expect(await link.getAttribute("href")).toBe("#immobili-0-rendita");
    expect(await noJs.inputValue("#immobili-0-rendita")).toBe("ottocento");
    expect(await noJs.inputValue("#immobili-0-quotaPossesso")).toBe("50");
    expect(await noJs.locator("#immobili-0-rendita").getAttribute("aria-invalid")).toBe("true");
    expect(await noJs.locator("#immobili-0-rendita-error").innerText()).toBe("Scrivi un numero, per esempio 850,50");
    await noJs.context().close();

    // With JavaScript the summary takes focus and its link puts the cursor in the field.
    const page = await open("/calcolo-imu");
    await fillProperty(page, 0, { categoria: "A/2", rendita: "-3" });
    await page.getByRole("button", { name: "Calcola" }).click();
    await page.getByRole("alert").waitFor();
    await expect.poll(() => page.title()).toMatch(/^Errore: /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await page.getByRole("alert").getByRole("link").click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("immobili-0-rendita");
    expect(await page.inputValue("#immobili-0-rendita")).toBe("-3");
    await page.context().close();
  });

  it("in English", async () => {
    const page = await open("/calcolo-imu?lang=en");
    expect(await page.title()).toMatch(/^IMU calculator – /);
    await page.selectOption("#anno", "2026");
    await fillProperty(page, 0, { categoria: "A/2", rendita: "850" });
    await page.getByRole("button", { name: "Calculate" }).click();
    await page.getByTestId("calc-result").waitFor();
    // 2026 at 1.06 %: 1,513.68; June at 2025's 1.02 %: 728; balance 785.68 → 786 (as the API test).
    expect(plain(await page.getByTestId("imu-total").innerText())).toBe("€1,513.68");
    expect(await cells(page, "imu-f24")).toEqual([["3918", "€728.00", "€786.00", "1"]]);
    expect(await page.getByTestId("imu-acconto-rates").innerText()).toBe("The first instalment uses the 2025 rates (the year before); the balance uses the 2026 rates.");
    expect(await page.locator("main").innerText()).toContain("Why this amount");
    await page.context().close();
  });
});

describe("the TARI calculator page", () => {
  it("a household of 3 in 80 m² in 2026: the API's figures, TEFA apart, three instalments, the tariffs said to be illustrative", async () => {
    const page = await open("/calcolo-tari");
    expect(await page.title()).toMatch(/^Calcolo TARI – /);
    await page.selectOption("#anno", "2026");
    await page.locator('label[for="tipo-domestica"]').click();
    await page.fill("#occupanti", "3");
    await page.fill("#superficie", "80");
    await page.getByRole("button", { name: "Calcola" }).click();
    await page.getByTestId("calc-result").waitFor();
    const answer = await api("/api/v1/tari/calcolo", { anno: 2026, utenze: [{ tipo: "domestica", occupanti: 3, superficie: 80 }] });
    // By hand (illustrative 2026 tariffs = 2024's × 1.04): fixed 0.9568 €/m² × 80 = 76.544 → 76.54; variable 138 × 1.04 = 143.52;
    // TARI 220.06; TEFA 5 % = 11.0032 → 11.00. On account at 2025 (× 1.02): (75.072 + 140.76) = 215.832 → 215.83 × 60 % = 129.50 → 64.75 + 64.75.
    expect(answer).toMatchObject({ tari: "220.06", tefa: "11.00", totale: "231.06", tariffeIllustrative: true });
    expect(answer.rate.map((r: { tari: string }) => r.tari)).toEqual(["64.75", "64.75", "90.56"]);
    expect(await cells(page, "tari-parts")).toEqual([
      ["Quota fissa", "76,54 €"],
      ["Quota variabile", "143,52 €"],
      ["TARI", "220,06 €"],
      ["TEFA provinciale (5%), pagata a parte", "11,00 €"],
      ["Totale", "231,06 €"],
    ]);
    const rows = await cells(page, "tari-instalments");
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["1ª rata (acconto)", "18 giugno 2026", "64,75 €", "3,24 €", "67,99 €"],
      ["2ª rata (acconto)", "19 ottobre 2026", "64,75 €", "3,23 €", "67,98 €"],
      ["3ª rata (saldo)", "4 dicembre 2026", "90,56 €", "4,53 €", "95,09 €"],
    ]);
    expect(await page.getByTestId("tari-illustrative").innerText()).toContain("sono illustrative");
    expect(plain(await page.getByTestId("tari-explanation").innerText())).toBe("80 m²; quota fissa 76,54 € + quota variabile 143,52 €, per 365/365 giorni = TARI 220,06 € + TEFA 11,00 €");
    await page.context().close();
  });

  it("without JavaScript a business without its category is answered 400 with the field named", async () => {
    const page = await open("/calcolo-tari", false);
    // bootstrap-italia draws the radio on its label, which takes the click.
    await page.locator('label[for="tipo-non_domestica"]').click();
    await page.fill("#superficie", "120,5");
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Calcola" }).click()]);
    expect(res.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: Calcolo TARI/);
    expect(await page.getByRole("alert").getByRole("link").innerText()).toBe("Categoria dell'attività: Compila questo campo, serve per il calcolo");
    expect(await page.inputValue("#superficie")).toBe("120,5");
    expect(await page.locator("#tipo-non_domestica").isChecked()).toBe(true);
    await page.context().close();
  });
});
