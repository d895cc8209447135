/**
 * The plan's dashboards in a real browser. The plan page links the whole plan's dashboard; it has
 * three charts, each a <figure> whose caption says the finding in words, whose drawing is one named
 * image, and whose data table (caption, th scope) has the same numbers as the labels beside the bars —
 * also without JavaScript and at 320 px without sideways scrolling. Line → action → objective by
 * their links. An approved value moves the public numbers and the CSV/JSON downloads; a submitted one
 * does not, and the back office shows it as awaiting approval.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ PAGE_CACHE_TTL_MS: "0" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PLAN = "/amministrazione/piano-integrato";
const DASHBOARD = `${PLAN}/cruscotto`;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
const firstNumber = (s: string) => Number(/\d+/.exec(s)?.[0] ?? Number.NaN);

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
  const { javaScriptEnabled = true, width = 1280 } = options;
  const page = await (await browser.newContext({ baseURL: server.url, javaScriptEnabled, viewport: { width, height: 800 } })).newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

/** Every figure: its finding in words, a named chart, and a data table whose numbers are the bars' labels. Returns the numbers by key. */
async function checkFigures(page: Page, expected: number): Promise<Map<string, number>> {
  const figures = page.locator("main figure");
  expect(await figures.count()).toBe(expected);
  const numbers = new Map<string, number>();
  for (let f = 0; f < expected; f++) {
    const figure = figures.nth(f);
    const summary = plain(await figure.locator("figcaption [data-summary]").innerText());
    expect(summary.length).toBeGreaterThan(20);
    const chart = figure.locator('[role="img"]');
    expect(await chart.count()).toBe(1);
    const ids = (await chart.getAttribute("aria-labelledby"))!.split(" ");
    const name = plain((await Promise.all(ids.map((id) => page.locator(`#${id}`).innerText()))).join(" "));
    expect(name).toContain(summary);
    const table: Locator = figure.locator("table");
    expect(await table.count()).toBe(1);
    expect(plain(await table.locator("caption").innerText()).length).toBeGreaterThan(5);
    expect(await table.locator("thead th[scope=col]").count()).toBeGreaterThanOrEqual(2);
    expect(await table.locator("tbody th[scope=row]").count()).toBe(await table.locator("tbody tr").count());
    const bars = figure.locator("[data-bar]");
    const n = await bars.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let b = 0; b < n; b++) {
      const key = (await bars.nth(b).getAttribute("data-bar"))!;
      const label = plain(await bars.nth(b).locator("[data-value]").innerText());
      const cell = plain(await table.locator(`[data-cell="${key}"]`).innerText());
      expect(firstNumber(label), key).toBe(firstNumber(cell));
      numbers.set(key, firstNumber(cell));
    }
  }
  return numbers;
}

