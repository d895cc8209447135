/**
 * An operator records applications received at the counter in a real browser: a form with wrong
 * fields is refused (400, "Errore: " title, the summary linking to each field, the values kept, also
 * without JavaScript), a good one is recorded (PRG) and appears in the table; a citizen-facing
 * visitor without a staff session is sent to the login.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

const PAGE = "/gestione/sportello/presentazioni";
let server: RunningServer;
let browser: Browser;
let cookies: Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>> = [];

beforeAll(async () => {
  server = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await staffLogin(page, "anagrafe");
  cookies = await page.context().cookies();
  await page.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function counterPage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(PAGE);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

describe("counter submissions", () => {
  it("refuses wrong fields with the summary and keeps the values, without JavaScript", async () => {
    const page = await counterPage(false);
    await expect(page.getByTestId("counter-empty").innerText()).resolves.toContain("Non è ancora stata registrata");
    await page.getByLabel("Data di ricezione").fill("31/12/2099");
    await page.getByLabel("Numero di protocollo (facoltativo)").fill("<12>");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Registra" }).click()]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: /);
    const summary = page.getByRole("alert");
    const links = await summary.getByRole("link").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    expect(links).toEqual([
      ["#service", "Scegli il servizio."],
      ["#receivedOn", "La data di ricezione non può essere nel futuro."],
      ["#channel-counter", "Scegli il canale."],
      ["#protocol", "Scrivi il numero di protocollo con cifre, lettere, «/», «-» o «.», al massimo 40 caratteri."],
    ]);
    expect(await page.getByLabel("Data di ricezione").inputValue()).toBe("31/12/2099");
    expect(await page.getByLabel("Numero di protocollo (facoltativo)").inputValue()).toBe("<12>");
    expect(await page.getByLabel("Data di ricezione").getAttribute("aria-invalid")).toBe("true");
    await page.context().close();
  });

  it("records a submission and lists it", async () => {
    const page = await counterPage();
    const service = page.getByLabel("Servizio");
    const options = await service.locator("option").evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]));
    expect(options.length).toBeGreaterThan(1);
    const [value, title] = options[1]!;
    await service.selectOption(value!);
    await page.getByLabel("Data di ricezione").fill("02/11/2026");
    await page.locator("label[for=channel-pec]").click();
    await page.getByLabel("Numero di protocollo (facoltativo)").fill("2026/4321");
    await Promise.all([page.waitForURL((u) => u.searchParams.has("registrata")), page.getByRole("button", { name: "Registra" }).click()]);
    await expect(page.getByTestId("counter-recorded").innerText()).resolves.toBe(`Istanza registrata: ${title}, ricevuta il 2 novembre 2026.`);
    const row = page.getByTestId("counter-rows").locator("tbody tr").first();
    expect((await row.locator("th, td").allInnerTexts()).map((s) => s.trim())).toEqual(["2 novembre 2026", title, "PEC", "2026/4321", "anagrafe"]);
    await page.context().close();
  });

  it("sends someone without a staff session to the login", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await page.goto(PAGE);
    expect(new URL(page.url()).pathname).toBe("/gestione/accedi");
    await page.context().close();
  });
});
