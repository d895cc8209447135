/**
 * The comune's plan in a real browser, without logging in: the Amministrazione page leads to it; it
 * lists the 4 strategic lines and 11 actions and every digital objective in the plan's Italian
 * wording, the crocevia matrix in words, and one objective with its sub-items, indicators, milestones
 * and "no published measurement". The JSON export has the same counts; the CSV files have their
 * header, a BOM and one row per objective / indicator. In English too. A value approved by a manager
 * (written straight to the database: the back office comes later) is published; a submitted one is not.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import { PIAO_ACTIONS, PIAO_INDICATORS, PIAO_LINES, PIAO_MATRIX, PIAO_OBJECTIVES } from "#db/seed/data/piao";
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
const DESK = PIAO_OBJECTIVES.find((o) => o.code === "OB-05")!;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url, javaScriptEnabled })).newPage();
  await page.goto(path);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

describe("the public plan", () => {
  it("is linked from the Amministrazione page", async () => {
    const page = await open("/amministrazione");
    await Promise.all([page.waitForURL(`**${PLAN}`), page.getByRole("link", { name: "Piano integrato di attività e organizzazione (PIAO)" }).click()]);
    // Client-side navigation: the URL changes before the new page renders.
    await page.locator("h1", { hasText: "Piano integrato di attività e organizzazione (PIAO) 2022-2024" }).waitFor();
    // The Modello Comuni checker counts only its own categories: the plan's card is not one.
    expect(await page.goto("/amministrazione").then(() => page.locator('[data-element="management-category-link"]').count())).toBe(1);
  });

  it("lists the 4 lines, the 11 actions and every digital objective with the plan's wording (without JavaScript)", async () => {
    const page = await open(PLAN, false);
    const lines = page.locator("[data-line]");
    expect(await lines.count()).toBe(4);
    for (const [i, line] of PIAO_LINES.entries()) {
      expect(plain(await lines.nth(i).locator("h3").innerText())).toBe(`Linea ${line.number}. ${line.title.it}`);
    }
    expect(await page.locator("[data-action]").count()).toBe(11);
    for (const action of PIAO_ACTIONS) {
      expect(plain(await page.locator(`[data-action="${action.code}"] h4`).innerText())).toBe(`Azione ${action.code}: ${action.title.it}`);
    }
    const digital = PIAO_OBJECTIVES.filter((o) => o.digital);
    expect(digital.length).toBe(7);
    for (const o of digital) {
      const block = page.locator(`[data-objective="${o.code}"]`);
      expect(plain(await block.locator("h5").innerText())).toBe(o.title.it);
      const text = plain(await block.innerText());
      expect(text).toContain(o.text.it);
      for (const item of o.items) expect(text).toContain(`${item.letter}) ${item.text.it}`);
      expect(text).toContain("Stato: Non avviato");
    }
    // The VoIP switchboard, ~400 phones, three rooms and 1 Gb fibre, in the plan's words.
    const all = plain(await page.locator("main").innerText());
    expect(all).toContain("centralino Voip in cloud");
    expect(all).toContain("(ca 400)");
    expect(all).toContain("fibra ottica 1 Gb");
    expect(all).toContain("Parco Alla Porada");
    expect(all).toContain("ultrasessantacinquenni e disabili");
  });

  it("shows the summary, the indicators table and the crocevia matrix as tables with words", async () => {
    const page = await open(PLAN);
    const counts = page.getByTestId("plan-status-counts");
    expect(plain(await counts.locator("tr", { has: page.locator("th", { hasText: "Non avviato" }) }).innerText())).toBe("Non avviato 7");
    // Every milestone is due 31/12/2024 and none is recorded as reached.
    expect(plain(await page.getByTestId("plan-milestone-summary").innerText())).toBe("Traguardi intermedi: 20 in totale, 0 raggiunti, 20 in ritardo, 0 da raggiungere.");
    const indicators = page.getByTestId("plan-indicators");
    expect(await indicators.locator("caption").innerText()).toContain("Tutti gli indicatori del piano");
    expect(await indicators.locator("tbody tr").count()).toBe(PIAO_INDICATORS.length);
    expect(await indicators.locator("tbody th[scope=row]").count()).toBe(PIAO_INDICATORS.length);
    const phones = indicators.locator('tr[data-indicator="OB-01.I2"]');
    expect(plain(await phones.innerText())).toContain("circa 400");
    expect(plain(await phones.innerText())).toContain("nessuna misurazione pubblicata");
    const matrix = page.getByTestId("plan-matrix");
    expect(await matrix.locator("tbody tr").count()).toBe(11);
    expect(await matrix.locator("thead th").count()).toBe(7);
    const yes = await matrix.locator("tbody td").evaluateAll((tds) => tds.filter((td) => td.textContent === "sì").length);
    expect(yes).toBe(PIAO_MATRIX.length);
    const row = matrix.locator("tbody tr", { has: page.locator("th", { hasText: "L2.A2" }) });
    // Columns: action, C1 servizi avanzati, C2 benessere, …: L2.A2 is linked to the first two.
    expect(await row.locator("td").allInnerTexts()).toEqual(["sì", "sì", "no", "no", "no", "no"]);
    // The region around a wide table can be scrolled with the keyboard.
    expect(await page.locator('[role="region"][tabindex="0"]').count()).toBeGreaterThanOrEqual(3);
  });

  it("opens one objective: text, sub-items, indicators with targets, milestones, no measurement published", async () => {
    const page = await open(PLAN);
    await Promise.all([page.waitForURL(`**${PLAN}/${DESK.slug}`), page.getByRole("link", { name: DESK.title.it, exact: true }).click()]);
    await page.locator("h1", { hasText: DESK.title.it }).waitFor();
    expect(plain(await page.locator("h1").innerText())).toBe(DESK.title.it);
    expect(await page.title()).toMatch(new RegExp(`^${DESK.title.it.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – `));
    const items = await page.getByTestId("objective-items").locator("li").allInnerTexts();
    expect(items.map(plain)).toEqual(DESK.items.map((i) => `${i.letter}) ${i.text.it}`));
    const indicators = page.getByTestId("objective-indicators");
    expect(await indicators.locator("tbody tr").count()).toBe(DESK.indicators.length);
    expect(await indicators.locator("thead th").allInnerTexts()).toEqual(["Indicatore", "Unità di misura", "Valore di partenza", "Atteso nel 2022", "Atteso nel 2023", "Atteso nel 2024", "Ultimo valore pubblicato"]);
    const milestones = page.getByTestId("objective-milestones");
    expect(await milestones.locator("tbody tr").count()).toBe(DESK.milestones.length);
    expect(plain(await milestones.locator("tbody tr").first().innerText())).toContain("In ritardo: scaduto il 31 dicembre 2024");
    expect(await page.getByTestId("objective-no-measurements").innerText()).toBe("Nessuna misurazione pubblicata.");
    const crumbs = await page.locator('[data-element="breadcrumb"] li').allInnerTexts();
    // The separator "/" is drawn by the breadcrumb's CSS.
    expect(crumbs.map((c) => plain(c).replace(/\s*\/$/, ""))).toEqual(["Home", "Amministrazione", "Piano integrato di attività e organizzazione (PIAO) 2022-2024", DESK.title.it]);
  });

  it("answers 404 for an objective that does not exist", async () => {
    const res = await fetch(`${server.url}${PLAN}/obiettivo-inesistente`);
    expect(res.status).toBe(404);
  });

  it("exports the whole plan as one JSON document with the same counts", async () => {
    const page = await open(PLAN);
    const href = await page.getByTestId("plan-json").getAttribute("href");
    expect(href).toBe(`${PLAN}.json`);
    const res = await fetch(`${server.url}${href}`);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const doc = (await res.json()) as { schema: string; lines: { code: string; title: string; actions: { code: string; objectives: { code: string; indicators: { code: string; targets: { year: number; value: string | null }[] }[] }[] }[] }[]; crocevia: unknown[]; matrix: unknown[]; pnrrMissions: unknown[] };
    expect(doc.schema).toBe("sportello-piano-integrato/1");
    expect(doc.lines.map((l) => l.code)).toEqual(PIAO_LINES.map((l) => l.code));
    expect(doc.lines[0]!.title).toBe(PIAO_LINES[0]!.title.it);
    const actions = doc.lines.flatMap((l) => l.actions);
    expect(actions.map((a) => a.code).sort()).toEqual(PIAO_ACTIONS.map((a) => a.code).sort());
    const objectives = actions.flatMap((a) => a.objectives);
    expect(objectives.map((o) => o.code).sort()).toEqual(PIAO_OBJECTIVES.map((o) => o.code));
    const indicators = objectives.flatMap((o) => o.indicators);
    expect(indicators.length).toBe(PIAO_INDICATORS.length);
    expect(doc.crocevia.length).toBe(6);
    expect(doc.matrix.length).toBe(PIAO_MATRIX.length);
    expect(doc.pnrrMissions.length).toBe(6);
    // Numbers stay decimal text.
    expect(indicators.find((i) => i.code === "OB-01.I2")!.targets).toMatchObject([{ year: 2024, value: "400" }]);
  });

  it("exports the objectives and the indicators as CSV: BOM, semicolons, header, one row each", async () => {
    const page = await open(PLAN);
    const objectivesHref = await page.getByTestId("plan-objectives-csv").getAttribute("href");
    const indicatorsHref = await page.getByTestId("plan-indicators-csv").getAttribute("href");
    for (const [href, rows, first] of [
      [objectivesHref, PIAO_OBJECTIVES.length, '"codice";"numero_nel_piano";"linea";"azione";"titolo"'],
      [indicatorsHref, PIAO_INDICATORS.length, '"codice";"obiettivo";"sotto_obiettivo";"nome";"tipo"'],
    ] as const) {
      const res = await fetch(`${server.url}${href}`);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const lines = text.split("\r\n").filter((l, i, all) => !(i === all.length - 1 && l === ""));
      expect(lines[0]!.startsWith(first)).toBe(true);
      // Fields may hold line breaks only inside quotes: none of these texts has one, so one line per row.
      expect(lines.length).toBe(rows + 1);
    }
    const indicators = new TextDecoder().decode(new Uint8Array(await (await fetch(`${server.url}${indicatorsHref}`)).arrayBuffer()));
    expect(indicators).toContain('"OB-01.I2";"OB-01";"OB-01.b";"Apparecchi telefonici sostituiti";"quantity"');
    expect(indicators).toContain('"atteso_2024_tipo";"atteso_2024_valore";"atteso_2024_circa";"atteso_2024_esito"');
  });

  it("reads in English", async () => {
    const page = await open(`${PLAN}?lang=en`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").innerText()).toBe("Integrated Activity and Organisation Plan (PIAO) 2022-2024");
    expect(plain(await page.locator('[data-line="L1"] h3').innerText())).toBe(`Line 1. ${PIAO_LINES[0]!.title.en}`);
    expect(plain(await page.locator(`[data-objective="OB-05"] h5`).innerText())).toBe(DESK.title.en);
    expect(plain(await page.getByTestId("plan-indicators").locator('tr[data-indicator="OB-01.I2"]').innerText())).toContain("about 400");
    const doc = (await (await fetch(`${server.url}${PLAN}.json?lang=en`)).json()) as { language: string; lines: { title: string }[] };
    expect(doc.language).toBe("en");
    expect(doc.lines[0]!.title).toBe(PIAO_LINES[0]!.title.en);
  });

  it("publishes a value once approved, never a submitted one", async () => {
    const db = openDatabase(server.databaseUrl);
    try {
      const ind = await db.selectFrom("plan_indicator").select("id").where("code", "=", "OB-05.I4").executeTakeFirstOrThrow();
      const base = { plan_indicator_id: ind.id, comment: "Istanze online di ottobre", evidence_url: "https://example.org/report.pdf", evidence_blob_id: null, evidence_file_name: "report.pdf", corrects_id: null, recorded_by: null, recorded_at: "2026-11-02T09:00:00.000Z" };
      await db.insertInto("plan_update").values({ ...base, measured_value: "148", measured_on: "2026-10-31", state: "approved", decided_by: null, decided_at: "2026-11-03T10:00:00.000Z", decision_note: null }).execute();
      await db.insertInto("plan_update").values({ ...base, measured_value: "999", measured_on: "2026-11-15", state: "submitted" }).execute();
    } finally {
      await db.destroy();
    }
    const page = await open(`${PLAN}/${DESK.slug}`);
    const table = page.getByTestId("published-OB-05.I4");
    expect(await table.locator("tbody tr").count()).toBe(1);
    expect(plain(await table.locator("tbody tr").innerText())).toContain("148");
    expect(await page.locator("main").innerText()).not.toContain("999");
    const doc = (await (await fetch(`${server.url}${PLAN}.json`)).json()) as { lines: { actions: { objectives: { code: string; indicators: { code: string; latest: { value: string } | null }[] }[] }[] }[] };
    const ob5 = doc.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives)).find((o) => o.code === "OB-05")!;
    expect(ob5.indicators.find((i) => i.code === "OB-05.I4")!.latest?.value).toBe("148");
  });
});
