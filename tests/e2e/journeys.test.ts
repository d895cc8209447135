import { afterAll, describe, expect, it } from "vitest";
import { baseUrl, browserContext, closeBrowser, tabTo } from "./helpers";

afterAll(closeBrowser);

describe("a newcomer finds a service", () => {
  it("by category, with the keyboard alone", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/");
    // The first Tab reaches the skip link, and it moves focus into the main content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Vai al contenuto principale");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");

    await tabTo(page, (el) => el.href === "/servizi" && el.text === "Servizi");
    await Promise.all([page.waitForURL("**/servizi"), page.keyboard.press("Enter")]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Servizi");

    await tabTo(page, (el) => el.href === "/servizi/categoria/tributi-finanze-e-contravvenzioni");
    await Promise.all([page.waitForURL("**/servizi/categoria/tributi-finanze-e-contravvenzioni"), page.keyboard.press("Enter")]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Tributi, finanze e contravvenzioni");

    await tabTo(page, (el) => el.href === "/servizi/tari-iscrizione");
    await Promise.all([page.waitForURL("**/servizi/tari-iscrizione"), page.keyboard.press("Enter")]);
    await expect.poll(() => page.locator("[data-element=service-title]").innerText()).toMatch(/TARI/);
    expect(await page.locator("h1").count()).toBe(1);
    await context.close();
  });

  it("by search, with results, an empty state and an error that keeps what was typed", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/");
    await page.getByLabel("Parole da cercare").fill("carta identità");
    await Promise.all([page.waitForURL(/\/cerca\?q=/), page.getByRole("button", { name: "Cerca" }).first().press("Enter")]);
    const heading = await page.locator("#results-title").innerText();
    expect(heading).toMatch(/^Trovat[oi] \d+ serviz/);
    expect(await page.locator("[data-element=service-link]").count()).toBeGreaterThan(0);

    await page.goto("/cerca?q=xyzzy");
    expect(await page.locator("#results-title").innerText()).toBe("Nessun servizio trovato per «xyzzy».");
    expect(await page.getByRole("link", { name: "Guarda tutti i servizi per categoria" }).count()).toBe(1);

    const tooLong = "a".repeat(150);
    const response = await page.goto(`/cerca?q=${tooLong}`);
    expect(response?.status()).toBe(400);
    expect(await page.title()).toMatch(/^Errore: /);
    expect(await page.locator("#search-page").inputValue()).toBe(tooLong);
    expect(await page.locator("#search-page").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("works without JavaScript", async () => {
    const context = await browserContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/servizi");
    await page.getByLabel("Parole da cercare").fill("residenza");
    await Promise.all([page.waitForURL(/\/cerca\?q=residenza/), page.getByLabel("Parole da cercare").press("Enter")]);
    expect(await page.locator("[data-element=service-link]").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("reading in English", () => {
  it("switches language from the header, keeps the page and remembers the choice", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/servizi/tari-iscrizione");
    const italianTitle = await page.locator("h1").innerText();
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "English" }).click()]);
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(new URL(page.url()).pathname).toBe("/servizi/tari-iscrizione");
    expect(await page.locator("h1").innerText()).not.toBe(italianTitle);
    expect(await page.locator("#page-index-title").textContent()).toBe("On this page");
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.locator("h1").innerText()).toMatch(/^Online service desk of the Comune di Seregno/);
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Italiano" }).click()]);
    await page.waitForFunction(() => document.documentElement.lang === "it");
    await context.close();
  });

  it("ignores the browser's Accept-Language: the site is Italian unless the reader chooses", async () => {
    const context = await browserContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("it");
    await context.close();
  });
});

describe("rating a page", () => {
  it("with JavaScript: stars, then reasons, then text, stored without leaving the page", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto("/servizi/tari-iscrizione");
    await page.waitForFunction(() => document.querySelector("input[name=_js]") !== null);
    await page.locator("[data-element=feedback-rate-2]").click();
    await expect.poll(() => page.locator("[data-element=feedback-rating-negative]").isVisible()).toBe(true);
    const filledStars = () => page.$$eval(".stp-star-full", (els) => els.filter((e) => getComputedStyle(e).display !== "none").length);
    expect(await filledStars()).toBe(2);
    expect(await page.locator("[data-element=feedback-rating-positive]").isVisible()).toBe(false);
    await page.locator("label", { hasText: "A volte le indicazioni non erano chiare" }).click();
    expect(await page.getByLabel("A volte le indicazioni non erano chiare").isChecked()).toBe(true);
    await page.locator("[data-element=feedback-input-text]").fill("Non trovavo il modulo");
    await page.getByRole("button", { name: "Invia la valutazione" }).click();
    await expect.poll(() => page.locator("#feedback").getByRole("status").innerText()).toMatch(/^Grazie/);
    expect(new URL(page.url()).pathname).toBe("/servizi/tari-iscrizione");
    await context.close();
  });

  it("without JavaScript: an error keeps what was typed, then a success goes back to the page", async () => {
    const context = await browserContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/servizi");
    // No star chosen: the browser would stop the form, so the check is taken away as a script-less client could.
    await page.evaluate(() => document.querySelectorAll("input[name=rating]").forEach((i) => i.removeAttribute("required")));
    await page.locator("[data-element=feedback-input-text]").evaluate((el: HTMLInputElement) => (el.value = "Testo da non perdere"));
    const [response] = await Promise.all([page.waitForNavigation(), page.locator("#feedback form").evaluate((f: HTMLFormElement) => f.submit())]);
    expect(response?.status()).toBe(400);
    expect(await page.title()).toMatch(/^Errore: /);
    expect(await page.locator("[role=alert]").innerText()).toMatch(/Scegli da 1 a 5 stelle/);
    expect(await page.locator("#comment").inputValue()).toBe("Testo da non perdere");

    await page.locator("[data-element=feedback-rate-5]").click();
    await Promise.all([page.waitForURL(/valutazione=grazie/), page.locator("#feedback form").evaluate((f: HTMLFormElement) => f.submit())]);
    expect(new URL(page.url()).pathname).toBe("/servizi");
    expect(await page.getByRole("status").innerText()).toMatch(/^Grazie/);
    await context.close();
  });
});

describe("HTTP behaviour", () => {
  it("answers 404 with the translated page, and /healthz with the database state", async () => {
    const res = await fetch(`${baseUrl()}/non-esiste`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Pagina non trovata");
    const missingService = await fetch(`${baseUrl()}/servizi/non-esiste`);
    expect(missingService.status).toBe(404);
    const health = await fetch(`${baseUrl()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "sqlite" });
  });

  it("lets shared caches keep anonymous pages but always revalidate them", async () => {
    const res = await fetch(`${baseUrl()}/servizi`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const post = await fetch(`${baseUrl()}/lingua`, { method: "POST", body: new URLSearchParams({ lang: "en", returnTo: "//evil.example/" }), redirect: "manual" });
    expect(post.status).toBe(303);
    expect(post.headers.get("location")).toBe("/");
  });

  it("gives every page a unique, descriptive title", async () => {
    const paths = ["/", "/servizi", "/cerca", "/amministrazione", "/novita", "/vivere", "/argomenti", "/faq", "/privacy", "/note-legali", "/accessibilita", "/servizi/tari-iscrizione"];
    const titles = await Promise.all(
      paths.map(async (p) => /<title>([^<]*)<\/title>/.exec(await (await fetch(`${baseUrl()}${p}`)).text())?.[1]),
    );
    expect(new Set(titles).size).toBe(paths.length);
    for (const t of titles) expect(t).toMatch(/ – Sportello telematico – Comune di Seregno$/);
  });
});
