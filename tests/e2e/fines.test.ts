/**
 * Traffic fines in a real browser, without logging in: a wrong plate gets the one generic answer with
 * what was typed kept; the right pair shows Anna's parking fine in the 30% band (29,40 + 15,40 =
 * 44,80 €, then 57,40 €, then 86,50 + 15,40 = 101,90 €); she pays through the public simulated
 * checkout (labelled so), downloads the notice PDF (what it is for: report, plate), and sees the fine
 * paid. The notice pages need the report number and plate: a bare notice number shows nothing. Mario's
 * speeding fine (3 points) links to the driver's-data form, which opens prefilled after his login.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_FINES } from "#db/seed/fines-demo";
import { todayInItaly } from "~/domain/dates";
import { termEnd } from "~/domain/fines";
import { addCalendarDays } from "~/domain/working-days";
import { hydrated, launchChromium } from "../setup/browser";
import { pdfText } from "../setup/pdf-text";
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

const plain = async (p: Promise<string>) => (await p).replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ");
const italianDate = (iso: string) => new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const ANNA = DEMO_FINES.annaOpen;
const proof = (f: { report: string; plate: string }) => `verbale=${encodeURIComponent(f.report)}&targa=${f.plate}`;

async function newPage(): Promise<Page> {
  return (await browser.newContext({ baseURL: server.url })).newPage();
}

async function search(page: Page, report: string, plate: string) {
  await page.fill("#verbale", report);
  await page.fill("#targa", plate);
  await Promise.all([page.waitForURL((u) => u.searchParams.get("targa") === plate && u.searchParams.get("verbale") === report), page.getByRole("button", { name: "Cerca la multa" }).click()]);
  await hydrated(page);
}

describe("paying a traffic fine without logging in", () => {
  it("a wrong plate gets one generic answer, with the values kept; without JavaScript too (404)", async () => {
    const page = await newPage();
    await page.goto("/multe");
    await hydrated(page);
    expect(await page.locator("h1").innerText()).toBe("Paga una multa");
    await search(page, ANNA.report, "FG482KM");
    const alert = await page.getByRole("alert").innerText();
    expect(alert).toContain("Non c'è nessuna multa con questo numero di verbale e questa targa");
    expect(await page.inputValue("#verbale")).toBe(ANNA.report);
    expect(await page.inputValue("#targa")).toBe("FG482KM");
    expect(await page.title()).toMatch(/^Errore: /);
    // An empty plate is asked for by name.
    await search(page, ANNA.report, "");
    expect(await page.getByRole("alert").innerText()).toContain("Scrivi la targa del veicolo");
    const bare = await page.request.get(`/multe?${proof({ report: ANNA.report, plate: "FG482KM" })}`);
    expect(bare.status()).toBe(404);
    expect(await bare.text()).toContain("Non c&#x27;è nessuna multa");
    await page.context().close();
  });

  it("the right pair shows the 30% band, pays through the simulated checkout, gives the notice PDF and shows the fine paid", async () => {
    const page = await newPage();
    await page.goto("/multe");
    await hydrated(page);
    // Typed as people type it: lower case, spaces.
    await search(page, ANNA.report.toLowerCase(), "fg 482 kl");
    expect(await page.locator("h1").innerText()).toBe(`Verbale ${ANNA.report}`);
    const until = termEnd(addCalendarDays(todayInItaly(), -2), 5);
    expect(await plain(page.getByTestId("fine-today").innerText())).toBe(
      `Se paghi entro ${italianDate(until)} paghi 44,80 €: 29,40 € di sanzione ridotta del 30% più 15,40 € di spese di notifica e di procedimento.`,
    );
    expect(await plain(page.getByTestId("fine-next").innerText())).toBe(`Dal ${italianDate(addCalendarDays(until, 1))} l'importo sale a 57,40 €.`);
    const bands = await plain(page.getByRole("table", { name: "Quanto pagare e fino a quando" }).innerText());
    expect(bands).toContain("Entro 5 giorni dalla notifica (sanzione ridotta del 30%) (oggi)");
    expect(bands).toContain("29,40 € 15,40 € 44,80 €");
    expect(bands).toContain("42,00 € 15,40 € 57,40 €");
    expect(bands).toContain("86,50 € 15,40 € 101,90 €");
    // Parking takes no points: no driver's data to send.
    expect(await page.getByTestId("fine-driver").count()).toBe(0);

    await Promise.all([page.waitForURL("**/multe/pagamento-simulato/**"), page.getByTestId("fine-pay").click()]);
    await hydrated(page);
    const checkout = new URL(page.url());
    expect(await page.getByTestId("simulated").innerText()).toContain("Questa è una simulazione");
    const main = await plain(page.locator("main").innerText());
    expect(main).toContain(`Multa – verbale ${ANNA.report} – targa ${ANNA.plate}`);
    expect(main).toContain("44,80 €");
    const printed = await page.getByTestId("notice-number").innerText();
    expect(printed).toMatch(/^301\d \d{4} \d{4} \d{4} \d{2}$/);

    // The notice PDF says what it is for.
    const pdf = await page.request.get((await page.getByTestId("notice-pdf").getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, " ");
    expect(text).toContain(`verbale ${ANNA.report}`);
    expect(text).toContain(`targa ${ANNA.plate}`);
    expect(text).toContain("44,80");
    expect(text).toContain(printed);
    expect(text).toContain("Anna Bianchi");

    // A bare notice number, or another fine's report and plate, shows nothing.
    for (const q of ["", `?${proof(DEMO_FINES.marioOpen)}`, `?verbale=${encodeURIComponent(ANNA.report)}&targa=FG482KM`]) {
      expect((await page.request.get(`${checkout.pathname}${q}`)).status(), q).toBe(404);
      expect((await page.request.get(`${checkout.pathname.replace("pagamento-simulato", "avviso")}${q}`)).status(), q).toBe(404);
    }

    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "pagato"), page.getByRole("button", { name: "Simula il pagamento" }).click()]);
    await hydrated(page);
    expect(await page.getByTestId("fine-outcome").innerText()).toContain("la multa risulta pagata");
    expect(await page.getByTestId("fine-state").innerText()).toBe("Pagata");
    expect(await plain(page.getByTestId("fine-paid").innerText())).toContain("44,80 €");
    expect(await page.getByTestId("fine-pay").count()).toBe(0);
    // Paying the same notice again changes nothing.
    await page.goto(`${checkout.pathname}${checkout.search}`);
    expect(await page.locator("main").innerText()).toContain("Questo avviso risulta già pagato.");
    await page.context().close();
  });

  it("the driver's-data link of a fine with points opens the form prefilled after the login", async () => {
    const page = await newPage();
    await page.goto(`/multe?${proof(DEMO_FINES.marioOpen)}`);
    await hydrated(page);
    expect(await plain(page.locator("main").innerText())).toContain("3 punti da togliere a chi guidava");
    await Promise.all([page.waitForURL("**/accedi**"), page.getByTestId("fine-driver").click()]);
    await hydrated(page);
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    await page.locator("label", { hasText: "Mario Rossi" }).click();
    await Promise.all([page.waitForURL((u) => u.pathname === "/area-personale/domande/nuova/multe-dati-conducente"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    await hydrated(page);
    await Promise.all([page.waitForURL("**/privacy"), page.getByRole("button", { name: "Inizia la domanda" }).click()]);
    await hydrated(page);
    await page.locator("label[for=accept]").click();
    await Promise.all([page.waitForURL("**/passo/verbale"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
    await hydrated(page);
    expect(await page.inputValue("[name=fineNumber]")).toBe(DEMO_FINES.marioOpen.report);
    expect(await page.inputValue("[name=plate]")).toBe(DEMO_FINES.marioOpen.plate);
    const [y, m, d] = addCalendarDays(todayInItaly(), -20).split("-");
    expect(await page.inputValue("[name=notificationDate]")).toBe(`${d}/${m}/${y}`);
    await page.context().close();
  });

  it("Anna finds her own fines in the personal area, with what is due today, and opens one", async () => {
    const page = await newPage();
    await page.goto("/accedi?ritorno=%2Farea-personale");
    await hydrated(page);
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    await page.locator("label", { hasText: "Anna Bianchi" }).click();
    await Promise.all([page.waitForURL((u) => u.pathname === "/area-personale"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    await hydrated(page);
    await Promise.all([page.waitForURL("**/area-personale/multe"), page.getByRole("link", { name: "Le mie multe" }).click()]);
    await hydrated(page);
    const rows = await plain(page.getByRole("table", { name: "Multe per i veicoli intestati a te" }).innerText());
    expect(rows).toContain("V/2026/000871 FG482KL 9 marzo 2026 Pagata —");
    // The first test paid her open fine already (the same server): it is listed as paid too.
    expect(rows).toMatch(/V\/2026\/004512 FG482KL .* (Pagata —|Da pagare 44,80 €)/);
    expect(rows).not.toContain("V/2026/003987");
    await Promise.all([page.waitForURL((u) => u.pathname === "/multe"), page.getByRole("link", { name: "Apri la multa V/2026/000871" }).click()]);
    await hydrated(page);
    expect(await page.getByTestId("fine-state").innerText()).toBe("Pagata");
    await page.context().close();
  });
});
