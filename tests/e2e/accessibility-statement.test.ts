/**
 * The accessibility statement and its feedback mechanism in a real browser (issue 7 §9): the footer's
 * "Dichiarazione di accessibilità" (AGID's site when configured, the generated statement otherwise);
 * the statement's conformity state said with its reasons; a report sent WITHOUT JavaScript and without
 * login (errors first: 400, "Errore: " title, summary, values kept) gets a receipt with its number and
 * a due date 30 days later; the operator finds it in the queue, answers it, and the answer is queued
 * as an e-mail.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import { feedbackDueOn } from "~/domain/accessibility-statement";
import { staffLogin } from "../../accessibility/sessions";
import { hydrated, launchChromium } from "../setup/browser";
import { type RunningServer, startServer } from "../setup/server";
import { formatDate } from "~/utils/format";

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

async function newPage(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled });
  return context.newPage();
}

async function setDeclarationUrl(url: string) {
  const db = openDatabase(server.databaseUrl);
  try {
    await db.updateTable("comune").set({ accessibility_declaration_url: url }).execute();
  } finally {
    await db.destroy();
  }
}

describe("the footer's Dichiarazione di accessibilità", () => {
  it("is the first accessibility-link: AGID's statement when configured, the generated statement otherwise", async () => {
    const page = await newPage(false);
    await page.goto("/");
    const first = page.locator('footer [data-element="accessibility-link"]').first();
    expect((await first.innerText()).trim()).toMatch(/^Dichiarazione di accessibilità/);
    expect(await first.getAttribute("href")).toMatch(/^https:\/\/form\.agid\.gov\.it\//);
    // Our statement is still one click away, and so is the feedback form.
    await expect(page.locator('footer a[href="/accessibilita"]').innerText()).resolves.toBe("Accessibilità del sito");
    await expect(page.locator('footer a[href="/accessibilita/segnalazione"]').innerText()).resolves.toBe("Segnala un problema di accessibilità");

    await setDeclarationUrl("");
    try {
      await page.goto("/faq");
      const link = page.getByRole("contentinfo").getByRole("link", { name: "Dichiarazione di accessibilità", exact: true });
      expect(await link.getAttribute("href")).toBe("/accessibilita");
      expect(await link.getAttribute("data-element")).toBe("accessibility-link");
      await Promise.all([page.waitForURL("**/accessibilita"), link.click()]);
      expect(await page.locator("h1").innerText()).toBe("Dichiarazione di accessibilità");
      await expect(page.getByText("La dichiarazione ufficiale sul sito di AgID non è ancora stata indicata").count()).resolves.toBe(1);
    } finally {
      await setDeclarationUrl("https://form.agid.gov.it/");
    }
  });
});

describe("the statement", () => {
  it("says the conformity state and why, and that no manual check has been performed yet", async () => {
    const page = await newPage();
    await page.goto("/accessibilita");
    await hydrated(page);
    const state = await page.getByTestId("conformity-state").innerText();
    // The checklist in accessibility/manual-checks.ts has checks nobody has performed yet.
    expect(state).toMatch(/^Parzialmente conforme\./);
    await expect(page.getByTestId("conformity-reasons").innerText()).resolves.toMatch(/verifiche manuali su \d+ non sono ancora state eseguite/);
    const outcomes = await page.getByTestId("manual-checks").locator("tbody tr td:last-child").allInnerTexts();
    expect(outcomes.length).toBeGreaterThan(5);
    expect(new Set(outcomes.map((o) => o.trim()))).toEqual(new Set(["Non ancora eseguita"]));
    for (const h of ["Stato di conformità", "Contenuti non accessibili", "Redazione della dichiarazione", "Meccanismo di feedback e recapiti", "Procedura di attuazione", "Obiettivi di accessibilità"]) {
      await expect(page.getByRole("heading", { level: 2, name: h }).count(), h).resolves.toBe(1);
    }
    await expect(page.getByText("Difensore civico per il digitale").first().isVisible()).resolves.toBe(true);
  });

  it("is in English with ?lang=en", async () => {
    const page = await newPage(false);
    await page.goto("/accessibilita?lang=en");
    expect(await page.locator("h1").innerText()).toBe("Accessibility statement");
    expect(await page.getByTestId("conformity-state").innerText()).toMatch(/^Partially compliant\./);
  });
});

