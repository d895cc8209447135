/**
 * The service catalogue in the back office, in a real browser: an administrator finds a service in
 * the list, changes its Italian "Come fare" and makes it bookable only; the public page shows the new
 * text and no online button. A form with errors (with and without JavaScript) keeps what was typed
 * and says "Errore: " in the title; a save from an outdated page is refused; an operator gets 403.
 *
 * A server of its own (DEMO_MODE, so the demo staff accounts exist): these tests change the catalogue.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

/** Online on another site (ANPR) in the seed, and bookable: the edit makes it bookable only. */
const SLUG = "certificati-anagrafici";
const EDIT = `/gestione/servizi/${SLUG}`;
const NEW_HOW_TO = "1. Prenota un appuntamento allo sportello dell'anagrafe.\n2. Porta un documento d'identità.";

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

function newContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, ...options });
}

let admin: BrowserContext;

describe("service catalogue in the back office", () => {
  beforeAll(async () => {
    admin = await newContext();
    await staffLogin(await admin.newPage(), "admin");
  });

  afterAll(async () => {
    await admin?.close();
  });

  it("the administrator edits the Italian 'Come fare' and makes the service bookable only; the public page follows", async () => {
    const page = await admin.newPage();
    await page.goto("/gestione/servizi?modalita=online");
    await hydrated(page);
    const table = page.getByTestId("catalogue-table");
    expect(await table.locator("caption").innerText()).toMatch(/^Servizi trovati con i filtri scelti: \d+$/);
    const row = table.locator("tbody tr", { has: page.locator(`a[href="${EDIT}"]`) });
    expect(await row.locator("td").nth(2).innerText()).toBe("Online, su un sito esterno (anche su appuntamento)");
    await Promise.all([page.waitForURL((u) => u.pathname === EDIT), row.locator(`a[href="${EDIT}"]`).click()]);
    await hydrated(page);
    expect(await page.locator("h1").innerText()).toMatch(/^Modifica la scheda: /);
    expect(await page.locator("#mode").isChecked()).toBe(true);
    expect(await page.locator("#onlineTarget-external").isChecked()).toBe(true);

    await page.locator("#it-how_to").fill(NEW_HOW_TO);
    // bootstrap-italia draws the radio on its label, so the label is what a pointer reaches.
    await page.locator('label[for="mode-booking"]').click();
    expect(await page.locator("#mode-booking").isChecked()).toBe(true);
    await Promise.all([page.waitForURL((u) => u.pathname === EDIT && u.searchParams.get("esito") === "salvato"), page.getByRole("button", { name: "Salva le modifiche" }).click()]);
    await expect.poll(() => page.locator("main").getByRole("status").innerText()).toContain("Modifiche salvate.");
    expect(await page.locator("#it-how_to").inputValue()).toBe(NEW_HOW_TO);
    expect(await page.locator("#mode-booking").isChecked()).toBe(true);

    // A reader who is not logged in sees the new text, no online button and the booking button.
    const visitor = await newContext();
    const pub = await visitor.newPage();
    const response = await pub.goto(`/servizi/${SLUG}`);
    expect(response?.status()).toBe(200);
    const howTo = pub.locator('[data-element="service-how-to"]');
    expect(await howTo.locator("ol li").allInnerTexts()).toEqual(["Prenota un appuntamento allo sportello dell'anagrafe.", "Porta un documento d'identità."]);
    expect(await pub.locator('[data-element="service-online-access"]').count()).toBe(0);
    expect(await pub.locator('[data-element="service-booking-access"]').count()).toBe(1);
    await visitor.close();

    // The audit log has the save, with the names of the fields changed.
    await page.goto("/gestione/registro?evento=catalogue.service.updated");
    const audit = page.getByTestId("audit-table");
    const first = await audit.locator("tbody tr").first().innerText();
    expect(first).toContain("it.how_to");
    expect(first).toContain("online_url");
    expect(first).not.toContain("Prenota un appuntamento");
    await page.close();
  });

  it("a form with errors keeps what was typed, links the summary to the fields and says 'Errore: ' (with JavaScript)", async () => {
    const page = await admin.newPage();
    await page.goto(EDIT);
    await hydrated(page);
    await page.locator("#it-how_to").fill("");
    await page.locator("#en-outcome").fill("You get the certificate as a PDF file.");
    await page.getByRole("button", { name: "Salva le modifiche" }).click();
    const summary = page.getByRole("alert");
    await expect.poll(() => summary.innerText()).toContain("Come fare (italiano): scrivi almeno 3 caratteri.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await expect.poll(() => page.title()).toMatch(/^Errore: /);
    expect(await page.locator("#it-how_to").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#it-how_to").getAttribute("aria-describedby")).toContain("it-how_to-error");
    expect(await page.locator("#en-outcome").inputValue()).toBe("You get the certificate as a PDF file.");
    await summary.getByRole("link").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("it-how_to");
    await page.close();
  });

  it("without JavaScript the same errors come back as a 400 page", async () => {
    const cookies = await admin.cookies();
    const noScript = await newContext({ javaScriptEnabled: false });
    await noScript.addCookies(cookies);
    const page = await noScript.newPage();
    await page.goto(EDIT);
    await page.locator("#externalUrl").fill("http://www.example.org/");
    await page.locator('label[for="mode"]').click();
    await page.locator('label[for="onlineTarget-external"]').click();
    expect(await page.locator("#onlineTarget-external").isChecked()).toBe(true);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === EDIT), page.getByRole("button", { name: "Salva le modifiche" }).click()]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: /);
    expect(await page.getByRole("alert").innerText()).toContain("https://");
    expect(await page.locator("#externalUrl").inputValue()).toBe("http://www.example.org/");
    await noScript.close();
  });

  it("a save from a page loaded before someone else's save is refused, and the typed text is kept", async () => {
    const first = await admin.newPage();
    const second = await admin.newPage();
    await first.goto(EDIT);
    await hydrated(first);
    await second.goto(EDIT);
    await hydrated(second);
    await second.locator("#it-cost").fill("Il certificato costa 16 euro di bollo più 0,52 euro di diritti.");
    await Promise.all([second.waitForURL((u) => u.searchParams.get("esito") === "salvato"), second.getByRole("button", { name: "Salva le modifiche" }).click()]);

    await first.locator("#it-outcome").fill("Ricevi il certificato in carta da bollo.");
    await first.getByRole("button", { name: "Salva le modifiche" }).click();
    const conflict = first.getByTestId("conflict");
    await expect.poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.innerText()).toContain("Cosa si ottiene (italiano)");
    expect(await first.locator("#it-outcome").inputValue()).toBe("Ricevi il certificato in carta da bollo.");
    await expect.poll(() => first.title()).toMatch(/^Errore: /);

    // The other person's text is still the one saved.
    const visitor = await newContext();
    const pub = await visitor.newPage();
    await pub.goto(`/servizi/${SLUG}`);
    expect(await pub.locator("#quanto-costa").innerText()).toContain("16 euro di bollo");
    expect(await pub.locator('[data-element="service-achieved"]').innerText()).not.toContain("carta da bollo");
    await visitor.close();
    await first.close();
    await second.close();
  });

  it("an operator is refused the catalogue pages (403)", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await staffLogin(page, "anagrafe");
    expect((await page.goto("/gestione/servizi"))?.status()).toBe(403);
    expect((await page.goto(EDIT))?.status()).toBe(403);
    await context.close();
  });
});
