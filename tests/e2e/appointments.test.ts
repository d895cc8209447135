/**
 * Booking an appointment in a real browser: an anonymous person books with the keyboard alone (with
 * an error on the way, the error summary taking focus) and cancels with the link of the confirmation;
 * a citizen logged in through the test IdP books with their data already there, finds the booking in
 * the personal area and cancels it there; an operator sees the day's bookings of their office.
 *
 * A server of its own (its bookings must not meet other tests'), with the demo calendars seeded and
 * the anonymous page cache off (the flow's pages change at every step).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import { seedAppointments } from "#db/seed/appointments";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET } from "#db/seed/staff";
import { totpCodeFor } from "~/services/staff-auth.server";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
  const db = openDatabase(server.databaseUrl);
  await seedAppointments(db);
  await db.destroy();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function newContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, ...options });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    return { tag: a?.tagName ?? "", type: a?.type ?? "", name: a?.name ?? "", id: a?.id ?? "", text: (a?.innerText || "").trim(), role: a?.getAttribute("role") ?? "" };
  });

/** Tab until the focused element matches (fails on a keyboard trap or a missing element). */
async function tabUntil(page: Page, matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`focus never reached the element after ${max} Tab presses (${page.url()})`);
}

/** Keyboard only: focus the radio group, choose its first option with Space, send the form with Enter. */
async function chooseFirst(page: Page, name: string, next: RegExp) {
  await hydrated(page);
  await tabUntil(page, (el) => el.type === "radio" && el.name === name);
  await page.keyboard.press("Space");
  await Promise.all([page.waitForURL(next), page.keyboard.press("Enter")]);
}

