import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "#db/connection";
import { X509Certificate } from "node:crypto";
import { verifyEnvelopedSignature } from "~/services/saml/signing.server";
import { startServer } from "../setup/server";
import { CIE_XSD, OASIS_XSD, SPID_XSD, validateAgainst } from "../setup/xsd";
import { baseUrl, browserContext, closeBrowser, hydrated, tabTo } from "./helpers";

afterAll(closeBrowser);

/** Through the SPID button and the bundled test IdP: a real signed AuthnRequest and a real signed Response. */
async function loginWithSpid(page: Page, citizen: string, options: { outcome?: string; level?: string } = {}) {
  await page.goto("/accedi");
  await hydrated(page);
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await hydrated(page);
  // bootstrap-italia draws its own radio buttons: the label is what a person clicks.
  await page.locator("label", { hasText: citizen }).click();
  if (options.level) await page.locator("label", { hasText: `SPID livello ${options.level}` }).click();
  if (options.outcome) await page.locator("label", { hasText: options.outcome }).click();
  await page.getByRole("button", { name: "Accedi", exact: true }).click();
}

describe("citizen login with SPID through the test IdP", () => {
  it("opens the IdP list with the keyboard, closes it with Esc and gives focus back", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/accedi");
    await hydrated(page);
    const button = page.getByRole("button", { name: "Entra con SPID" });
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("#spid-idps").isHidden()).toBe(true);
    await tabTo(page, (el) => el.text === "Entra con SPID");
    await page.keyboard.press("Enter");
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("true");
    // Focus goes to the first IdP of the list, which every IdP's button names.
    const focused = await page.evaluate(() => document.activeElement?.closest("form")?.getAttribute("action"));
    expect(focused).toBe("/spid/login");
    await page.keyboard.press("Escape");
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Entra con SPID");
    await context.close();
  });

  it("logs a citizen over 80 in, shows her name and codice fiscale in the personal area, and logs her out", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/");
    await Promise.all([page.waitForURL("**/accedi"), page.locator("[data-element=personal-area-login]").click()]);
    await loginWithSpid(page, "Anna Bianchi");
    await page.waitForURL("**/area-personale");
    expect(await page.locator("h1").innerText()).toBe("Ciao, Anna Bianchi");
    const data = await page.getByTestId("citizen-data").innerText();
    expect(data).toContain("BNCNNA41B43I625G");
    expect(data).toContain("3 febbraio 1941");
    expect(data).toContain("SPID, livello 2");
    // The header says who is logged in; the session cookie is httpOnly and SameSite=Lax.
    expect(await page.locator("[data-element=personal-area-login]").innerText()).toContain("Anna Bianchi");
    const cookie = (await context.cookies()).find((c) => c.name === "__session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");

    await Promise.all([page.waitForURL("**/accedi?esito=uscito"), page.getByRole("button", { name: "Esci" }).first().click()]);
    expect(await page.getByRole("status").first().innerText()).toContain("Sei uscito");
    // The session is gone on the server too: the personal area asks to log in again.
    await page.goto("/area-personale");
    expect(new URL(page.url()).pathname).toBe("/accedi");
    await context.close();
  });

  it("rotates the session id at login (a planted session is worthless)", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await loginWithSpid(page, "Mario Rossi");
    await page.waitForURL("**/area-personale");
    const first = (await context.cookies()).find((c) => c.name === "__session")?.value;
    await page.goto("/accedi");
    await loginWithSpid(page, "Mario Rossi");
    await page.waitForURL("**/area-personale");
    const second = (await context.cookies()).find((c) => c.name === "__session")?.value;
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    await context.close();
  });

  it("turns the IdP's errors into clear pages answered with 403", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    const acs = page.waitForResponse((r) => r.url().endsWith("/spid/acs"));
    await loginWithSpid(page, "Mario Rossi", { outcome: "Errore nr22" });
    expect((await acs).status()).toBe(403);
    expect(await page.locator("h1").innerText()).toBe("Accesso non riuscito");
    expect(await page.getByRole("alert").innerText()).toContain("Non hai dato il consenso");
    expect(await page.title()).toMatch(/^Accesso non riuscito – /);
    await page.goto("/accedi");
    await hydrated(page);
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    await page.getByRole("button", { name: "Annulla l'accesso" }).click();
    await page.waitForURL("**/spid/acs");
    expect(await page.getByRole("alert").innerText()).toContain("Hai annullato l'accesso");
    await context.close();
  });

  it("refuses a lower level than the service asked", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    const acs = page.waitForResponse((r) => r.url().endsWith("/spid/acs"));
    await loginWithSpid(page, "Mario Rossi", { level: "1" });
    expect((await acs).status()).toBe(403);
    await page.getByText(/AUTHN_LEVEL_TOO_LOW/).waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("livello di sicurezza SPID più basso");
    await context.close();
  });

  it("asks the SPID level a service needs: a level-2 session is sent to log in again at level 3", async () => {
    const db = openDatabase(inject("databaseUrl"));
    await db.updateTable("service").set({ spid_level: 3 }).where("slug", "=", "tari-cessazione").execute();
    await db.destroy();
    const context = await browserContext();
    const page = await context.newPage();
    await loginWithSpid(page, "Mario Rossi");
    await page.waitForURL("**/area-personale");
    await page.goto("/area-personale/domande/nuova/tari-cessazione");
    expect(new URL(page.url()).searchParams.get("livello")).toBe("3");
    expect(await page.locator("main").innerText()).toContain("Questo servizio richiede SPID di livello 3");
    // The level travels in the signed AuthnRequest: the test IdP proposes it, with ForceAuthn.
    await hydrated(page);
    await page.getByRole("button", { name: "Entra con SPID" }).click();
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    expect(await page.getByText("Livello richiesto: SPID 3").count()).toBe(1);
    await hydrated(page);
    await Promise.all([page.waitForURL("**/area-personale/domande/nuova/tari-cessazione"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Cessazione della TARI: domanda online");
    await context.close();
  });

  it("warns before the idle timeout and lets the citizen continue with one button (WCAG 2.2.1)", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await loginWithSpid(page, "Anna Bianchi");
    await page.waitForURL("**/area-personale");
    // 28 minutes of inactivity later the page asks the server how long is left: 90 seconds.
    await page.route("**/sessione", (route) =>
      route.request().method() === "GET" ? route.fulfill({ json: { secondsLeft: 90, warnBeforeSeconds: 120 } }) : route.continue(),
    );
    await page.clock.install();
    await page.goto("/area-personale");
    await hydrated(page);
    await page.locator("[data-testid=session-end][data-ready]").waitFor({ state: "attached" });
    await page.clock.fastForward("29:00");
    const dialog = page.getByRole("alertdialog", { name: "La sessione sta per scadere" });
    await dialog.waitFor();
    // Focus is on the button that continues, so Enter is enough.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Continua la sessione");
    const extended = page.waitForResponse((r) => r.url().endsWith("/sessione") && r.request().method() === "POST");
    await page.keyboard.press("Enter");
    expect((await extended).status()).toBe(200);
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("session-end").innerText()).toContain("La sessione è stata prolungata");
    await context.close();
  });

  it("works without JavaScript: the IdP list is open and the SAML answer is sent with a button", async () => {
    const context = await browserContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/accedi");
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
    await page.locator("label", { hasText: "Luca Ferrari" }).click();
    await Promise.all([page.waitForURL("**/test-idp/risposta"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Ritorno allo sportello");
    await Promise.all([page.waitForURL("**/area-personale"), page.getByRole("button", { name: "Continua" }).click()]);
    expect(await page.getByTestId("citizen-data").innerText()).toContain("FRRLCU01L15F704V");
    await context.close();
  });

  it("logs in with CIE, which sends no email", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/accedi");
    await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con CIE" }).click()]);
    await hydrated(page);
    await page.locator("label", { hasText: "Giuseppe Verdi" }).click();
    await page.getByRole("button", { name: "Accedi", exact: true }).click();
    await page.waitForURL("**/area-personale");
    const data = await page.getByTestId("citizen-data").innerText();
    expect(data).toContain("VRDGPP44B29F704V");
    expect(data).toContain("CIE, livello 2");
    expect(data).toContain("Non comunicato");
    await context.close();
  });
});

describe("delegations", () => {
  it("a citizen delegates a relative, who acts for her until she revokes it", async () => {
    const anna = await browserContext();
    const annaPage = await anna.newPage();
    await loginWithSpid(annaPage, "Anna Bianchi");
    await annaPage.waitForURL("**/area-personale");
    await annaPage.goto("/area-personale/deleghe");
    await hydrated(annaPage);
    // A wrong code is refused with a clear message and what was typed is kept.
    await annaPage.getByLabel("Codice fiscale della persona delegata").fill("BNCGLI92C44F205X");
    const today = new Date();
    const fmt = (d: Date) => `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
    await annaPage.getByLabel("Valida dal").fill(fmt(today));
    await annaPage.getByLabel("Valida fino al").fill(fmt(new Date(today.getTime() + 90 * 86_400_000)));
    await annaPage.getByRole("button", { name: "Dai la delega" }).click();
    await expect.poll(() => annaPage.title()).toMatch(/^Errore: Deleghe/);
    expect(await annaPage.getByRole("alert").innerText()).toContain("Scrivi il codice fiscale della persona delegata");
    expect(await annaPage.getByLabel("Codice fiscale della persona delegata").inputValue()).toBe("BNCGLI92C44F205X");
    await annaPage.getByLabel("Codice fiscale della persona delegata").fill("BNCGLI92C44F205W");
    await annaPage.getByRole("button", { name: "Dai la delega" }).click();
    await annaPage.waitForURL("**/deleghe?esito=granted");
    expect(await annaPage.locator("#given-heading + div table").innerText()).toContain("BNCGLI92C44F205W");

    const giulia = await browserContext();
    const giuliaPage = await giulia.newPage();
    await loginWithSpid(giuliaPage, "Giulia Bianchi");
    await giuliaPage.waitForURL("**/area-personale");
    await giuliaPage.goto("/area-personale/deleghe");
    await giuliaPage.getByRole("button", { name: "Agisci per Anna Bianchi" }).click();
    await giuliaPage.waitForURL("**/area-personale?esito=acting");
    expect(await giuliaPage.getByRole("status").first().innerText()).toContain("Stai agendo per Anna Bianchi");

    // The grantor's list shows the code she typed, not the name the desk knows for it.
    await annaPage.reload();
    await hydrated(annaPage);
    expect(await annaPage.locator("#given-heading + div table").innerText()).not.toContain("Giulia");
    await annaPage.getByRole("button", { name: "Revoca la delega a BNCGLI92C44F205W" }).click();
    await annaPage.waitForURL("**/deleghe?esito=revoked");
    expect(await annaPage.locator("#given-heading + div table").innerText()).toContain("Revocata");

    await giuliaPage.goto("/area-personale");
    expect(await giuliaPage.locator("main").innerText()).not.toContain("Stai agendo per Anna Bianchi");
    expect(await giuliaPage.getByRole("status").first().innerText()).toContain("non è più valida");
    await anna.close();
    await giulia.close();
  });
});

describe("the metadata we publish", () => {
  it("is signed, valid against the SPID (Avviso 29) and SAML schemas, with the SPID extensions from the comune's settings", async () => {
    const url = `${baseUrl()}/spid/metadata`;
    const res = await fetch(url);
    expect(res.headers.get("content-type")).toContain("application/samlmetadata+xml");
    const xml = await res.text();
    for (const xsd of [SPID_XSD, OASIS_XSD]) {
      const result = await validateAgainst(xml, xsd);
      expect(result.errors, xsd).toBe("");
      expect(result.valid).toBe(true);
    }
    expect(xml).toContain(`entityID="${url}"`);
    expect(xml).toMatch(/<spid:IPACode>c_i625<\/spid:IPACode><spid:Public\/>/);
    expect(xml).toContain('AuthnRequestsSigned="true" WantAssertionsSigned="true"');
    for (const attr of ["fiscalNumber", "name", "familyName", "email", "dateOfBirth"]) expect(xml).toContain(`RequestedAttribute Name="${attr}"`);
    // The certificate follows AgID's SP profile: uri = entityID, organizationIdentifier = PA:IT-<IPA code>.
    const der = /<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/.exec(xml)![1]!;
    const cert = new X509Certificate(Buffer.from(der, "base64"));
    expect(cert.subject).toContain(`2.5.4.83=${url}`);
    expect(cert.subject).toMatch(/organizationIdentifier=PA:IT-c_i625|2\.5\.4\.97=PA:IT-c_i625/);
    expect(verifyEnvelopedSignature(xml, cert.toString())).toBe(true);
  });

  it("publishes the CIE profile too, valid against the CIE schema, with the comune's cadastral code", async () => {
    const xml = await (await fetch(`${baseUrl()}/cie/metadata`)).text();
    const result = await validateAgainst(xml, CIE_XSD);
    expect(result.errors).toBe("");
    expect(xml).toContain("<cie:Municipality>I625</cie:Municipality>");
    expect(xml).not.toContain('Name="email"');
  });
});

describe("security headers and the test IdP's switch", () => {
  it("sends a CSP with a nonce, form-action and frame-ancestors, and never caches the login page", async () => {
    const res = await fetch(`${baseUrl()}/accedi`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a cross-site POST", async () => {
    const res = await fetch(`${baseUrl()}/esci`, { method: "POST", headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" }, body: "" , redirect: "manual" });
    expect(res.status).toBe(403);
  });

  it("has no test IdP in production unless it is explicitly allowed", async () => {
    const server = await startServer({
      PAGE_CACHE_TTL_MS: "0",
      DEMO_MODE: "false",
      PUBLIC_BASE_URL: "https://sportello.example.it",
      SESSION_SECRET: "a-long-secret-of-this-deployment-only-0123456789",
      TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    });
    try {
      for (const path of ["/test-idp/metadata", "/test-idp/accedi?richiesta=x", "/test-idp/sso"]) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
      }
      const login = await (await fetch(`${server.url}/accedi`)).text();
      expect(login).not.toContain("Identità di prova");
    } finally {
      await server.stop();
    }
  });
});
