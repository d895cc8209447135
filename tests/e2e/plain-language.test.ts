/**
 * Plain language and listening in a real browser (issue 7 §2, §6): the «In parole semplici» box of a
 * service page in both languages, the Ascolta button reading the main content in the page's language
 * (the browser's speech synthesis replaced by a recorder, tests/setup/speech-stub.ts), absent without
 * JavaScript, stopped on navigation; a glossary term opened with and without JavaScript.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { plainSummaries } from "#db/seed/data/service-plain-summaries";
import { SPEECH_STUB } from "../setup/speech-stub";
import { browserContext, closeBrowser, hydrated } from "./helpers";

afterAll(closeBrowser);

const SLUG = "tari-pagamento";
const speech = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; lang: string }[]; cancelled: number; paused: boolean; resumed: number } }).__speech);

describe("service page: in parole semplici", () => {
  it("shows the plain summary in a labelled box at the top, in Italian and in English", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.goto(`/servizi/${SLUG}`);
    const box = page.getByRole("region", { name: "In parole semplici" });
    expect(await box.innerText()).toContain(plainSummaries[SLUG]!.it);
    // Above the sections of the page index.
    const boxTop = (await box.boundingBox())!.y;
    const firstSection = (await page.locator("#a-chi-e-rivolto").boundingBox())!.y;
    expect(boxTop).toBeLessThan(firstSection);
    await page.goto(`/servizi/${SLUG}?lang=en`);
    expect(await page.getByRole("region", { name: "In plain words" }).innerText()).toContain(plainSummaries[SLUG]!.en);
    await context.close();
  });
});

describe("Ascolta", () => {
  it("reads the page's main content aloud in Italian, with pause, resume and stop", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.addInitScript({ content: SPEECH_STUB });
    await page.goto(`/servizi/${SLUG}`);
    await hydrated(page);
    const listen = page.getByRole("button", { name: "Ascolta il testo di questa pagina" });
    await listen.click();
    await expect.poll(async () => (await speech(page)).spoken.length).toBeGreaterThan(0);
    const { spoken } = await speech(page);
    const text = spoken.map((u) => u.text).join(" ");
    const h1 = (await page.locator("h1").innerText()).trim();
    expect(text).toContain(h1);
    expect(text).toContain(plainSummaries[SLUG]!.it);
    expect(new Set(spoken.map((u) => u.lang))).toEqual(new Set(["it-IT"]));
    // Hidden and navigation content is skipped: the breadcrumb and the rating form are not read.
    expect(text).not.toContain("Quanto sono chiare le informazioni su questa pagina?");
    expect(await page.getByRole("status").filter({ hasText: "Lettura ad alta voce in corso." }).count()).toBe(1);

    await page.getByRole("button", { name: "Pausa" }).click();
    expect((await speech(page)).paused).toBe(true);
    await page.getByRole("button", { name: "Riprendi" }).click();
    expect((await speech(page)).resumed).toBe(1);
    const cancelledBefore = (await speech(page)).cancelled;
    await page.getByRole("button", { name: "Interrompi" }).click();
    expect((await speech(page)).cancelled).toBeGreaterThan(cancelledBefore);
    expect(await listen.isVisible()).toBe(true);
    await context.close();
  });

  it("reads an English page in English (en-GB)", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.addInitScript({ content: SPEECH_STUB });
    await page.goto(`/servizi/${SLUG}?lang=en`);
    await hydrated(page);
    await page.getByRole("button", { name: "Listen to the text of this page" }).click();
    await expect.poll(async () => (await speech(page)).spoken.length).toBeGreaterThan(0);
    const { spoken } = await speech(page);
    expect(spoken.map((u) => u.text).join(" ")).toContain(plainSummaries[SLUG]!.en);
    expect(new Set(spoken.map((u) => u.lang))).toEqual(new Set(["en-GB"]));
    await context.close();
  });

  it("stops reading when the reader goes to another page", async () => {
    const context = await browserContext();
    const page = await context.newPage();
    await page.addInitScript({ content: SPEECH_STUB });
    await page.goto(`/servizi/${SLUG}`);
    await hydrated(page);
    await page.getByRole("button", { name: "Ascolta il testo di questa pagina" }).click();
    await expect.poll(async () => (await speech(page)).spoken.length).toBeGreaterThan(0);
    const before = (await speech(page)).cancelled;
    // A client-side navigation (same document, so the recorder survives).
    await page.locator('[data-element="breadcrumb"] a, nav[aria-label] a').filter({ hasText: "Servizi" }).first().click();
    await expect.poll(() => page.locator("h1").innerText()).toBe("Servizi");
    expect((await speech(page)).cancelled).toBeGreaterThan(before);
    await context.close();
  });

  it("is not there without JavaScript, nor in a browser without speech synthesis (no dead button)", async () => {
    const noJs = await browserContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`/servizi/${SLUG}`);
    expect(await page.getByRole("region", { name: "In parole semplici" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /Ascolta/ }).count()).toBe(0);
    await noJs.close();

    const noSpeech = await browserContext();
    const other = await noSpeech.newPage();
    await other.addInitScript(() => {
      Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
    });
    await other.goto(`/servizi/${SLUG}`);
    await hydrated(other);
    expect(await other.getByRole("button", { name: /Ascolta/ }).count()).toBe(0);
    await noSpeech.close();
  });
});

describe("glossary terms", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`explain a word on the spot ${javaScriptEnabled ? "with" : "without"} JavaScript, and close with Escape`, async () => {
      const context = await browserContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto("/calcolo-imu");
      const term = page.locator(".stp-term-button", { hasText: "rendita catastale" }).first();
      expect(await term.evaluate((el) => el.textContent)).toBe("rendita catastale, che cosa vuol dire");
      const note = page.locator(".stp-term-note").filter({ hasText: "Catasto" }).first();
      expect(await note.isVisible()).toBe(false);
      await term.focus();
      await page.keyboard.press("Enter");
      await note.waitFor({ state: "visible", timeout: 5000 });
      expect(await note.innerText()).toContain("Serve per calcolare l'IMU");
      // The explanation fits the 320 px viewport (no horizontal scrolling).
      const box = (await note.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      await page.keyboard.press("Escape");
      await note.waitFor({ state: "hidden", timeout: 5000 });
      await context.close();
    });
  }
});
