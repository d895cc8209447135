/**
 * The must-show of issue 7 (§8): a whole online application with the keyboard alone — no click, no
 * fill. Anna Bianchi logs in through the test IdP (SPID button → test identity → Accedi), starts the
 * TARI new-account application (it has an attachment step), fills every step, uploads the title
 * document through the file chooser opened from the keyboard, reaches the summary, submits and
 * reads the receipt with its protocol number. Along the way (accessibility/checks/keyboard.ts): no
 * focus trap, focus order follows the document, the focused element is never hidden (2.1.1, 2.1.2,
 * 2.4.3, 2.4.11); focus lands on the error summary after an empty step and on the new page's heading
 * or main content after a navigation.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFocus, type Focused, focused, tabTo } from "../../accessibility/checks/keyboard";
import { hydrated, launchChromium } from "../setup/browser";
import { pdfTagProblems } from "../setup/pdf-tags";
import { pdfText } from "../setup/pdf-text";
import { type RunningServer, startServer } from "../setup/server";

// A server of its own: the application submitted here must not show in other files' personal areas.
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

/** The answers of the TARI steps, by input name (radios by value). */
const ANSWERS: Record<string, string> = {
  payer: "self",
  "address.street": "Via Umberto I",
  "address.number": "12",
  "cadastral.foglio": "21",
  "cadastral.particella": "345",
  "cadastral.subalterno": "7",
  "cadastral.category": "A/2",
  surface: "84,50",
  hasAppurtenances: "no",
  use: "domestic_resident",
  hasNonResidentOccupants: "no",
  occupationTitle: "ownership",
  startDate: "01/06/2025",
  takesOver: "no",
  email: "anna.bianchi@example.it",
};

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const label = (text: string) => (f: Focused) => f.label === text;

/** After a navigation: the new page's h1 or main (or something inside main) has the focus, or the page starts fresh at the top. */
async function focusAfterNavigation(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "top";
    if (el.tagName === "H1" || el.closest("main, #main-content")) return "content";
    return `elsewhere: ${el.tagName.toLowerCase()} ${(el as HTMLElement).innerText?.slice(0, 40)}`;
  });
}

/** Presses Enter on the focused control and waits for the URL to change. */
async function enterAndWait(page: Page, url: (u: URL) => boolean) {
  await Promise.all([page.waitForURL(url), page.keyboard.press("Enter")]);
  await page.waitForLoadState("load");
}

/** Skip link: first Tab, Enter → the focus is in the main content (unless the page already put it there). */
async function skipToContent(page: Page) {
  if ((await focusAfterNavigation(page)) === "content") return;
  await tabTo(page, label("Vai al contenuto principale"), { max: 3 });
  await page.keyboard.press("Enter");
}

/**
 * Fills the step's fields in Tab order from the top of the main content until "Continua": text is
 * selected and typed over, a radio group is moved with the arrow keys until the wanted value is checked.
 */
async function fillStepByKeyboard(page: Page) {
  await skipToContent(page);
  for (let i = 0; i < 40; i++) {
    const path = await tabTo(page, (f) => (f.name !== null && f.name in ANSWERS) || f.label === "Continua", { max: 40 });
    const f = path.at(-1)!;
    if (f.label === "Continua") return;
    const want = ANSWERS[f.name!] ?? "";
    if (f.type === "radio") {
      let now = f;
      for (let k = 0; k < 8 && !(now.value === want && now.checked); k++) {
        await page.keyboard.press(now.value === want ? "Space" : "ArrowDown");
        now = await focused(page);
      }
      expect(now.value, `radio ${f.name}`).toBe(want);
      expect(now.checked).toBe(true);
    } else {
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(want);
    }
  }
  throw new Error("Continua not reached");
}

