/**
 * Every PDF a citizen can download from the tax position is tagged (marked, structure tree, language,
 * title: accessibility/… B6 #20) and sits in a section that shows the same data as HTML (a table or a
 * description list), so the PDF is never the only copy. The pagoPA notice behind "Paga" too, with its
 * data (notice code, amount) on the checkout page. The application receipt is checked in
 * keyboard-journey.test.ts, the fines notice's text in fines.test.ts.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrated, launchChromium } from "../setup/browser";
import { pdfTagProblems } from "../setup/pdf-tags";
import { type RunningServer, startServer } from "../setup/server";

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

async function login(page: Page, name: string, returnTo: string) {
  await page.goto(`/accedi?ritorno=${encodeURIComponent(returnTo)}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await hydrated(page);
  await page.locator("label", { hasText: name }).click();
  await Promise.all([page.waitForURL((u) => u.pathname === returnTo), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
}

async function expectTaggedPdf(page: Page, href: string) {
  const res = await page.request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()["content-type"], href).toBe("application/pdf");
  expect(await pdfTagProblems(new Uint8Array(await res.body())), href).toEqual([]);
}

describe("PDFs: tagged, and never the only copy", () => {
  it("the tax position's F24s and notice plans, and the pagoPA notice of a payment", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(page, "Anna Bianchi", "/area-personale/tributi");
    const links = await page.locator("main a[download]").evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute("href") ?? "",
        text: (a as HTMLElement).innerText,
        htmlBeside: !!a.closest("section")?.querySelector("table, dl"),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.text, link.href).toContain("(PDF)");
      expect(link.htmlBeside, `${link.href}: no table or list with the same data in its section`).toBe(true);
      await expectTaggedPdf(page, link.href);
    }

    await Promise.all([page.waitForURL("**/pagamento-simulato/**"), page.getByTestId("pay-imu-2025").click()]);
    await hydrated(page);
    expect(await page.getByTestId("notice-number").innerText()).toMatch(/^301\d/);
    await expectTaggedPdf(page, (await page.getByTestId("notice-pdf").getAttribute("href"))!);
    await page.context().close();
  });
});
