import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, browserContext, closeBrowser } from "./helpers";

/**
 * The rules of the national conformity checker (pa-website-validator-ng, type municipality), applied
 * in Chromium to the live pages the way ../shared/design/modello-comuni.md describes them. The real
 * checker is run outside the repo; this catches regressions in the markers on every change.
 */

const require = createRequire(import.meta.url);
// The 64 terms of the national "Tassonomia argomenti", as the checker bundles them.
const topicsList = readFileSync(join(__dirname, "fixtures/modello-comuni-topics.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim().toLowerCase())
  .filter(Boolean);
// bootstrap-italia's own class names, read from its compiled CSS: a stand-in for the checker's list.
const biCss = readFileSync(join(dirname(require.resolve("bootstrap-italia/package.json")), "dist/css/bootstrap-italia.min.css"), "utf8");
const biClasses = new Set([...biCss.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));

const LICENSE =
  "In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0. Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.";
const INDEX = ["A chi è rivolto", "Come fare", "Cosa serve", "Cosa si ottiene", "Tempi e scadenze", "Accedi al servizio", "Condizioni di servizio", "Contatti"];
const SERVICE_CATEGORIES = [
  "educazione e formazione", "salute, benessere e assistenza", "vita lavorativa", "mobilità e trasporti",
  "catasto e urbanistica", "anagrafe e stato civile", "turismo", "giustizia e sicurezza pubblica",
  "tributi, finanze e contravvenzioni", "cultura e tempo libero", "ambiente", "imprese e commercio",
  "autorizzazioni", "appalti pubblici", "agricoltura e pesca", "agricoltura, caccia e pesca",
];
const POSITIVE = ["le indicazioni erano chiare", "le indicazioni erano complete", "capivo sempre che stavo procedendo correttamente", "non ho avuto problemi tecnici", "altro"];
const NEGATIVE = ["a volte le indicazioni non erano chiare", "a volte le indicazioni non erano complete", "a volte non capivo se stavo procedendo correttamente", "ho avuto problemi tecnici", "altro"];

let page: Page;
beforeAll(async () => {
  const context = await browserContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(closeBrowser);

const texts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? "").trim()));
const exists = async (path: string) => (await fetch(new URL(path, baseUrl()))).status < 400;

describe("home page (C.SI.1.6, 2.3, 2.4, 3.3, 3.4, 1.5)", () => {
  it("has the four first-level menu items exactly once each, on this host", async () => {
    await page.goto("/");
    for (const [el, re] of [["management", /^Amministrazione$/i], ["news", /^Novità$/i], ["all-services", /^Servizi$/i], ["live", /^Vivere /i]] as const) {
      const found = await texts(`[data-element="${el}"]`);
      expect(found, el).toHaveLength(1);
      expect(found[0]).toMatch(re);
      const href = await page.getAttribute(`[data-element="${el}"]`, "href");
      expect(href?.startsWith("/")).toBe(true);
      expect(await exists(href!)).toBe(true);
    }
    expect(await page.locator('[data-element="custom-submenu"]').count()).toBe(0);
    expect(await page.locator('[data-element="personal-area-login"]').count()).toBeGreaterThan(0);
  });

  it("has the footer links with the exact texts, all answering", async () => {
    const footer = async (el: string) => {
      const link = page.locator(`footer [data-element="${el}"]`).first();
      return { text: (await link.innerText()).trim(), href: (await link.getAttribute("href")) ?? "" };
    };
    const faq = await footer("faq");
    expect(faq.text.toLowerCase()).toContain("faq");
    expect(await exists(faq.href)).toBe(true);
    const report = await footer("report-inefficiency");
    expect(["disservizio", "segnala disservizio", "segnalazione disservizio"]).toContain(report.text.toLowerCase());
    expect(await exists(report.href)).toBe(true);
    expect(await exists((await footer("privacy-policy-link")).href)).toBe(true);
    expect((await footer("accessibility-link")).href).toContain("https://form.agid.gov.it/");
    const legal = await footer("legal-notes");
    await page.goto(legal.href);
    expect((await texts('[data-element="legal-notes-section"]'))[0]?.toLowerCase()).toBe("licenza dei contenuti");
    const body = (await texts('[data-element="legal-notes-body"]')).join(" ").replace(/\s+/g, " ").toLowerCase().replace(/'/g, "’");
    expect(body).toBe(LICENSE.toLowerCase());
  });

  it("links to a topics page whose every topic is in the national taxonomy", async () => {
    await page.goto("/");
    const href = await page.getAttribute('[data-element="all-topics"]', "href");
    await page.goto(href!);
    const topics = await texts('[data-element="topic-element"]');
    expect(topics.length).toBe(64);
    for (const t of topics) expect(topicsList).toContain(t.toLowerCase());
  });
});

describe("services (C.SI.1.3, 1.7, 2.1, 2.2, R.SI.1.1)", () => {
  let serviceLinks: string[] = [];

  it("lists at least 10 services and only the model's categories, with appointment booking", async () => {
    await page.goto("/servizi");
    serviceLinks = await page.$$eval('[data-element="service-link"]', (els) => els.map((e) => e.getAttribute("href") ?? ""));
    expect(serviceLinks.length).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-element="pager-link"]').count()).toBe(0);
    for (const c of await texts('[data-element="service-category-link"]')) expect(SERVICE_CATEGORIES).toContain(c.toLowerCase());
    const booking = await page.getAttribute('[data-element="appointment-booking"]', "href");
    expect(booking && booking !== "#").toBeTruthy();
    expect(await exists(booking!)).toBe(true);
  });

  it("marks up every service page as the model's scheda servizio", async () => {
    for (const href of serviceLinks) {
      await page.goto(href);
      const index = await page.$$eval('ul[data-element="page-index"] > li > a, ol[data-element="page-index"] > li > a', (as) =>
        as.map((a) => (a.textContent ?? "").trim()),
      );
      expect(index.filter((t) => INDEX.includes(t)), href).toEqual(INDEX);
      for (const el of ["service-addressed", "service-how-to", "service-needed", "service-achieved", "service-calendar-text"]) {
        expect((await texts(`[data-element="${el}"]`)).join("").length, `${href} ${el}`).toBeGreaterThanOrEqual(3);
      }
      expect(await page.locator('[data-element="service-online-access"], [data-element="service-booking-access"], [data-element="service-generic-access"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-element="service-file"]').count()).toBeGreaterThan(0);
      expect((await texts('[data-element="service-area"]'))[0]?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect((await texts('[data-element="service-title"]'))[0]?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect((await texts('[data-element="service-description"]'))[0]?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect(await page.locator('[data-element="service-status"]').count()).toBe(1);
      expect((await texts('[data-element="service-topic"]')).filter(Boolean).length).toBeGreaterThan(0);
      const crumbs = (await texts('[data-element="breadcrumb"] li')).map((c) => c.toLowerCase().replace(/[^a-zA-Z0-9 ]/g, "").trim());
      const at = crumbs.indexOf("servizi");
      expect(at, href).toBeGreaterThanOrEqual(0);
      expect(crumbs[at + 1]?.length ?? 0).toBeGreaterThanOrEqual(3);
      const booking = await page.getAttribute('[data-element="appointment-booking"]', "href");
      expect(booking && booking !== "#").toBeTruthy();
      expect(await page.locator('[data-element="all-services"]').count()).toBe(1);
      const meta = JSON.parse((await page.locator('[data-element="metatag"]').innerHTML()) || "{}");
      const fields = [
        meta.name, meta.serviceType, meta.serviceOperator?.name, meta.areaServed?.name, meta.audience?.audienceType,
        meta.availableChannel?.serviceUrl, meta.availableChannel?.serviceLocation?.name,
        meta.availableChannel?.serviceLocation?.address?.streetAddress, meta.availableChannel?.serviceLocation?.address?.postalCode,
        meta.availableChannel?.serviceLocation?.address?.addressLocality,
      ];
      expect(fields.every((f) => typeof f === "string" && f.length > 0), href).toBe(true);
    }
  });
});

describe("second-level titles (C.SI.1.7)", () => {
  it("uses only the model's names on Amministrazione and Novità, and both Vivere buttons", async () => {
    await page.goto("/amministrazione");
    for (const t of await texts('[data-element="management-category-link"]')) {
      expect(["organi di governo", "aree amministrative", "uffici", "enti e fondazioni", "politici", "personale amministrativo", "documenti e dati"]).toContain(t.toLowerCase());
    }
    await page.goto("/novita");
    for (const t of await texts('[data-element="news-category-link"]')) expect(["notizie", "comunicati", "avvisi"]).toContain(t.toLowerCase());
    await page.goto("/vivere");
    for (const el of ["live-button-locations", "live-button-events"]) {
      const href = await page.getAttribute(`[data-element="${el}"]`, "href");
      expect(await exists(href!)).toBe(true);
    }
  });
});

describe("rating component as the checker clicks it (C.SI.2.5, 2.6)", () => {
  for (const path of ["/", "/servizi", "/servizi/tari-iscrizione", "/amministrazione/uffici"]) {
    it(`answers every star on ${path}, clicking each twice`, async () => {
      await page.setViewportSize({ width: 3840, height: 2160 });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect((await texts('[data-element="feedback"] [data-element="feedback-title"]'))[0]).toMatch(/^Quanto (sono chiare le informazioni su questa pagina|è stato facile usare questo servizio)\?$/);
      expect(await page.locator('[data-element="feedback"] [data-element="feedback-input-text"]').count()).toBe(1);
      for (let i = 1; i <= 5; i++) {
        const rate = page.locator(`[data-element="feedback-rate-${i}"]`);
        await rate.click();
        await rate.click();
        const visible = async (el: string) =>
          page.$eval(`[data-element="${el}"]`, (e) => {
            const box = e.getBoundingClientRect();
            return getComputedStyle(e).visibility !== "hidden" && box.width > 0 && box.height > 0 && box.bottom > 0;
          });
        const positive = await visible("feedback-rating-positive");
        const negative = await visible("feedback-rating-negative");
        expect([positive, negative], `${path} star ${i}`).toEqual(i >= 4 ? [true, false] : [false, true]);
        const container = i >= 4 ? "feedback-rating-positive" : "feedback-rating-negative";
        const question = (await texts(`[data-element="${container}"] [data-element="feedback-rating-question"]`))[0]?.toLowerCase();
        expect(question).toBe(i >= 4 ? "quali sono stati gli aspetti che hai preferito?" : "dove hai incontrato le maggiori difficoltà?");
        const answers = (await texts(`[data-element="${container}"] [data-element="feedback-rating-answer"]`)).map((a) => a.toLowerCase());
        expect(answers).toEqual(i >= 4 ? POSITIVE : NEGATIVE);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }
});

describe("look and cookies (C.SI.1.1, 1.2, 3.1)", () => {
  for (const path of ["/", "/servizi", "/servizi/tari-iscrizione", "/amministrazione", "/novita/avvisi", "/accedi", "/prenota-appuntamento"]) {
    it(`uses the model's fonts, bootstrap-italia and no cookies on ${path}`, async () => {
      const context = await browserContext();
      const fresh = await context.newPage();
      await fresh.goto(path);
      await fresh.waitForLoadState("networkidle");
      const wrongFonts = await fresh.evaluate(() => {
        const ok = ["Titillium Web", "Lora", "Roboto Mono"];
        const first = (el: Element) => getComputedStyle(el).fontFamily.split(",")[0]!.trim().replace(/^["']|["']$/g, "");
        const bad: string[] = [];
        for (const el of document.body.querySelectorAll("h1, h2, h3, h4, h5, h6, p")) {
          for (const e of [el, ...el.querySelectorAll("*")]) if (!ok.includes(first(e))) bad.push(`${e.tagName}:${first(e)}`);
        }
        return bad;
      });
      expect(wrongFonts).toEqual([]);
      const version = await fresh.evaluate(() => (window as unknown as { BOOTSTRAP_ITALIA_VERSION?: string }).BOOTSTRAP_ITALIA_VERSION);
      expect(Number(version?.split(".")[0])).toBeGreaterThanOrEqual(2);
      const classes = await fresh.evaluate(() => [...new Set([...document.querySelectorAll("[class]")].flatMap((e) => [...e.classList]))]);
      const share = classes.filter((c) => biClasses.has(c)).length / classes.length;
      expect(share, `bootstrap-italia classes: ${Math.round(share * 100)}%`).toBeGreaterThanOrEqual(0.3);
      const host = new URL(baseUrl()).hostname;
      for (const c of await context.cookies()) expect(c.domain.replace(/^\./, "")).toBe(host);
      await context.close();
    });
  }
});
