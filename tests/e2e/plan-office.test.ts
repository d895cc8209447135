/**
 * The plan's back office in a real browser (issue 6, must-show): the plan owner `piano` records a
 * value with a PDF as evidence, the manager `dirigente` approves it; a second value is recorded and
 * approved; the indicator's history lists both, the public objective page and the JSON export show
 * the latest, and the public evidence link downloads the PDF. Also: a form with errors without
 * JavaScript (400, "Errore: ", summary, values kept) and the manager refused his own update.
 */
import type { Browser, Cookie, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PIAO_OBJECTIVES } from "#db/seed/data/piao";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;
const sessions = new Map<string, Cookie[]>();
const IND = "OB-01.I2";
const PAGE = `/gestione/piano/indicatori/${IND}`;
const PUBLIC = `/amministrazione/piano-integrato/${PIAO_OBJECTIVES.find((o) => o.code === "OB-01")!.slug}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

async function login(username: string) {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await staffLogin(page, username);
  sessions.set(username, await page.context().cookies());
  await page.context().close();
}

async function as(username: string, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  await context.addCookies(sessions.get(username)!);
  const page = await context.newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

beforeAll(async () => {
  server = await startServer({ DEMO_MODE: "true", PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
  await login("piano");
  await login("dirigente");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function record(value: string, day: string, comment: string, file: string) {
  const page = await as("piano", PAGE);
  await page.getByLabel(/Valore misurato/).fill(value);
  await page.getByLabel("Data della misurazione").fill(day);
  await page.getByLabel("Commento").fill(comment);
  await page.setInputFiles("#evidenceFile", { name: file, mimeType: "application/pdf", buffer: PDF });
  await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "registrato"), page.getByRole("button", { name: "Invia per l'approvazione" }).click()]);
  await page.getByTestId("plan-done").waitFor();
  await page.context().close();
}

async function approve(note: string) {
  const page = await as("dirigente", PAGE);
  const form = page.locator("form", { has: page.getByRole("heading", { name: /Decidere l'aggiornamento/ }) }).first();
  await form.getByLabel(/Nota della decisione/).fill(note);
  await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "approvato"), form.getByRole("button", { name: "Approva e pubblica" }).click()]);
  await page.getByTestId("plan-done").waitFor();
  return page;
}

describe("the plan's back office", () => {
  it("answers a form with errors without JavaScript: 400, 'Errore: ', the summary, the values kept", async () => {
    const page = await as("piano", PAGE, false);
    await page.getByLabel(/Valore misurato/).fill("1.234,5");
    await page.getByLabel("Data della misurazione").fill("31/02/2026");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Invia per l'approvazione" }).click()]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: Indicatore OB-01\.I2/);
    const summary = plain(await page.getByRole("alert").innerText());
    expect(summary).toContain("Il valore misurato deve essere un numero");
    expect(summary).toContain("La data deve essere una data vera");
    expect(summary).toContain("Allega un file o scrivi il collegamento");
    expect(await page.getByLabel(/Valore misurato/).inputValue()).toBe("1.234,5");
    expect(await page.getByLabel("Data della misurazione").inputValue()).toBe("31/02/2026");
    expect(await page.getByTestId("plan-history-empty").isVisible()).toBe(true);
    await page.context().close();
  });

  it("a plan owner records with a PDF, a manager approves; a second value too: the history keeps both, the public page and the JSON show the latest", async () => {
    await record("180,5", "30/06/2026", "Primo lotto di telefoni", "verbale-giugno.pdf");
    // Not published while it awaits approval; listed for the approver.
    const list = await as("dirigente", "/gestione/piano");
    expect(plain(await list.getByTestId("plan-pending").innerText())).toContain("OB-01.I2");
    await list.context().close();
    const before = await (await browser.newContext({ baseURL: server.url })).newPage();
    await before.goto(PUBLIC);
    expect(plain(await before.locator(`tr[data-indicator="${IND}"]`).innerText())).not.toContain("180,5");

    (await approve("Verificato sul verbale di consegna")).context().close();
    await record("210", "31/10/2026", "Secondo lotto", "verbale-ottobre.pdf");
    const approved = await approve("Verificato");

    const rows = approved.getByTestId("plan-history").locator("tbody tr");
    expect(await rows.count()).toBe(2);
    const history = plain(await approved.getByTestId("plan-history").innerText());
    expect(history).toContain("210");
    expect(history).toContain("180,5");
    expect(history).toContain("verbale-giugno.pdf");
    expect(history).toContain("Responsabile del piano demo");
    expect(history).toContain("Verificato sul verbale di consegna");
    expect(history.match(/Approvato e pubblicato/g)?.length).toBe(2);
    await approved.context().close();

    await before.goto(PUBLIC);
    const latest = plain(await before.locator(`tr[data-indicator="${IND}"]`).innerText());
    expect(latest).toContain("210");
    expect(latest).not.toContain("180,5");
    const published = plain(await before.getByTestId(`published-${IND}`).innerText());
    expect(published).toContain("180,5");
    expect(published).toContain("210");
    const href = await before.getByRole("link", { name: "verbale-ottobre.pdf" }).getAttribute("href");
    const download = await before.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

    const json = (await (await before.request.get("/amministrazione/piano-integrato.json")).json()) as { lines: { actions: { objectives: { indicators: { code: string; latest: { value: string } | null; published: unknown[] }[] }[] }[] }[] };
    const exported = json.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives.flatMap((o) => o.indicators))).find((i) => i.code === IND)!;
    expect(exported.latest?.value).toBe("210");
    expect(exported.published.length).toBe(2);
    await before.context().close();
  });

  it("refuses a manager's approval of his own update, with a clear message", async () => {
    const page = await as("dirigente", PAGE);
    await page.getByLabel(/Valore misurato/).fill("215");
    await page.getByLabel("Data della misurazione").fill("15/11/2026");
    await page.getByLabel("Collegamento alla documentazione").fill("https://www.comune.seregno.mb.it/verbale.pdf");
    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "registrato"), page.getByRole("button", { name: "Invia per l'approvazione" }).click()]);
    await hydrated(page);
    const form = page.locator("form", { has: page.getByRole("heading", { name: /Decidere l'aggiornamento/ }) }).first();
    await form.getByRole("button", { name: "Approva e pubblica" }).click();
    await page.getByRole("alert").waitFor();
    expect(plain(await page.getByRole("alert").innerText())).toContain("Non puoi approvare o respingere un aggiornamento registrato da te");
    await page.waitForFunction(() => document.title.startsWith("Errore: "));
    await page.context().close();
  });
});