describe("an online application with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.11)", () => {
  it("Anna logs in with the test IdP, fills the TARI application, uploads the title document, submits and reads the receipt", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const start = "/area-personale/domande/nuova/tari-iscrizione";
    await page.goto(start);
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe("/accedi");

    // The SPID button opens the list of identity providers; the test identity provider is in it.
    await skipToContent(page);
    await tabTo(page, label("Entra con SPID"));
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("[aria-expanded]")?.getAttribute("aria-expanded") ?? document.querySelector("[aria-expanded]")?.getAttribute("aria-expanded"))).toBe("true");
    await tabTo(page, (f) => f.label.includes("Identità di prova"));
    await enterAndWait(page, (u) => u.pathname.startsWith("/test-idp/accedi"));
    await hydrated(page);

    // The test identity provider: the identities are a radio group; Anna Bianchi with the arrows.
    const first = (await tabTo(page, (f) => f.type === "radio", { max: 40 })).at(-1)!;
    let now = first;
    for (let k = 0; k < 20 && !now.label.includes("Anna Bianchi"); k++) {
      await page.keyboard.press("ArrowDown");
      now = await focused(page);
    }
    expect(now.label).toContain("Anna Bianchi");
    await tabTo(page, label("Accedi"));
    await enterAndWait(page, (u) => u.pathname === start);
    await hydrated(page);
    expect(await focusAfterNavigation(page)).toMatch(/^(top|content)$/);

    await skipToContent(page);
    await tabTo(page, label("Inizia la domanda"));
    await enterAndWait(page, (u) => u.pathname.endsWith("/privacy"));
    await hydrated(page);
    expect(await focusAfterNavigation(page)).toMatch(/^(top|content)$/);

    // Continue without accepting the privacy notice: the error summary takes the focus (3.3.1).
    await skipToContent(page);
    await tabTo(page, label("Continua"));
    await page.keyboard.press("Enter");
    await page.waitForSelector("[role=alert]");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("[role=alert], .stp-error-summary, [data-error-summary]"))).toBe(true);
    expect(await page.title()).toMatch(/^Errore: /);
    // The summary's link leads to the box; Space ticks it.
    await tabTo(page, (f) => f.type === "checkbox", { max: 10 });
    await page.keyboard.press("Space");
    expect((await focused(page)).checked).toBe(true);
    await tabTo(page, label("Continua"));
    await enterAndWait(page, (u) => u.pathname.includes("/passo/"));
    await hydrated(page);

    // The first step continued empty: errors, focus on the summary, nothing lost.
    await skipToContent(page);
    await tabTo(page, label("Continua"), { max: 40 });
    await page.keyboard.press("Enter");
    await page.waitForSelector("[role=alert]");
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest("[role=alert]"))).toBe(true);

    for (let i = 0; i < 12 && page.url().includes("/passo/"); i++) {
      await hydrated(page);
      const before = page.url();
      await fillStepByKeyboard(page);
      await enterAndWait(page, (u) => u.href !== before);
      expect(await focusAfterNavigation(page)).toBe("content");
    }
    expect(page.url()).toContain("/allegati");

    // The file input opens the system's file chooser with Space; the chosen file is uploaded with Enter.
    await hydrated(page);
    await skipToContent(page);
    await tabTo(page, (f) => f.type === "file", { max: 40 });
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles({ name: "contratto.pdf", mimeType: "application/pdf", buffer: PDF });
    await tabTo(page, label("Carica i file scelti"));
    await page.keyboard.press("Enter");
    await page.waitForSelector("text=File caricato.");
    expect(await page.locator("main").innerText()).toContain("contratto.pdf");
    await skipToContent(page);
    await tabTo(page, label("Continua"), { max: 40 });
    await enterAndWait(page, (u) => u.pathname.endsWith("/riepilogo"));
    await hydrated(page);
    expect(await focusAfterNavigation(page)).toMatch(/^(top|content)$/);
    const summary = await page.locator("main").innerText();
    for (const typed of ["Via Umberto I 12", "84,50", "anna.bianchi@example.it", "contratto.pdf"]) expect(summary).toContain(typed);

    await skipToContent(page);
    await tabTo(page, label("Invia la domanda"), { max: 80 });
    await enterAndWait(page, (u) => u.pathname.endsWith("/conferma"));
    await hydrated(page);
    const protocol = (await page.getByTestId("protocol").innerText()).trim();
    expect(protocol).toMatch(/^\d{4}\/\d{7}$/);

    // The receipt: the confirmation page shows the protocol number in HTML; the PDF beside it is tagged.
    const receipt = (await tabTo(page, (f) => f.label.startsWith("Scarica la ricevuta") || /ricevuta/i.test(f.label), { max: 40 })).at(-1)!;
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    expect(href, describeFocus(receipt)).toMatch(/\/ricevuta$/);
    const pdf = await page.request.get(href);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(await pdfTagProblems(new Uint8Array(await pdf.body()))).toEqual([]);
    expect((await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, " ")).toContain(protocol);
  });
});
