/**
 * The reconciliation and the fees in a real browser: the tax office uploads pagoPA's reporting flow
 * and reads the report (the notice Anna left open closed, an unknown IUV and a different amount
 * reported; the same flow again changes nothing), and a TARI accounts file with a bad line is refused.
 * The office asks a fee on Anna's application; she sees it on her case page, pays it in the simulated
 * checkout, and the case shows the payment received and is back with the office.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/connection";
import { submitApplication, type CitizenPrincipal } from "~/services/applications.server";
import { NO_REQUEST } from "~/services/audit.server";
import { act } from "~/services/backoffice.server";
import { getStaffPrincipal } from "~/services/staff-auth.server";
import { asCitizenOn, asStaffOn } from "../../accessibility/sessions";
import { completeTariDraft } from "../setup/applications";
import { hydrated, launchChromium } from "../setup/browser";
import { pdfText } from "../setup/pdf-text";
import { reportingFlowXml, uploadTaxFile } from "../setup/reporting";
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

/** A fresh browser with the tax office's session (the accessibility run's logins, done once). */
async function officePage(path: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await asStaffOn(page, "tributi", path);
  return page;
}

async function citizenPage(name: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await asCitizenOn(page, name, path);
  return page;
}

const plain = async (p: Promise<string>) => (await p).replace(/[\u00a0\u202f]/g, " ");

