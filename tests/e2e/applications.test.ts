/**
 * Online applications in a real browser, end to end: Anna Bianchi logs in through the test IdP,
 * fills the TARI new-account form step by step (one wrong attachment refused — a renamed program —
 * with the rest of the draft kept), submits, sees the protocol number and downloads the PDF
 * receipt; the tax office takes it in charge and asks for an integration; Anna answers; the office
 * accepts; Anna sees each step. Another citizen can see and download none of it, by URL or by id.
 *
 * A server of its own (DEMO_MODE for the test IdP and the demo staff; no page cache).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET } from "#db/seed/staff";
import { stepOf } from "~/domain/staff-auth";
import { totpCodeFor } from "~/services/staff-auth.server";
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

let lastStep = -1;
async function staffLogin(page: Page, username: string) {
  await page.goto("/gestione/accedi");
  await page.getByLabel("Nome utente").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await Promise.all([page.waitForURL("**/gestione/verifica"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
  while (stepOf(new Date()) <= lastStep) await new Promise((r) => setTimeout(r, 500));
  lastStep = stepOf(new Date());
  await page.getByLabel("Codice di 6 cifre").fill(totpCodeFor(DEMO_TOTP_SECRET, new Date()));
  await Promise.all([page.waitForURL((u) => u.pathname === "/gestione"), page.getByRole("button", { name: "Verifica" }).click()]);
}

/** The answers, by input name, as Anna types them. */
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
  email: "anna.bianchi@example.it",
};

/** Fills what the current step shows, from ANSWERS (radios by value, text by name). */
async function fillStep(page: Page) {
  for (const [name, value] of Object.entries(ANSWERS)) {
    const inputs = page.locator(`[name="${name}"]:visible`);
    const count = await inputs.count();
    if (!count) continue;
    const type = await inputs.first().getAttribute("type");
    if (type === "radio" || type === "checkbox") {
      const id = await page.locator(`[name="${name}"][value="${value}"]`).getAttribute("id");
      await page.locator(`label[for="${id}"]`).click();
    }
    else await inputs.first().fill(value);
  }
}

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

let applicationPath = "";
let protocol = "";
let receiptFileId = "";

