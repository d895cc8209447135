/**
 * Assisted use (issue 7 §7) in a real browser:
 * - an operator of the tax office, with Giuseppe Verdi (82) at the counter, identifies him, fills the
 *   TARI form's own steps for him, attaches his document, cannot send without recording that he signed
 *   the printed summary, then sends it; Giuseppe logs in with SPID later and finds it in his personal
 *   area marked as submitted with an operator's assistance, with the office's name, on his receipt too;
 * - Anna Bianchi (85) delegates her relative Giulia, who logs in, chooses to act for her, starts and
 *   submits an application in Anna's name; Anna then sees it in her own list.
 *
 * A server of its own (DEMO_MODE for the test IdP and the demo staff; no page cache).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffLogin } from "../../accessibility/sessions";
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

const newContext = (): Promise<BrowserContext> => browser.newContext({ baseURL: server.url });

async function citizenLogin(page: Page, name: string, returnTo: string) {
  await page.goto(`/accedi?ritorno=${encodeURIComponent(returnTo)}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await page.locator("label", { hasText: name }).click();
  await Promise.all([page.waitForURL((u) => u.pathname === returnTo), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
}

const ANSWERS: Record<string, string> = {
  payer: "self",
  "address.street": "Via Umberto I",
  "address.number": "12",
  "cadastral.foglio": "21",
  "cadastral.particella": "345",
  "cadastral.subalterno": "7",
  "cadastral.category": "A/2",
  surface: "84,50",
  hasAppurtenances: "no",
  use: "domestic_resident",
  hasNonResidentOccupants: "no",
  occupationTitle: "ownership",
  startDate: "01/06/2025",
  takesOver: "no",
  email: "famiglia@example.org",
};

async function fillStep(page: Page) {
  for (const [name, value] of Object.entries(ANSWERS)) {
    const inputs = page.locator(`[name="${name}"]:visible`);
    if (!(await inputs.count())) continue;
    const type = await inputs.first().getAttribute("type");
    if (type === "radio" || type === "checkbox") {
      const id = await page.locator(`[name="${name}"][value="${value}"]`).getAttribute("id");
      await page.locator(`label[for="${id}"]`).click();
    } else await inputs.first().fill(value);
  }
}

/** Walks the form's steps from the current one to the page after them. */
async function fillSteps(page: Page) {
  for (let i = 0; i < 12 && page.url().includes("/passo/"); i++) {
    await hydrated(page);
    const before = page.url();
    await fillStep(page);
    await page.getByRole("button", { name: "Continua", exact: true }).click();
    await page.waitForURL((u) => u.href !== before);
  }
}

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("an application filled at the counter with the citizen", () => {
  it("the operator identifies Giuseppe, fills the same steps, records his signature and sends; Giuseppe then sees it marked assisted", async () => {
    const office = await (await newContext()).newPage();
    await staffLogin(office, "tributi");
    await office.goto("/gestione/assistenza");
    await hydrated(office);
    expect(await office.getByTestId("assisted-drafts-empty").isVisible()).toBe(true);

    // Nothing chosen: errors with a summary, "Errore: " in the title.
    await office.getByRole("button", { name: "Inizia la domanda" }).click();
    await office.waitForSelector("[role=alert]");
    expect(await office.title()).toMatch(/^Errore: /);
    expect(await office.getByRole("alert").innerText()).toContain("Scegli il servizio");

    await office.getByLabel("Servizio").selectOption("tari-iscrizione");
    await office.locator("label[for=channel-counter]").click();
    await office.getByLabel("Codice fiscale del cittadino").fill("VRDGPP44B29F704V");
    await office.getByLabel("Nome", { exact: true }).fill("Giuseppe");
    await office.getByLabel("Cognome").fill("Verdi");
    await office.getByLabel("Tipo di documento").selectOption("identity_card");
    await office.getByLabel("Numero del documento").fill("CA12345AB");
    await office.locator("label[for=privacy]").click();
    await Promise.all([office.waitForURL("**/gestione/assistenza/*/passo/**"), office.getByRole("button", { name: "Inizia la domanda" }).click()]);
    const base = new URL(office.url()).pathname.replace(/\/passo\/.*$/, "");
    await hydrated(office);
    expect(await office.getByTestId("assisting").innerText()).toContain("per conto di Giuseppe Verdi");

    await fillSteps(office);
    expect(office.url()).toContain(`${base}/allegati`);
    await hydrated(office);
    await office.setInputFiles("#doc-titleDocument", { name: "rogito.pdf", mimeType: "application/pdf", buffer: PDF });
    await office.getByRole("button", { name: "Carica i file scelti" }).click();
    await office.waitForSelector("text=File caricato.");
    await Promise.all([office.waitForURL("**/riepilogo"), office.getByRole("button", { name: "Continua", exact: true }).click()]);
    const summary = await office.locator("main").innerText();
    expect(summary).toContain("Via Umberto I 12");
    expect(summary).toContain("rogito.pdf");

    // Not sent without the citizen's confirmation.
    await hydrated(office);
    await office.getByRole("button", { name: "Invia la domanda per conto del cittadino" }).click();
    await office.waitForSelector("[role=alert]");
    expect(await office.title()).toMatch(/^Errore: /);
    await office.locator("label[for=confirmed]").click();
    await office.getByLabel("Nota (facoltativa)").fill("Foglio firmato nel fascicolo TARI");
    await Promise.all([office.waitForURL((u) => u.pathname === base), office.getByRole("button", { name: "Invia la domanda per conto del cittadino" }).click()]);
    const done = await office.getByTestId("assisted-done").innerText();
    const protocol = /\d{4}\/\d{7}/.exec(done)?.[0];
    expect(protocol).toBeTruthy();
    expect(done).toContain("firmando il riepilogo");

    // The office's inbox has it like any other, marked on its case page.
    await office.goto(`/gestione/domande?cerca=${encodeURIComponent(protocol!)}`);
    await office.getByRole("link", { name: protocol! }).click();
    await expect.poll(() => office.getByTestId("office-case-assisted").count()).toBe(1);
    expect(await office.getByTestId("office-case-assisted").innerText()).toContain("allo sportello");

    // Giuseppe logs in with SPID and finds it in his personal area.
    const citizen = await (await newContext()).newPage();
    await citizenLogin(citizen, "Giuseppe Verdi", "/area-personale/domande");
    const list = await citizen.locator("main").innerText();
    expect(list).toContain("Presentata con l'assistenza di un operatore");
    await citizen.locator("main a", { hasText: "TARI" }).first().click();
    await expect.poll(() => citizen.getByTestId("case-assisted").count()).toBe(1);
    expect(await citizen.getByTestId("case-assisted").innerText()).toMatch(/Presentata con l'assistenza di un operatore di .*Tributi.*\(allo sportello\)/);
    const receipt = await citizen.request.get(`${new URL(citizen.url()).pathname}/ricevuta`);
    expect(receipt.status()).toBe(200);
    const text = (await pdfText(new Uint8Array(await receipt.body()))).replace(/\s+/g, " ");
    expect(text).toContain(protocol!);
    expect(text).toContain("riepilogo firmato");
  });
});

describe("a delegate acting for an elderly relative", () => {
  it("Anna delegates Giulia, who acts for her and submits an application in Anna's name; Anna sees it", async () => {
    const anna = await (await newContext()).newPage();
    await citizenLogin(anna, "Anna Bianchi", "/area-personale/deleghe");
    await hydrated(anna);
    const today = new Date();
    const fmt = (d: Date) => `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
    await anna.getByLabel("Codice fiscale della persona delegata").fill("BNCGLI92C44F205W");
    await anna.getByLabel("Valida dal").fill(fmt(today));
    await anna.getByLabel("Valida fino al").fill(fmt(new Date(today.getTime() + 90 * 86_400_000)));
    await Promise.all([anna.waitForURL("**/deleghe?esito=granted"), anna.getByRole("button", { name: "Dai la delega" }).click()]);

    const giulia = await (await newContext()).newPage();
    await citizenLogin(giulia, "Giulia Bianchi", "/area-personale/deleghe");
    await Promise.all([giulia.waitForURL("**/area-personale?esito=acting"), giulia.getByRole("button", { name: "Agisci per Anna Bianchi" }).click()]);
    await giulia.goto("/area-personale/domande/nuova/tari-iscrizione");
    await hydrated(giulia);
    await giulia.getByRole("button", { name: "Inizia la domanda" }).click();
    await giulia.waitForURL("**/privacy");
    await giulia.locator("label[for=accept]").click();
    await Promise.all([giulia.waitForURL("**/passo/**"), giulia.getByRole("button", { name: "Continua", exact: true }).click()]);
    await fillSteps(giulia);
    await hydrated(giulia);
    await giulia.setInputFiles("#doc-titleDocument", { name: "contratto-anna.pdf", mimeType: "application/pdf", buffer: PDF });
    await giulia.getByRole("button", { name: "Carica i file scelti" }).click();
    await giulia.waitForSelector("text=File caricato.");
    await Promise.all([giulia.waitForURL("**/riepilogo"), giulia.getByRole("button", { name: "Continua", exact: true }).click()]);
    await Promise.all([giulia.waitForURL("**/conferma"), giulia.getByRole("button", { name: "Invia la domanda" }).click()]);
    const protocol = (await giulia.getByTestId("protocol").innerText()).trim();
    expect(protocol).toMatch(/^\d{4}\/\d{7}$/);

    // Anna, the applicant, has it in her own list.
    await anna.goto("/area-personale/domande");
    expect(await anna.locator("main").innerText()).toContain(protocol);
  });
});
