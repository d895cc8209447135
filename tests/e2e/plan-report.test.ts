/**
 * The plan's yearly report and objective owners in a real browser: the public chooser lists the
 * years; the public PDF is a tagged PDF attachment named after the year and language; the HTML
 * version names every objective; the back-office report says who generated it and needs a login.
 * The manager names an owner without JavaScript (errors: 400, "Errore: ", summary; then the owner
 * shows on the public objective page by name and role, never the username) and removes it.
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
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

async function as(username: string | null, path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  if (username) await context.addCookies(sessions.get(username)!);
  const page = await context.newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

beforeAll(async () => {
  server = await startServer({ PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await staffLogin(page, "dirigente");
  sessions.set("dirigente", await page.context().cookies());
  await page.context().close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the yearly report", () => {
  it("is a tagged PDF attachment on the public site, named after the year and language", async () => {
    const res = await fetch(`${server.url}/amministrazione/piano-integrato/relazione/2024/pdf?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain('attachment; filename="relazione-piano-2024-en.pdf"');
    const raw = Buffer.from(await res.arrayBuffer()).toString("latin1");
    expect(raw.startsWith("%PDF-1.7")).toBe(true);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect((await fetch(`${server.url}/amministrazione/piano-integrato/relazione/2019/pdf`)).status).toBe(404);
    // The back-office copy needs a login.
    const staff = await fetch(`${server.url}/gestione/piano/relazione/2024/pdf`, { redirect: "manual" });
    expect(staff.status).toBe(303);
  });

  it("is linked from the plan page, with an HTML version naming every objective", async () => {
    const page = await as(null, "/amministrazione/piano-integrato");
    await Promise.all([page.waitForURL("**/relazione"), page.getByTestId("plan-reports").click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Relazione annuale sul piano");
    expect(await page.getByTestId("plan-report-year").count()).toBeGreaterThanOrEqual(3);
    await Promise.all([page.waitForURL("**/relazione/2024"), page.getByRole("link", { name: "Relazione 2024 come pagina web (Italiano)" }).click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Relazione sullo stato del piano: anno 2024");
    const text = plain(await page.locator("main").innerText());
    for (const o of PIAO_OBJECTIVES) expect(text).toContain(`${o.code}: ${plain(o.title.it)}`);
    expect(text).toContain("sito del Comune (dati pubblicati)");
    expect(await page.getByTestId("plan-report-pdf").getAttribute("href")).toBe("/amministrazione/piano-integrato/relazione/2024/pdf");
  });

  it("names who generated it in the back office", async () => {
    const page = await as("dirigente", "/gestione/piano/relazione/2023");
    expect(plain(await page.getByTestId("plan-report-facts").innerText())).toContain("Dirigente approvatore del piano demo");
    const cookie = sessions.get("dirigente")!.map((c) => `${c.name}=${c.value}`).join("; ");
    const res = await fetch(`${server.url}/gestione/piano/relazione/2023/pdf`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain('filename="relazione-piano-2023-it.pdf"');
  });
});

describe("the owners' editor", () => {
  it("names an owner without JavaScript (errors first), shows it publicly by name and role, and removes it", async () => {
    const page = await as("dirigente", "/gestione/piano/obiettivi/OB-02/responsabili", false);
    await page.getByRole("button", { name: "Aggiungi il responsabile" }).click();
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: /);
    expect(plain(await page.getByRole("alert").innerText())).toContain("Scegli l'ufficio.");
    await page.getByLabel("Ufficio", { exact: true }).selectOption({ label: "Ufficio Tributi" });
    await page.getByLabel("Nome e cognome (senza account)").fill("Maria Verdi");
    await page.getByLabel("Ruolo").fill("Dirigente di settore");
    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "aggiunto"), page.getByRole("button", { name: "Aggiungi il responsabile" }).click()]);
    expect(plain(await page.getByTestId("plan-owners").innerText())).toContain("Maria Verdi");

    const slug = PIAO_OBJECTIVES.find((o) => o.code === "OB-02")!.slug;
    const pub = await as(null, `/amministrazione/piano-integrato/${slug}`);
    const owners = plain(await pub.getByTestId("objective-owners").innerText());
    expect(owners).toContain("Ufficio Tributi – Maria Verdi (Dirigente di settore)");
    expect(owners).toContain("Responsabile del piano demo");

    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "tolto"), page.getByRole("button", { name: /Togli Ufficio Tributi – Maria Verdi/ }).click()]);
    expect(plain(await page.getByTestId("plan-owners").innerText())).not.toContain("Maria Verdi");
  });
});