describe("a report without login and without JavaScript, answered by the operator", () => {
  let reference = "";

  it("refuses a report with no way to answer, keeping what was typed", async () => {
    const page = await newPage(false);
    await page.goto("/accessibilita");
    await Promise.all([page.waitForURL("**/accessibilita/segnalazione"), page.getByTestId("feedback-link").click()]);
    await page.getByLabel("Descrivi il problema").fill("Il pulsante Calcola non si vede con il contrasto elevato.");
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Invia la segnalazione" }).click()]);
    expect(response.status()).toBe(400);
    await page.waitForLoadState("load");
    expect(await page.title()).toMatch(/^Errore: /);
    const links = await page.getByRole("alert").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["#email", "#pageUrl"]);
    expect(await page.getByLabel("Descrivi il problema").inputValue()).toBe("Il pulsante Calcola non si vede con il contrasto elevato.");
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Email").fill("maria.rossi@example.it");
    await page.getByLabel("Pagina o indirizzo del problema").fill("/calcolo-tari");
    const sentAt = new Date();
    await Promise.all([page.waitForURL(/\/accessibilita\/segnalazione\/ricevuta\//), page.getByRole("button", { name: "Invia la segnalazione" }).click()]);
    expect(await page.locator("h1").innerText()).toBe("Segnalazione ricevuta");
    reference = (await page.getByTestId("feedback-reference").innerText()).trim();
    expect(reference).toMatch(/^ACC-\d{4}-\d{5}$/);
    expect((await page.getByTestId("feedback-due").innerText()).trim()).toBe(formatDate(feedbackDueOn(sentAt), "it"));
    const db = openDatabase(server.databaseUrl);
    try {
      const mail = await db.selectFrom("outbox").selectAll().where("related_kind", "=", "accessibility_feedback").execute();
      expect(mail.map((m) => [m.recipient, m.subject])).toEqual([["maria.rossi@example.it", `Segnalazione di accessibilità ${reference} ricevuta`]]);
    } finally {
      await db.destroy();
    }
  });

  it("the operator finds it in the queue with the days left in words, and answers it", async () => {
    const page = await newPage();
    await staffLogin(page, "anagrafe");
    await page.goto("/gestione/accessibilita/segnalazioni");
    await hydrated(page);
    const row = page.getByTestId("queue-open").getByRole("row", { name: new RegExp(reference) });
    await expect(row.innerText()).resolves.toMatch(/Mancano (30|29) giorni/);
    await expect(row.innerText()).resolves.toContain("Ricevuta");
    await row.getByRole("link", { name: reference }).click();
    await expect.poll(() => page.locator("h1").innerText()).toBe(`Segnalazione ${reference}`);
    await page.getByLabel("Risposta").fill("Abbiamo aumentato il contrasto del pulsante. Grazie della segnalazione.");
    await page.getByRole("button", { name: "Registra e invia la risposta" }).click();
    await expect.poll(() => page.getByTestId("feedback-state").innerText()).toBe("Risposta inviata");
    await expect(page.getByTestId("feedback-answer").innerText()).resolves.toContain("Abbiamo aumentato il contrasto");
    await page.goto("/gestione/accessibilita/segnalazioni");
    await expect(page.getByTestId("queue-empty").count()).resolves.toBe(1);
    await expect(page.getByTestId("queue-answered").innerText()).resolves.toContain(reference);
    const db = openDatabase(server.databaseUrl);
    try {
      const mail = await db.selectFrom("outbox").select(["subject", "body"]).where("related_kind", "=", "accessibility_feedback").orderBy("id").execute();
      expect(mail[1]?.subject).toBe(`Risposta alla segnalazione di accessibilità ${reference}`);
      expect(mail[1]?.body).toContain("Abbiamo aumentato il contrasto del pulsante.");
      const audit = await db.selectFrom("audit_log").select("event").where("target_kind", "=", "accessibility_feedback").orderBy("id").execute();
      expect(audit.map((a) => a.event)).toEqual(["accessibility_feedback.received", "accessibility_feedback.answered"]);
    } finally {
      await db.destroy();
    }
  });
});