describe("the plan's dashboards", () => {
  it("is linked from the plan page; each chart has its finding in words and a data table with the same numbers", async () => {
    const page = await open(PLAN);
    await Promise.all([page.waitForURL(`**${DASHBOARD}`), page.getByRole("link", { name: "Cruscotto del piano: grafici e tabelle" }).click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Cruscotto del piano");
    const numbers = await checkFigures(page, 3);
    // As seeded: nothing measured, nothing started, 20 milestones all late (due by 2024).
    expect(numbers.get("2024-reached")).toBe(0);
    expect(numbers.get("not_started")).toBe(7);
    expect(numbers.get("late")).toBe(20);
    const summary = plain(await page.locator('[data-figure="grafico-andamento"] [data-summary]').innerText());
    const total2024 = await page.getByTestId("dashboard-progress-table").locator("tbody tr", { hasText: "2024" }).locator("td").last().innerText();
    expect(summary).toContain(`2024: valore atteso raggiunto da 0 su ${total2024} indicatori`);
    expect(plain(await page.locator('[data-figure="grafico-traguardi"] [data-summary]').innerText())).toContain("in ritardo: 20");
    expect(await page.getByTestId("dashboard-late").locator("tbody tr").count()).toBe(20);
  });

  it("works without JavaScript and at 320 px without scrolling sideways", async () => {
    const noJs = await open(DASHBOARD, { javaScriptEnabled: false });
    await checkFigures(noJs, 3);
    const narrow = await open(`${DASHBOARD}/obiettivi/OB-01`, { width: 320 });
    await checkFigures(narrow, 3);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // The label sits above its bar and the value beside it, all inside the screen.
    const bar = narrow.locator("[data-bar]").first().locator("svg");
    const box = (await bar.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });

  it("goes from a line to its actions and objectives; an unknown code is not found", async () => {
    const page = await open(PLAN);
    await Promise.all([page.waitForURL(`**${DASHBOARD}/linee/L1`), page.getByRole("link", { name: "Cruscotto della linea 1" }).click()]);
    await expect.poll(() => page.locator("h1").innerText()).toMatch(/^Cruscotto della linea 1\. /);
    await checkFigures(page, 3);
    const action = page.getByTestId("dashboard-parts").getByRole("link").first();
    const actionName = await action.innerText();
    await action.click();
    await expect.poll(() => page.locator("h1").innerText()).toBe(actionName);
    expect(page.url()).toContain(`${DASHBOARD}/azioni/`);
    const crumbs = await page.locator('[data-element="breadcrumb"] li').allInnerTexts();
    expect(crumbs.map(plain).some((c) => c.startsWith("Cruscotto della linea 1."))).toBe(true);
    expect((await page.request.get(`${DASHBOARD}/linee/L99`)).status()).toBe(404);
    expect((await page.request.get(`${DASHBOARD}/altro/L1`)).status()).toBe(404);
  });

  it("counts an approved value, not a submitted one, on the page and in the CSV and JSON downloads", async () => {
    const db = openDatabase(server.databaseUrl);
    try {
      const id = async (code: string) => (await db.selectFrom("plan_indicator").select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
      const base = { comment: "Verbale di collaudo", evidence_url: "https://example.org/verbale.pdf", evidence_blob_id: null, evidence_file_name: null, corrects_id: null, recorded_by: null, recorded_at: "2024-12-01T09:00:00.000Z" };
      await db.insertInto("plan_update").values({ ...base, plan_indicator_id: await id("OB-01.I2"), measured_value: "410", measured_on: "2024-11-30", state: "approved", decided_by: null, decided_at: "2024-12-02T10:00:00.000Z", decision_note: null }).execute();
      await db.insertInto("plan_update").values({ ...base, plan_indicator_id: await id("OB-01.I3"), measured_value: "3", measured_on: "2024-11-30", state: "submitted" }).execute();
    } finally {
      await db.destroy();
    }
    const page = await open(`${DASHBOARD}/obiettivi/OB-01`);
    const numbers = await checkFigures(page, 3);
    expect(numbers.get("2024-reached")).toBe(1);
    const indicators = page.getByTestId("dashboard-indicators");
    expect(plain(await indicators.locator('tr[data-indicator="OB-01.I2"] td').last().innerText())).toBe("raggiunto 100% del percorso");
    expect(plain(await indicators.locator('tr[data-indicator="OB-01.I3"] td').last().innerText())).toBe("nessuna misurazione pubblicata");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("dashboard-csv").click()]);
    expect(download.suggestedFilename()).toBe("piao-2022-2024-cruscotto-OB-01.csv");
    const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = csv.slice(1).trimEnd().split("\r\n");
    expect(rows[0]!.startsWith('"ambito";"codice_ambito";"situazione_al";"voce"')).toBe(true);
    const reached = rows.find((r) => r.startsWith('"objective";"OB-01";') && r.includes('"indicator_progress";"2024";"reached"'))!;
    expect(reached.split(";")[7]).toBe(`"${numbers.get("2024-reached")}"`);
    expect(rows.filter((r) => r.includes('"late_milestone"')).length).toBe(await page.getByTestId("dashboard-late").locator("tbody tr").count());

    const json = await page.request.get((await page.getByTestId("dashboard-json").getAttribute("href"))!);
    expect(json.headers()["content-type"]).toContain("application/json");
    const doc = (await json.json()) as { schema: string; scope: { code: string }; progress: { year: number; counts: Record<string, number> }[]; statuses: Record<string, number> };
    expect(doc.schema).toBe("sportello-piano-cruscotto/1");
    expect(doc.scope.code).toBe("OB-01");
    expect(doc.progress.find((p) => p.year === 2024)!.counts.reached).toBe(1);
    expect(doc.statuses.not_started).toBe(numbers.get("not_started"));
  });

  it("in the back office, shows the same numbers and how many updates await approval", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await staffLogin(page, "piano");
    await page.goto("/gestione/piano");
    await hydrated(page);
    await Promise.all([page.waitForURL("**/gestione/piano/cruscotto"), page.getByRole("link", { name: "Cruscotto del piano (grafici e tabelle)" }).click()]);
    await expect.poll(() => page.locator("h1").innerText()).toBe("Cruscotto del piano");
    expect(plain(await page.getByTestId("dashboard-awaiting").innerText())).toMatch(/^1 aggiornamento di questa parte del piano è in attesa di approvazione/);
    const office = await checkFigures(page, 3);
    await page.goto("/gestione/piano/cruscotto/obiettivi/OB-01");
    expect((await checkFigures(page, 3)).get("2024-reached")).toBe(1);
    const pub = await checkFigures(await open(DASHBOARD), 3);
    expect([...office]).toEqual([...pub]);
  });
});