describe("an online TARI application, from the citizen to the office and back", () => {
  it("Anna fills it step by step, a renamed program is refused without losing anything, she submits and gets the protocol number and the receipt", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await citizenLogin(page, "Anna Bianchi", "/area-personale/domande/nuova/tari-iscrizione");
    await hydrated(page);
    await page.getByRole("button", { name: "Inizia la domanda" }).click();
    await page.waitForURL("**/privacy");

    // The privacy notice must be accepted: without it, a clear error and focus on the summary.
    await page.getByRole("button", { name: "Continua", exact: true }).click();
    await page.waitForLoadState();
    expect(await page.title()).toMatch(/^Errore: /);
    expect(await page.getByRole("alert").innerText()).toContain("conferma di aver letto");
    // bootstrap-italia draws the box over the input: people (and tests) click its label.
    await page.locator("label[for=accept]").click();
    await Promise.all([page.waitForURL("**/passo/**"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
    applicationPath = new URL(page.url()).pathname.replace(/\/passo\/.*$/, "");

    // A step continued empty shows its errors and keeps the page (and the draft).
    await hydrated(page);
    await Promise.all([page.waitForURL("**/passo/chi-paga"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
    await page.waitForSelector("[role=alert]");
    expect(await page.title()).toMatch(/^Errore: /);

    for (let i = 0; i < 12 && page.url().includes("/passo/"); i++) {
      await hydrated(page);
      const before = page.url();
      await fillStep(page);
      await page.getByRole("button", { name: "Continua", exact: true }).click();
      await page.waitForURL((u) => u.href !== before);
    }
    expect(page.url()).toContain("/allegati");

    // A program renamed .pdf is refused with a clear message; nothing typed before is lost.
    await hydrated(page);
    await page.setInputFiles("#doc-titleDocument", { name: "contratto.pdf", mimeType: "application/pdf", buffer: EXE });
    await page.getByRole("button", { name: "Carica i file scelti" }).click();
    await page.waitForSelector("[role=alert]");
    expect(await page.getByRole("alert").innerText()).toContain("è un programma o un archivio");
    await page.setInputFiles("#doc-titleDocument", { name: "contratto.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Carica i file scelti" }).click();
    await page.waitForSelector("text=File caricato.");
    expect(await page.locator("main").innerText()).toContain("contratto.pdf");
    await Promise.all([page.waitForURL("**/riepilogo"), page.getByRole("button", { name: "Continua", exact: true }).click()]);

    const summary = await page.locator("main").innerText();
    expect(summary).toContain("Via Umberto I 12");
    expect(summary).toContain("84,50");
    expect(summary).toContain("contratto.pdf");
    await Promise.all([page.waitForURL("**/conferma"), page.getByRole("button", { name: "Invia la domanda" }).click()]);
    protocol = (await page.getByTestId("protocol").innerText()).trim();
    expect(protocol).toMatch(/^\d{4}\/\d{7}$/);

    const receipt = await page.request.get(`${applicationPath}/ricevuta`);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()["content-type"]).toBe("application/pdf");
    const bytes = new Uint8Array(await receipt.body());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text.replace(/\s+/g, " ")).toContain(protocol);
    expect(text).toContain("contratto.pdf");

    await page.goto(applicationPath);
    expect(await page.getByTestId("case-state").innerText()).toContain("Inviata");
    receiptFileId = (await page.locator("a[href*='/file/']").first().getAttribute("href"))!.split("/").pop()!;
    await context.close();
  });

  it("the tax office takes it in charge and asks for an integration; Anna answers; the office accepts; Anna sees each step", async () => {
    const office = await (await newContext()).newPage();
    await staffLogin(office, "tributi");
    await office.goto(`/gestione/domande?cerca=${encodeURIComponent(protocol)}`);
    await office.getByRole("link", { name: protocol }).click();
    await office.waitForURL("**/gestione/domande/*");
    await hydrated(office);
    await Promise.all([office.waitForURL("**esito=fatto"), office.getByRole("button", { name: "Prendi in carico" }).click()]);
    expect(await office.getByTestId("office-state").innerText()).toBe("Presa in carico");
    // Asking for an integration without saying what is needed is refused.
    await office.getByRole("button", { name: "Chiedi un'integrazione" }).click();
    await office.waitForSelector("[role=alert]");
    await office.getByLabel("Messaggio al cittadino").fill("Serve la planimetria dei locali.");
    await Promise.all([office.waitForURL("**esito=fatto"), office.getByRole("button", { name: "Chiedi un'integrazione" }).click()]);
    expect(await office.getByTestId("office-state").innerText()).toBe("Integrazione richiesta");

    const citizen = await (await newContext()).newPage();
    await citizenLogin(citizen, "Anna Bianchi", "/area-personale/domande");
    expect(await citizen.locator("main").innerText()).toContain("Serve una tua azione");
    await citizen.goto(applicationPath);
    expect(await citizen.getByTestId("case-state").innerText()).toContain("Serve una tua azione");
    expect(await citizen.locator("main").innerText()).toContain("Serve la planimetria dei locali.");
    await citizen.getByLabel("Il tuo messaggio").fill("Ecco la planimetria.");
    await citizen.setInputFiles("#answer-files", { name: "planimetria.pdf", mimeType: "application/pdf", buffer: PDF });
    await Promise.all([citizen.waitForURL("**esito=sent**"), citizen.getByRole("button", { name: "Invia la risposta" }).click()]);
    expect(await citizen.getByTestId("case-state").innerText()).toContain("In lavorazione");

    await office.reload();
    expect(await office.getByTestId("office-state").innerText()).toBe("Presa in carico");
    expect(await office.locator("main").innerText()).toContain("Ecco la planimetria.");
    expect(await office.locator("main").innerText()).toContain("planimetria.pdf");
    await office.getByLabel("Messaggio al cittadino").fill("Iscrizione registrata dal 1° giugno 2025.");
    // The decision goes to the citizen as a document with the message; a program is refused first, keeping the message.
    await office.setInputFiles("#office-files", { name: "provvedimento.pdf", mimeType: "application/pdf", buffer: EXE });
    await office.getByRole("button", { name: "Accogli la domanda" }).click();
    await office.waitForSelector("[role=alert]");
    expect(await office.getByRole("alert").innerText()).toContain("è un programma o un archivio");
    expect(await office.getByTestId("office-state").innerText()).toBe("Presa in carico");
    expect(await office.getByLabel("Messaggio al cittadino").inputValue()).toBe("Iscrizione registrata dal 1° giugno 2025.");
    await office.setInputFiles("#office-files", { name: "provvedimento.pdf", mimeType: "application/pdf", buffer: PDF });
    await Promise.all([office.waitForURL("**esito=fatto"), office.getByRole("button", { name: "Accogli la domanda" }).click()]);
    expect(await office.getByTestId("office-state").innerText()).toBe("Accolta");

    await citizen.goto(applicationPath);
    expect(await citizen.getByTestId("case-state").innerText()).toContain("Conclusa");
    const history = await citizen.getByTestId("history").innerText();
    for (const step of ["Domanda inviata", "Presa in carico dall'ufficio", "L'ufficio ha chiesto", "Integrazione inviata", "Domanda accolta"]) expect(history).toContain(step);
    expect(await citizen.locator("main").innerText()).toContain("Iscrizione registrata dal 1° giugno 2025.");
    const decision = citizen.getByRole("link", { name: "provvedimento.pdf" });
    const download = await citizen.request.get((await decision.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // Concluded: there is nothing to withdraw any more.
    expect(await citizen.getByRole("button", { name: "Ritira la domanda" }).count()).toBe(0);
  });

  it("a citizen withdraws an application the office has not started, after confirming it", async () => {
    const page = await (await newContext()).newPage();
    await citizenLogin(page, "Giulia Bianchi", "/area-personale/domande/nuova/tari-iscrizione");
    await hydrated(page);
    await page.getByRole("button", { name: "Inizia la domanda" }).click();
    await page.waitForURL("**/privacy");
    await page.locator("label[for=accept]").click();
    await Promise.all([page.waitForURL("**/passo/**"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
    for (let i = 0; i < 12 && page.url().includes("/passo/"); i++) {
      await hydrated(page);
      const before = page.url();
      await fillStep(page);
      await page.getByRole("button", { name: "Continua", exact: true }).click();
      await page.waitForURL((u) => u.href !== before);
    }
    await Promise.all([page.waitForURL("**/riepilogo"), page.getByRole("button", { name: "Continua", exact: true }).click()]);
    await Promise.all([page.waitForURL("**/conferma"), page.getByRole("button", { name: "Invia la domanda" }).click()]);
    await page.getByRole("link", { name: "Segui la domanda" }).click();
    await hydrated(page);

    // Without the confirmation box ticked: a clear error, nothing changes.
    await page.getByRole("button", { name: "Ritira la domanda" }).click();
    await page.waitForSelector("[role=alert]");
    expect(await page.getByRole("alert").innerText()).toContain("spunta la casella di conferma");
    expect(await page.getByTestId("case-state").innerText()).toContain("Inviata");
    await page.locator("label[for=confirm-withdraw]").click();
    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "ritirata"), page.getByRole("button", { name: "Ritira la domanda" }).click()]);
    expect(await page.getByRole("status").first().innerText()).toContain("Hai ritirato la domanda.");
    expect(await page.getByTestId("case-state").innerText()).toContain("Conclusa");
    expect(await page.getByTestId("history").innerText()).toContain("Domanda ritirata");
  });

  it("another citizen can see or download none of it, by URL or by id", async () => {
    const page = await (await newContext()).newPage();
    await citizenLogin(page, "Mario Rossi", "/area-personale/domande");
    expect(await page.locator("main").innerText()).not.toContain(protocol);
    for (const path of [applicationPath, `${applicationPath}/ricevuta`, `${applicationPath}/file/${receiptFileId}`, `${applicationPath}/riepilogo`, `${applicationPath}/conferma`]) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(404);
    }
    const csrf = await page.locator("input[name=_csrf]").first().getAttribute("value").catch(() => null);
    const post = await page.request.post(applicationPath, { form: { _csrf: csrf ?? "", body: "ciao", intent: "message" }, maxRedirects: 0, headers: { Origin: server.url } });
    expect(post.status()).toBe(404);
  });
});
