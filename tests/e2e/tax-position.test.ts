/**
 * The citizen's tax position in a real browser: Anna Bianchi (demo rolls) logs in through the test
 * IdP and reads her position — what is open and late, each year's status in words, and the IMU
 * computation spelled out so she (or her CAF) can check it; she downloads the prefilled F24 of the
 * late 2025 IMU balance and its pagoPA notice, pays it through the simulated checkout (which says it
 * is a simulation) and sees the balance closed. Another citizen cannot open her notice.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrated, launchChromium } from "../setup/browser";
import { pdfText } from "../setup/pdf-text";
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
  await page.locator("label", { hasText: name }).click();
  await Promise.all([page.waitForURL((u) => u.pathname === returnTo), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
  await hydrated(page);
}

/** Text as read, with the non-breaking spaces of Intl's currency format made plain. */
const plain = async (p: Promise<string>) => (await p).replace(/[\u00a0\u202f]/g, " ");

describe("the tax position", () => {
  it("Anna sees what is open and late, each year's status in words, and how her IMU is computed", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(page, "Anna Bianchi", "/area-personale/tributi");
    expect(await page.locator("h1").innerText()).toBe("Tributi e pagamenti");
    expect(await plain(page.getByTestId("open-total").innerText())).toMatch(/Da pagare: .*€ \(di cui scaduto .*€\)/);
    expect(await page.getByTestId("status-imu-2024").innerText()).toBe("Pagato");
    expect(await page.getByTestId("status-imu-2025").innerText()).toBe("Scaduto, da pagare");
    expect(await plain(page.getByTestId("balance-imu-2025").innerText())).toBe("691,00 €");
    expect(await page.getByTestId("status-imu-2026").innerText()).toBe("Da pagare");
    const imu2024 = page.getByRole("table", { name: /Come è calcolata l'IMU 2024/ });
    const text = await plain(imu2024.innerText());
    expect(text).toContain("Abitazione principale: esente");
    // (Italian CLDR groups thousands only from five digits: 1200,00 but 69.300,00.)
    expect(text).toContain("Rendita 1200,00 € × 1,05 × 55 = base 69.300,00 €; × 1,02% × quota 50% × 12/12 mesi = 353,43 €");
    expect(text).toContain("Rendita 600,00 € × 1,05 × 160 = base 100.800,00 €; × 1,02% × quota 100% × 10/12 mesi = 856,80 €");
    const f24 = await plain(page.getByRole("table", { name: /Righe del modello F24 per l'IMU 2024/ }).innerText());
    expect(f24.replace(/\s+/g, " ")).toContain("3918 519,00 € 691,00 € 2");
    // A mistake in the position becomes an online application to the Tax Office.
    await Promise.all([page.waitForURL("**/area-personale/domande/**"), page.getByTestId("correction-2024").click()]);
    expect(await page.locator("main").innerText()).toContain("Correzione della posizione IMU o TARI");
    await page.context().close();
  });

  let noticePath = "";
  it("Anna pays the late 2025 IMU balance through the (simulated, and labelled so) pagoPA checkout and sees it closed", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(page, "Anna Bianchi", "/area-personale/tributi");
    const before = await plain(page.getByTestId("open-total").innerText());
    // The balance is late: what paying today adds (ravvedimento operoso), and the button pays that total.
    const late = await plain(page.getByTestId("late-IMU-2025").innerText());
    expect(late).toContain("Sanzione ridotta");
    expect(late).toContain("Interessi legali");
    const total = /Totale da pagare oggi\s+([\d.,]+ €)/.exec(late)?.[1];
    expect(total).toBeTruthy();
    expect(await plain(page.getByTestId("pay-imu-2025").innerText())).toContain(total!);
    // The prefilled F24 of the 2025 balance: a PDF on the form's grid with the codice tributo, the codice ente, "Ravv." ticked and the amount.
    const f24 = await page.request.get((await page.getByTestId("f24-2025").getAttribute("href"))!);
    expect(f24.status()).toBe(200);
    expect(f24.headers()["content-type"]).toBe("application/pdf");
    const f24Text = (await pdfText(new Uint8Array(await f24.body()))).replace(/\s+/g, " ");
    expect(f24Text).toContain("EL 3918 I625 X X 2 2025");
    expect(f24Text).toContain(`SALDO FINALE EURO ${total!.replace(" €", "")}`);
    expect(f24Text).toContain("imposta 691,00");
    // One character per box on the form.
    expect(f24Text.replace(/ /g, "")).toContain("BNCNNA41B43I625G");
    await Promise.all([page.waitForURL("**/pagamento-simulato/**"), page.getByTestId("pay-imu-2025").click()]);
    noticePath = new URL(page.url()).pathname;
    await hydrated(page);
    expect(await page.getByTestId("simulated").innerText()).toContain("Questa è una simulazione");
    expect(await page.getByTestId("notice-number").innerText()).toMatch(/^301\d \d{4} \d{4} \d{4} \d{2}$/);
    expect(await plain(page.locator("main").innerText())).toContain("IMU 2025 – saldo");
    // The pagoPA notice: a PDF with the notice code, the IUV and the amount (its QR code is an image with alt text).
    const printed = await page.getByTestId("notice-number").innerText();
    const notice = await page.request.get((await page.getByTestId("notice-pdf").getAttribute("href"))!);
    expect(notice.status()).toBe(200);
    expect(notice.headers()["content-type"]).toBe("application/pdf");
    const noticeText = (await pdfText(new Uint8Array(await notice.body()))).replace(/\s+/g, " ");
    expect(noticeText).toContain(printed);
    expect(noticeText).toContain(printed.replace(/ /g, "").slice(1));
    expect(noticeText).toContain(`${total!.replace(" €", "")} Euro`);
    expect(noticeText).toContain("Di cui imposta 691,00");
    await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "pagato"), page.getByRole("button", { name: "Simula il pagamento" }).click()]);
    await hydrated(page);
    expect(await page.getByTestId("payment-result").innerText()).toContain("Pagamento registrato");
    expect(await page.getByTestId("status-imu-2025").innerText()).toBe("Pagato");
    expect(await plain(page.getByTestId("balance-imu-2025").innerText())).toBe("0,00 €");
    expect(await plain(page.getByTestId("open-total").innerText())).not.toBe(before);
    expect(await page.getByTestId("pay-imu-2025").count()).toBe(0);
    expect(await plain(page.getByRole("table", { name: /Pagamenti registrati per il 2025/ }).innerText())).toContain("IMU 2025 – saldo");
    // Paying the same notice again changes nothing.
    await page.goto(noticePath);
    expect(await page.locator("main").innerText()).toContain("Questo avviso risulta già pagato.");
    await page.context().close();
  });

  it("another citizen cannot open Anna's notice", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(page, "Mario Rossi", "/area-personale/tributi");
    const res = await page.request.get(noticePath, { maxRedirects: 0 });
    expect(res.status()).toBe(404);
    await page.context().close();
  });

  it("a citizen with no rolls is told so", async () => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await login(page, "Francesca Esposito", "/area-personale/tributi");
    expect(await page.locator("main").innerText()).toContain("Non risultano immobili né utenze TARI a tuo nome");
    await page.context().close();
  });
});