describe("booking an appointment", () => {
  it("an anonymous person books with the keyboard alone and cancels with the link", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const start = await page.goto("/prenota-appuntamento");
    expect(start?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toBe("Prenota appuntamento");
    // The page the conformity checker opens keeps the site's header and footer.
    expect(await page.locator('[data-element="all-services"]').count()).toBe(1);
    expect(await page.locator("footer").count()).toBeGreaterThan(0);

    await chooseFirst(page, "officeId", /\/motivo$/);
    // "Continua" with nothing chosen: the error summary takes focus and the title says "Errore".
    await hydrated(page);
    await tabUntil(page, (el) => el.tag === "BUTTON" && el.text === "Continua");
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page).then((f) => f.role)).toBe("alert");
    expect(await page.getByRole("alert").innerText()).toContain("Scegli il motivo dell'appuntamento");
    await expect.poll(() => page.title()).toMatch(/^Errore: Per quale motivo\?/);
    expect(await page.locator("#reason").getAttribute("aria-invalid")).toBe("true");

    await chooseFirst(page, "reason", /\/giorno$/);
    await chooseFirst(page, "day", /\/orario$/);
    await chooseFirst(page, "slot", /\/dettagli$/);
    await hydrated(page);
    await tabUntil(page, (el) => el.id === "details");
    await page.keyboard.type("Vorrei informazioni sul cambio di residenza");
    await tabUntil(page, (el) => el.tag === "BUTTON" && el.text === "Continua");
    await Promise.all([page.waitForURL(/\/richiedente$/), page.keyboard.press("Enter")]);

    await hydrated(page);
    await tabUntil(page, (el) => el.id === "givenName");
    await page.keyboard.type("Giuseppina");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Colombo");
    await page.keyboard.press("Tab");
    await page.keyboard.type("giuseppina.colombo@example.org");
    await tabUntil(page, (el) => el.tag === "BUTTON" && el.text === "Continua");
    await Promise.all([page.waitForURL(/\/riepilogo$/), page.keyboard.press("Enter")]);

    const summary = await page.getByTestId("summary").innerText();
    expect(summary).toContain("Giuseppina Colombo");
    expect(summary).toContain("giuseppina.colombo@example.org");
    expect(summary).toContain("Vorrei informazioni sul cambio di residenza");
    await hydrated(page);
    await tabUntil(page, (el) => el.tag === "BUTTON" && el.text === "Conferma l'appuntamento");
    await Promise.all([page.waitForURL(/\/conferma$/), page.keyboard.press("Enter")]);
    // The URL changes before the new page is drawn (client-side navigation): wait for its heading.
    await expect.poll(() => page.locator("h1").innerText()).toBe("Appuntamento prenotato");
    expect(await page.getByTestId("booking-confirmed").innerText()).toMatch(/Ti aspettiamo .+ alle ore \d\d:\d\d\./);
    expect(await page.locator("main").innerText()).toContain("giuseppina.colombo@example.org");

    await hydrated(page);
    await tabUntil(page, (el) => el.tag === "A" && el.text === "Annulla l'appuntamento");
    await Promise.all([page.waitForURL(/\/prenota-appuntamento\/annulla\//), page.keyboard.press("Enter")]);
    await hydrated(page);
    await tabUntil(page, (el) => el.tag === "BUTTON" && el.text === "Sì, annulla l'appuntamento");
    await Promise.all([page.waitForURL(/esito=annullato$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").innerText()).toBe("Appuntamento annullato");
    expect(await page.getByRole("status").first().innerText()).toContain("Hai annullato l'appuntamento");

    const db = openDatabase(server.databaseUrl);
    const rows = await db.selectFrom("appointment").select(["state", "cancelled_by", "given_name"]).where("email", "=", "giuseppina.colombo@example.org").execute();
    await db.destroy();
    expect(rows).toEqual([{ state: "cancelled", cancelled_by: "token", given_name: "Giuseppina" }]);
    await context.close();
  });

  it("works without JavaScript, the errors answered with status 400", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/prenota-appuntamento");
    const response = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Continua" }).click();
    expect((await response).status()).toBe(400);
    expect(await page.title()).toMatch(/^Errore: /);
    expect(await page.getByRole("alert").innerText()).toContain("Scegli un ufficio");
    await page.locator("label", { hasText: "Servizi Demografici" }).click();
    await Promise.all([page.waitForURL(/\/motivo$/), page.getByRole("button", { name: "Continua" }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Per quale motivo?");
    await context.close();
  });

  it("a logged-in citizen books with her data already there, finds it in the personal area and cancels it", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/accedi?ritorno=/prenota-appuntamento");
    await hydrated(page);
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    await hydrated(page);
    await page.locator("label", { hasText: "Anna Bianchi" }).click();
    await Promise.all([page.waitForURL("**/prenota-appuntamento"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    expect(await page.locator("main").innerText()).toContain("Sei entrato come Anna Bianchi");

    const pick = async (label: string | RegExp | null, next: RegExp) => {
      await hydrated(page);
      if (label) await page.locator("label", { hasText: label }).first().click();
      else await page.locator(".form-check label").first().click();
      await Promise.all([page.waitForURL(next), page.getByRole("button", { name: "Continua" }).click()]);
    };
    await pick("Ufficio Tributi", /\/motivo$/);
    await pick(null, /\/giorno$/);
    await pick(null, /\/orario$/);
    await pick(null, /\/dettagli$/);
    await Promise.all([page.waitForURL(/\/richiedente$/), page.getByRole("button", { name: "Continua" }).click()]);
    // Name and codice fiscale come from SPID and are not asked again; the e-mail is prefilled.
    expect(await page.getByTestId("identity-data").innerText()).toContain("BNCNNA41B43I625G");
    expect(await page.locator("#givenName").count()).toBe(0);
    expect(await page.locator("#email").inputValue()).toBe("anna.bianchi@example.org");
    await Promise.all([page.waitForURL(/\/riepilogo$/), page.getByRole("button", { name: "Continua" }).click()]);
    await Promise.all([page.waitForURL(/\/conferma$/), page.getByRole("button", { name: "Conferma l'appuntamento" }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Appuntamento prenotato");

    await page.getByRole("link", { name: "Vai ai tuoi appuntamenti" }).click();
    await page.waitForURL("**/area-personale/appuntamenti");
    const upcoming = page.locator("section", { has: page.getByRole("heading", { name: "Prossimi appuntamenti" }) });
    // A client-side navigation: the URL changes a moment before the new page is drawn.
    await expect.poll(() => upcoming.locator("tbody tr").count()).toBe(1);
    expect(await upcoming.innerText()).toContain("Ufficio Tributi");
    await hydrated(page);
    await upcoming.getByRole("link", { name: /^Annulla l'appuntamento di / }).click();
    await page.getByRole("heading", { name: "Vuoi annullare questo appuntamento?" }).waitFor();
    await Promise.all([page.waitForURL(/esito=annullato$/), page.getByRole("button", { name: "Sì, annulla" }).click()]);
    await expect.poll(() => page.locator("main").innerText()).toContain("Hai annullato l'appuntamento");
    expect(await page.locator("main").innerText()).toContain("Non hai appuntamenti in programma.");
    await context.close();
  });

  it("an operator sees the day's bookings of their office", async () => {
    // A booking for the registry office, made through the flow without a browser.
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/prenota-appuntamento");
    await hydrated(page);
    await page.locator("label", { hasText: "Servizi Demografici" }).click();
    await Promise.all([page.waitForURL(/\/motivo$/), page.getByRole("button", { name: "Continua" }).click()]);
    for (const next of [/\/giorno$/, /\/orario$/, /\/dettagli$/]) {
      await hydrated(page);
      await page.locator(".form-check label").first().click();
      await Promise.all([page.waitForURL(next), page.getByRole("button", { name: "Continua" }).click()]);
    }
    await Promise.all([page.waitForURL(/\/richiedente$/), page.getByRole("button", { name: "Continua" }).click()]);
    await page.getByLabel("Nome", { exact: true }).fill("Ercole");
    await page.getByLabel("Cognome").fill("Brambilla");
    await page.getByLabel("Email").fill("ercole.brambilla@example.org");
    await Promise.all([page.waitForURL(/\/riepilogo$/), page.getByRole("button", { name: "Continua" }).click()]);
    await Promise.all([page.waitForURL(/\/conferma$/), page.getByRole("button", { name: "Conferma l'appuntamento" }).click()]);
    const db = openDatabase(server.databaseUrl);
    const booked = await db.selectFrom("appointment").select("starts_at").where("email", "=", "ercole.brambilla@example.org").executeTakeFirstOrThrow();
    await db.destroy();

    const staff = await newContext();
    const sp = await staff.newPage();
    await sp.goto("/gestione/appuntamenti");
    expect(new URL(sp.url()).pathname).toBe("/gestione/accedi");
    await sp.getByLabel("Nome utente").fill("anagrafe");
    await sp.getByLabel("Password", { exact: true }).fill(DEMO_STAFF_PASSWORD);
    await Promise.all([sp.waitForURL("**/gestione/verifica**"), sp.getByRole("button", { name: "Continua" }).click()]);
    await sp.getByLabel("Codice di 6 cifre").fill(totpCodeFor(DEMO_TOTP_SECRET));
    await Promise.all([sp.waitForURL((u) => u.pathname === "/gestione/appuntamenti"), sp.getByRole("button", { name: "Verifica" }).click()]);
    const day = booked.starts_at.slice(0, 10);
    await sp.goto(`/gestione/appuntamenti?ufficio=servizi-demografici&giorno=${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`);
    const table = sp.getByTestId("day-table");
    expect(await table.locator("caption").innerText()).toMatch(/: 1$/);
    expect(await table.innerText()).toContain("Ercole Brambilla");
    expect(await table.innerText()).toContain(`dalle ${booked.starts_at.slice(11)}`);
    // Another office's list is refused.
    const refused = await sp.goto("/gestione/appuntamenti?ufficio=tributi");
    expect(refused?.status()).toBe(403);
    await staff.close();
    await context.close();
  });
});
