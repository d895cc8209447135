/**
 * The back office's login and administration in a real browser: an administrator logs in with the
 * keyboard alone (password, then the TOTP code), creates an operator and logs out; the operator logs
 * in with the temporary password, chooses their own, enrols a second factor and reaches /gestione;
 * a wrong password says only the generic message; an operator is refused the staff list.
 *
 * A server of its own (DEMO_MODE, so the demo staff accounts exist): these tests change accounts.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET } from "#db/seed/staff";
import { stepOf } from "~/domain/staff-auth";
import { totpCodeFor } from "~/services/staff-auth.server";
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

function newContext(options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, ...options });
}

/** The last TOTP step each account used: a code is accepted once, so wait for the next step. */
const usedSteps = new Map<string, number>();

async function freshCode(account: string, secret: string): Promise<string> {
  const last = usedSteps.get(account);
  while (last !== undefined && stepOf(new Date()) <= last) await new Promise((r) => setTimeout(r, 500));
  const now = new Date();
  usedSteps.set(account, stepOf(now));
  return totpCodeFor(secret, now);
}

/** Presses Tab until the element with `id` has focus (fails on a keyboard trap or a missing field). */
async function tabToId(page: Page, id: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`focus never reached #${id} after ${max} Tab presses`);
}

/** Logs a demo account in (password and TOTP code) with the mouse-free path of a script, not the keyboard test. */
async function loginDemo(page: Page, username: string) {
  await page.goto("/gestione/accedi");
  await page.getByLabel("Nome utente").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await Promise.all([page.waitForURL("**/gestione/verifica"), page.getByRole("button", { name: "Continua" }).click()]);
  await page.getByLabel("Codice di 6 cifre").fill(await freshCode(username, DEMO_TOTP_SECRET));
  await Promise.all([page.waitForURL((u) => u.pathname === "/gestione"), page.getByRole("button", { name: "Verifica" }).click()]);
}

const NEW_USER = { username: "mario.rossi", name: "Mario Rossi", email: "mario.rossi@comune.invalid" };
let temporaryPassword = "";