describe("the tax office's reconciliation", () => {
  it("uploads pagoPA's reporting flow: Anna's open notice closed, the rest reported; the same flow again changes nothing", async () => {
    // Anna starts paying her late 2025 IMU balance and leaves the checkout: the notice stays open.
    const anna = await citizenPage("Anna Bianchi", "/area-personale/tributi");
    await Promise.all([anna.waitForURL("**/pagamento-simulato/**"), anna.getByTestId("pay-imu-2025").click()]);
    const notice = new URL(anna.url()).pathname.split("/").at(-1)!;
    await hydrated(anna);
    // The balance is late, so the notice's amount carries today's ravvedimento: "726,27 €" → 726.27 and 7 + 3 + that.
    const shown = await plain(anna.getByTestId("notice-amount").innerText());
    const amount = shown.replace(/[^\d,]/g, "").replace(",", ".");
    const total = (Math.round(Number(amount) * 100) + 1300) / 100;
    const euros = (n: number) => n.toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    await Promise.all([anna.waitForURL((u) => u.searchParams.get("esito") === "annullato"), anna.getByRole("button", { name: "Annulla e torna ai tributi" }).click()]);
    expect(await anna.getByTestId("status-imu-2025").innerText()).toBe("Scaduto, da pagare");

    // She pays it at the tobacconist; pagoPA's flow reports it, with two payments that are not the desk's to close.
    const flow = reportingFlowXml({
      payments: [
        { iuv: notice.slice(1), amount, day: "2026-11-24" },
        { iuv: "01269999999999901", amount: "10.00" },
        { iuv: "01269999999999902", amount: "3.00", outcome: 3 },
      ],
    });
    const office = await officePage("/gestione/tributi/ruoli");
    await uploadTaxFile(office, "rendicontazione", "flusso.xml", flow);
    await office.getByTestId("reconciliation-report").waitFor();
    expect(await office.title()).not.toMatch(/^Errore/);
    expect(await plain(office.getByTestId("reconciliation-loaded").innerText())).toContain(`3 pagamenti per ${euros(total)} €`);
    expect(await office.getByTestId("reconciliation-summary").innerText()).toBe("Avvisi chiusi ora: 1. Già pagati: 0. IUV sconosciuti: 1. Importo diverso: 0. Revocati: 1.");
    const report = await plain(office.getByTestId("reconciliation-report").innerText());
    expect(report).toContain(`1\t${notice.slice(1)}\t24 novembre 2026\t${shown}\tAbbinato: avviso chiuso`);
    expect(report).toContain("IUV sconosciuto: nessun avviso dello sportello");
    expect(report).toContain("Pagamento revocato: nessuna modifica");

    // Again: nothing changes.
    await office.goto("/gestione/tributi/ruoli");
    await hydrated(office);
    await uploadTaxFile(office, "rendicontazione", "flusso.xml", flow);
    await office.getByTestId("reconciliation-report").waitFor();
    expect(await office.getByTestId("reconciliation-summary").innerText()).toBe("Avvisi chiusi ora: 0. Già pagati: 1. IUV sconosciuti: 1. Importo diverso: 0. Revocati: 1.");

    // A flow that does not add up is refused whole, with the reason.
    await office.goto("/gestione/tributi/ruoli");
    await hydrated(office);
    await uploadTaxFile(office, "rendicontazione", "flusso.xml", flow.replace(/<importoTotalePagamenti>[^<]*</, "<importoTotalePagamenti>1.00<"));
    await office.getByTestId("rolls-report").waitFor();
    expect(await office.title()).toMatch(/^Errore: /);
    expect(await office.getByTestId("rolls-report").innerText()).toContain(`La somma dei pagamenti non corrisponde a importoTotalePagamenti «1.00 ≠ ${total.toFixed(2)}»`);
    await office.context().close();

    // Anna's 2025 IMU is paid.
    await anna.goto("/area-personale/tributi");
    await hydrated(anna);
    expect(await anna.getByTestId("status-imu-2025").innerText()).toBe("Pagato");
    await anna.context().close();
  });

  it("a TARI accounts file with a bad line is refused with the report; a good one is loaded", async () => {
    const office = await officePage("/gestione/tributi/ruoli");
    const header = "codice_fiscale;indirizzo;utenza;occupanti;categoria;superficie;dal;al;riduzioni";
    await uploadTaxFile(office, "tari", "utenze.csv", `${header}\nBNCNNA41B43I625G;Via Umberto I 12;domestica;;;95;01/05/1990;;\n`);
    await office.getByTestId("rolls-report").waitFor();
    expect(await office.getByTestId("rolls-report").innerText()).toContain("2\toccupanti\tValore obbligatorio mancante");
    // The kind chosen stays chosen.
    expect(await office.getByLabel(/^Utenze TARI/).isChecked()).toBe(true);
    await office.setInputFiles("#file", { name: "utenze.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\nBNCNNA41B43I625G;Via Umberto I 12;domestica;2;;95;01/05/1990;;\n`) });
    await Promise.all([office.waitForURL((u) => u.searchParams.get("tipo") === "tari"), office.getByRole("button", { name: "Controlla e carica" }).click()]);
    expect(await plain(office.getByTestId("rolls-loaded").innerText())).toMatch(/^Utenze TARI caricate: 1 righe, 1 utenze di 1 contribuenti \(sostituite 1 utenze precedenti\)/);
    await office.context().close();
  });
});

describe("a fee on an application", () => {
  it("the office asks it, Anna pays in the simulated checkout, the case shows the payment received", async () => {
    // Anna's TARI application, sent and taken in charge (its steps are the applications browser test's).
    const anna = await citizenPage("Anna Bianchi", "/area-personale/domande");
    const db = openDatabase(server.databaseUrl);
    let id: number;
    try {
      const row = await db.selectFrom("citizen").selectAll().where("fiscal_code", "=", "BNCNNA41B43I625G").executeTakeFirstOrThrow();
      const principal: CitizenPrincipal = {
        kind: "citizen",
        actingFor: null,
        citizen: {
          kind: "citizen",
          id: row.id,
          fiscalCode: row.fiscal_code,
          givenName: row.given_name,
          familyName: row.family_name,
          dateOfBirth: row.date_of_birth,
          email: row.email,
          method: "spid",
          level: 2,
          idpEntityId: "test",
          nameId: "anna",
          nameQualifier: null,
          sessionIndex: null,
        },
      };
      const clock = { now: new Date().toISOString(), today: new Date().toISOString().slice(0, 10) };
      id = await completeTariDraft(db, principal, clock);
      const translate = ((key: string) => key) as never;
      await submitApplication(db, { id, principal, lang: "it", translators: { it: translate, en: translate }, emailTexts: () => ({ subject: "s", body: "b" }) }, clock, NO_REQUEST);
      const staffId = (await db.selectFrom("staff_user").select("id").where("username", "=", "tributi").executeTakeFirstOrThrow()).id;
      const staff = (await getStaffPrincipal(db, staffId))!;
      expect((await act(db, { kind: "staff", stage: "full", staff }, id, { kind: "event", event: "take_in_charge", message: "" }, clock, NO_REQUEST, () => ({ subject: "s", body: "b" }))).ok).toBe(
        true
      );
    } finally {
      await db.destroy();
    }

    const office = await officePage(`/gestione/domande/${id}`);
    // A wrong amount: the error summary links to the field, the purpose is kept as typed.
    await office.getByLabel("Importo in euro").fill("dieci");
    await office.getByLabel("Causale").fill("Diritti di istruttoria");
    await Promise.all([office.waitForURL((u) => u.pathname === `/gestione/domande/${id}`), office.getByRole("button", { name: "Chiedi il pagamento" }).click()]);
    await hydrated(office);
    expect(await office.title()).toMatch(/^Errore: /);
    expect(await office.getByRole("link", { name: "Scrivi un importo in euro maggiore di zero, per esempio 12,50" }).getAttribute("href")).toBe("#fee-amount");
    expect(await office.getByLabel("Causale").inputValue()).toBe("Diritti di istruttoria");
    await office.getByLabel("Importo in euro").fill("12,50");
    await Promise.all([office.waitForURL((u) => u.searchParams.get("esito") === "fatto"), office.getByRole("button", { name: "Chiedi il pagamento" }).click()]);
    await hydrated(office);
    expect(await office.getByTestId("office-facts").innerText()).toContain("In attesa di pagamento");
    expect(await plain(office.getByTestId("fee-notices").innerText())).toMatch(/Diritti di istruttoria\t301\d \d{4} \d{4} \d{4} \d{2}\t12,50 €\t.*\tDa pagare/);

    await anna.goto(`/area-personale/domande/${id}`);
    await hydrated(anna);
    expect(await anna.getByTestId("case-state").innerText()).toBe("Serve una tua azione");
    expect(await plain(anna.getByTestId("fee-waiting").innerText())).toContain("L'ufficio ti chiede un pagamento di 12,50 € per: Diritti di istruttoria.");
    // The notice to print: a pagoPA notice PDF with the purpose and the amount.
    const pdf = await anna.request.get((await anna.getByTestId("fee-pdf").getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const pdfContent = (await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, " ");
    expect(pdfContent).toContain("Diritti di istruttoria");
    expect(pdfContent).toContain("12,50");
    await Promise.all([anna.waitForURL(`**/area-personale/domande/${id}/pagamento/**`), anna.getByTestId("fee-pay").click()]);
    await hydrated(anna);
    expect(await anna.getByTestId("simulated").innerText()).toContain("Questa è una simulazione");
    expect(await plain(anna.locator("main").innerText())).toContain("12,50 €");
    await Promise.all([anna.waitForURL((u) => u.searchParams.get("pagamento") === "pagato"), anna.getByRole("button", { name: "Simula il pagamento" }).click()]);
    await hydrated(anna);
    expect(await anna.getByTestId("fee-outcome").innerText()).toBe("Pagamento ricevuto: la domanda è tornata all'ufficio.");
    expect(await anna.getByTestId("case-state").innerText()).toBe("In lavorazione");
    expect(await anna.locator("main").innerText()).toContain("Pagamento ricevuto");
    expect(await anna.getByTestId("fee-notices").innerText()).toMatch(/Pagato il \d{1,2} \p{L}+ \d{4}$/u);

    await office.reload();
    await hydrated(office);
    expect(await office.getByTestId("office-facts").innerText()).toContain("Presa in carico");
    await office.context().close();
    await anna.context().close();
  });
});