describe("staff login and administration", () => {
  it("an administrator logs in with the keyboard alone, lists the staff, creates an operator and logs out", async () => {
    const context = await newContext();
    const page = await context.newPage();
    // A protected page sends a visitor to the login, and the login comes back to it.
    await page.goto("/gestione/utenti");
    expect(new URL(page.url()).pathname).toBe("/gestione/accedi");
    expect(new URL(page.url()).searchParams.get("ritorno")).toBe("/gestione/utenti");
    await hydrated(page);
    expect(await page.locator("#username").getAttribute("autocomplete")).toBe("username");
    expect(await page.locator("#password").getAttribute("autocomplete")).toBe("current-password");
    expect(await page.locator("iframe, [class*=captcha]").count()).toBe(0);

    await tabToId(page, "username");
    await page.keyboard.type("admin");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("password");
    await page.keyboard.type(DEMO_STAFF_PASSWORD);
    await Promise.all([page.waitForURL("**/gestione/verifica?ritorno=*"), page.keyboard.press("Enter")]);

    expect(await page.locator("#code").getAttribute("autocomplete")).toBe("one-time-code");
    expect(await page.locator("#code").getAttribute("inputmode")).toBe("numeric");
    await hydrated(page);
    await tabToId(page, "code");
    await page.keyboard.type(await freshCode("admin", DEMO_TOTP_SECRET));
    await Promise.all([page.waitForURL((u) => u.pathname === "/gestione/utenti"), page.keyboard.press("Enter")]);

    const table = page.getByTestId("staff-table");
    expect(await table.locator("caption").innerText()).toMatch(/^Account del personale: 5$/);
    expect(await table.locator("th[scope=col]").count()).toBe(5);
    const names = await table.locator("tbody th").allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(["admin", "anagrafe", "tributi", "piano"]));

    // Create an operator of the registry office.
    await page.getByLabel("Nome utente").fill(NEW_USER.username);
    await page.getByLabel("Nome e cognome").fill(NEW_USER.name);
    await page.getByLabel("Email").fill(NEW_USER.email);
    // bootstrap-italia draws the checkbox on its label, so the label is what a pointer reaches.
    await page.locator("label", { hasText: "Servizi Demografici - Anagrafe e Stato civile" }).click();
    expect(await page.getByLabel("Servizi Demografici - Anagrafe e Stato civile").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Crea l'account" }).click();
    await expect.poll(() => page.getByTestId("temporary-password").isVisible()).toBe(true);
    temporaryPassword = (await page.locator("#temporary-password").innerText()).trim();
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    expect(await page.getByTestId("temporary-password").innerText()).toContain("La vedi solo adesso");
    await expect.poll(() => table.locator("tbody th").allInnerTexts()).toContain(NEW_USER.username);

    // The same username again: an error that keeps what was typed, with the "Errore: " title.
    await page.getByLabel("Nome utente").fill(NEW_USER.username);
    await page.getByLabel("Nome e cognome").fill("Altro Nome");
    await page.getByLabel("Email").fill("altro@comune.invalid");
    await page.locator("label", { hasText: /^Amministratore$/ }).click();
    await page.getByRole("button", { name: "Crea l'account" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Questo nome utente è già usato");
    expect(await page.getByLabel("Nome e cognome").inputValue()).toBe("Altro Nome");
    expect(await page.locator("#username").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.title()).toMatch(/^Errore: /);
    expect(await page.getByTestId("temporary-password").count()).toBe(0);

    // The audit log shows the creation, filtered by event.
    await page.goto("/gestione/registro?evento=staff.created");
    const audit = page.getByTestId("audit-table");
    expect(await audit.locator("caption").innerText()).toContain("filtri");
    expect(await audit.locator("tbody tr").count()).toBe(1);
    expect(await audit.locator("tbody tr").first().innerText()).toContain("admin");

    await page.goto("/gestione");
    await Promise.all([page.waitForURL("**/gestione/accedi?esito=uscito"), page.getByRole("button", { name: "Esci" }).click()]);
    expect(await page.locator("main").getByRole("status").innerText()).toContain("Sei uscito");
    // Logged out: the back office asks for the login again.
    await page.goto("/gestione");
    expect(new URL(page.url()).pathname).toBe("/gestione/accedi");
    await context.close();
  });

  it("the new operator logs in with the temporary password, chooses a password, enrols TOTP and reaches /gestione", async () => {
    expect(temporaryPassword).not.toBe("");
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/gestione/accedi");
    await page.getByLabel("Nome utente").fill(NEW_USER.username);
    await page.getByLabel("Password", { exact: true }).fill(temporaryPassword);
    await Promise.all([page.waitForURL("**/gestione/cambia-password"), page.getByRole("button", { name: "Continua" }).click()]);

    // Forced change: the current password is not asked again.
    expect(await page.locator("#currentPassword").count()).toBe(0);
    expect(await page.locator("#newPassword").getAttribute("autocomplete")).toBe("new-password");
    // A short password is refused, with the reason.
    await page.getByLabel("Nuova password", { exact: true }).fill("corta");
    await page.getByLabel("Ripeti la nuova password").fill("corta");
    await page.getByRole("button", { name: "Salva la nuova password" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("almeno 12 caratteri");
    await expect.poll(() => page.title()).toMatch(/^Errore: /);

    const newPassword = "una frase lunga e mia 2026";
    await page.getByLabel("Nuova password", { exact: true }).fill(newPassword);
    await page.getByLabel("Ripeti la nuova password").fill(newPassword);
    await Promise.all([page.waitForURL("**/gestione/attiva-otp"), page.getByRole("button", { name: "Salva la nuova password" }).click()]);

    const img = page.locator("main img");
    expect(await img.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await img.getAttribute("alt")).toContain("scritta sotto");
    const key = page.getByTestId("totp-key");
    expect(await key.getAttribute("class")).toContain("font-monospace");
    const readable = (await key.innerText()).trim();
    expect(readable).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(await page.locator('a[href^="otpauth://totp/"]').count()).toBe(1);

    // A wrong code first, then the right one computed from the key read on the page.
    await page.getByLabel("Codice di 6 cifre mostrato dall'app").fill("12345");
    await page.getByRole("button", { name: "Attiva" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("6 cifre");
    await page.getByLabel("Codice di 6 cifre mostrato dall'app").fill(await freshCode(NEW_USER.username, readable.replace(/\s/g, "")));
    await Promise.all([page.waitForURL((u) => u.pathname === "/gestione"), page.getByRole("button", { name: "Attiva" }).click()]);
    // The URL changes before the new page is drawn (client-side navigation): wait for its heading.
    await expect.poll(() => page.locator("h1").innerText()).toBe(`Buongiorno, ${NEW_USER.name}`);
    expect(await page.getByTestId("staff-roles").innerText()).toContain("Operatore di sportello");
    // An operator sees no administration links.
    expect(await page.locator('a[href="/gestione/utenti"]').count()).toBe(0);
    await context.close();
  });

  it("a wrong password shows the one generic error and keeps the username (with and without JavaScript)", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto("/gestione/accedi");
    await hydrated(page);
    await page.getByLabel("Nome utente").fill("admin");
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Continua" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Nome utente o password non corretti");
    // The error summary takes focus, so a screen reader reads it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toMatch(/role="alert"/);
    expect(await page.locator("#username").inputValue()).toBe("admin");
    expect(await page.locator("#password").inputValue()).toBe("");
    await expect.poll(() => page.title()).toMatch(/^Errore: /);
    // An unknown username gets exactly the same answer.
    const known = await page.locator("#username-error").innerText();
    await page.getByLabel("Nome utente").fill("nessuno");
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Continua" }).click();
    await expect.poll(() => page.locator("#username").inputValue()).toBe("nessuno");
    expect(await page.locator("#username-error").innerText()).toBe(known);
    await context.close();

    const noJs = await newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto("/gestione/accedi");
    await plain.getByLabel("Nome utente").fill("admin");
    await plain.getByLabel("Password", { exact: true }).fill("still-not-it");
    const [response] = await Promise.all([plain.waitForResponse((r) => r.request().method() === "POST"), plain.getByLabel("Password", { exact: true }).press("Enter")]);
    expect(response.status()).toBe(400);
    await plain.waitForLoadState("load");
    expect(await plain.title()).toMatch(/^Errore: Accesso per il personale/);
    expect(await plain.locator("#username").inputValue()).toBe("admin");
    expect(await plain.locator("#username-error").innerText()).toBe(known);
    await noJs.close();
  });

  it("an administrator resets an account (with its second factor) and deactivates it; the account can no longer log in", { timeout: 120_000 }, async () => {
    const context = await newContext();
    const page = await context.newPage();
    // The administrator's previous code step must pass first: this may wait up to 30 s.
    await loginDemo(page, "admin");
    await page.goto("/gestione/utenti");
    await Promise.all([page.waitForURL(/\/gestione\/utenti\/\d+$/), page.getByRole("link", { name: `Gestisci ${NEW_USER.username}` }).click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe(`Account di ${NEW_USER.name}`);

    await page.locator("label", { hasText: "Disattiva anche il codice di verifica" }).click();
    await page.getByRole("button", { name: "Reimposta la password" }).click();
    await expect.poll(() => page.getByTestId("temporary-password").isVisible()).toBe(true);
    const reset = (await page.locator("#temporary-password").innerText()).trim();
    expect(reset).not.toBe(temporaryPassword);
    expect(await page.locator("main").getByRole("status").innerText()).toContain("Password reimpostata");
    // The second factor was removed with the reset.
    await expect.poll(() => page.locator("dl").innerText()).toMatch(/Codice di verifica attivo\s+No/);

    await page.getByRole("button", { name: "Disattiva l'account" }).click();
    await expect.poll(() => page.locator("main").getByRole("status").innerText()).toBe("Account disattivato.");
    await expect.poll(() => page.locator("dl").innerText()).toContain("Disattivato");
    await context.close();

    const other = await newContext();
    const login = await other.newPage();
    await login.goto("/gestione/accedi");
    await login.getByLabel("Nome utente").fill(NEW_USER.username);
    await login.getByLabel("Password", { exact: true }).fill(reset);
    await login.getByRole("button", { name: "Continua" }).click();
    await expect.poll(() => login.getByRole("alert").innerText()).toContain("Nome utente o password non corretti");
    await other.close();
  });

  it("an operator opening the staff list gets the 403 page", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await loginDemo(page, "anagrafe");
    const response = await page.goto("/gestione/utenti");
    expect(response?.status()).toBe(403);
    expect(await page.locator("h1").innerText()).toBe("Accesso non consentito");
    const audit = await page.goto("/gestione/registro");
    expect(audit?.status()).toBe(403);
    await context.close();
  });
});
