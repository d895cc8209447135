import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import { testFiscalCode } from "../tests/setup/applications";
import { PAYMENTS_HEADER, paymentsCsv, reportingFlowXml, uploadTaxFile } from "../tests/setup/reporting";
import { APPLICATIONS_CITIZEN, sendApplication } from "./application-states";
import type { PageState } from "./pages";
import { asCitizenOn, asStaff, asStaffOn } from "./sessions";

/**
 * The tax office's other files (issue 5 §1, §6) — TARI accounts, payments, pagoPA's reporting flow:
 * each refused with its report and loaded with its result — and a fee asked on an application: the
 * office's case and the citizen's while waiting for the payment, the checkout, and after the payment.
 */
const FILES = "/gestione/tributi/ruoli";
const TARI_HEADER = "codice_fiscale;indirizzo;utenza;occupanti;categoria;superficie;dal;al;riduzioni";

/** Anna's late 2025 TARI: "Paga con pagoPA", then back — the notice stays open; its number. */
async function openNotice(page: Page): Promise<string> {
  await asCitizenOn(page, "Anna Bianchi", "/area-personale/tributi");
  // The 2026 TARI balance: by now the accessibility run has paid the late 2025 TARI and replaced the IMU rolls (tax-states.ts).
  await Promise.all([page.waitForURL("**/pagamento-simulato/**"), page.getByTestId("pay-tari-2026").click()]);
  const notice = new URL(page.url()).pathname.split("/").at(-1)!;
  await hydrated(page);
  const amount = (await page.locator("dd.fw-semibold").innerText()).replace(/[^\d,]/g, "").replace(",", ".");
  await page.context().clearCookies();
  return `${notice}|${amount}`;
}

let fee: { path: string; protocol: string; id: string } | null = null;

/** A new application of the applications' citizen, taken in charge by the tax office, whose case page is left open. */
async function caseInCharge(page: Page) {
  const sent = await sendApplication(page);
  await page.context().clearCookies();
  await asStaffOn(page, "tributi", `/gestione/domande?cerca=${encodeURIComponent(sent.protocol)}`);
  await Promise.all([page.waitForURL(/\/gestione\/domande\/\d+$/), page.getByRole("link", { name: sent.protocol }).click()]);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  await hydrated(page);
  await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "fatto"), page.getByRole("button", { name: "Prendi in carico", exact: true }).click()]);
  await hydrated(page);
  return { ...sent, id };
}

/** One such application on which the office asks a fee (once per run). */
async function feeAsked(page: Page) {
  if (fee) return fee;
  const inCharge = await caseInCharge(page);
  await page.getByLabel("Importo in euro").fill("12,50");
  await page.getByLabel("Causale").fill("Diritti di istruttoria");
  await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "fatto"), page.getByRole("button", { name: "Chiedi il pagamento" }).click()]);
  await page.context().clearCookies();
  fee = inCharge;
  return fee;
}

const OFFICE_CASE = "it:/gestione/domande/:id";
const CASE = "it:/area-personale/domande/:id";

export const taxofficeStates: PageState[] = [
  {
    id: "tributi-file-tari-errori",
    path: "/gestione/accedi",
    description: "Back office: a TARI accounts file with bad lines refused, with the report (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff("tributi", FILES, (page) => uploadTaxFile(page, "tari", "utenze.csv", `${TARI_HEADER}\n${testFiscalCode(1)};Via Roma 1;casa;;;0;31/02/2026;;\n`), false),
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "tributi-file-tari-caricate",
    path: "/gestione/accedi",
    description: "Back office: TARI accounts loaded (the result announced)",
    setup: asStaff("tributi", FILES, async (page) => {
      await uploadTaxFile(
        page,
        "tari",
        "utenze.csv",
        `${TARI_HEADER}\n${testFiscalCode(1)};Via Roma 1, Seregno;domestica;3;;90;01/01/2024;;compostaggio:20\n`,
        (u) => u.searchParams.get("tipo") === "tari"
      );
      await hydrated(page);
    }),
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "tributi-file-pagamenti-errori",
    path: "/gestione/accedi",
    description: "Back office: a payments file with bad lines refused (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff("tributi", FILES, (page) => uploadTaxFile(page, "pagamenti", "pagamenti.csv", `${PAYMENTS_HEADER}\n${testFiscalCode(1)};ICI;2025;3918;F24;16/06/2025;0;;\n`), false),
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "tributi-file-pagamenti-caricati",
    path: "/gestione/accedi",
    description: "Back office: payments added, with the lines skipped as already loaded",
    setup: asStaff("tributi", FILES, async (page) => {
      const lines = paymentsCsv(6, (i) => testFiscalCode(40 + i))
        .trim()
        .split("\n");
      await uploadTaxFile(page, "pagamenti", "pagamenti.csv", [...lines, lines[1]!].join("\n"));
      await page.getByTestId("payments-loaded").waitFor();
    }),
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "tributi-file-rendicontazione-errori",
    path: "/gestione/accedi",
    description: "Back office: a pagoPA reporting flow that does not add up, refused (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "tributi",
      FILES,
      (page) => uploadTaxFile(page, "rendicontazione", "flusso.xml", reportingFlowXml({ payments: [{ iuv: "01269999999999901", amount: "10.00" }], total: "11.00" })),
      false
    ),
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "tributi-file-rendicontazione-caricato",
    path: "/gestione/accedi",
    description: "Back office: a pagoPA reporting flow loaded, each payment's outcome in a table",
    setup: async (page) => {
      const [notice, amount] = (await openNotice(page)).split("|");
      await asStaffOn(page, "tributi", FILES);
      const flow = reportingFlowXml({
        payments: [
          { iuv: notice!.slice(1), amount: amount! },
          { iuv: "01269999999999901", amount: "10.00" },
          { iuv: notice!.slice(1), amount: "1.00", outcome: 3 },
        ],
      });
      await uploadTaxFile(page, "rendicontazione", "flusso.xml", flow);
      await page.getByTestId("reconciliation-report").waitFor();
    },
    sameDocumentAs: `it:${FILES}`,
  },
  {
    id: "gestione-pratica-pagamento",
    path: "/gestione/accedi",
    description: "Back office: an application waiting for a payment, with its notice",
    setup: async (page) => {
      const { id } = await feeAsked(page);
      await asStaffOn(page, "tributi", `/gestione/domande/${id}`);
    },
    sameDocumentAs: OFFICE_CASE,
  },
  {
    id: "gestione-pratica-pagamento-errore",
    path: "/gestione/accedi",
    description: "Back office: asking a payment with no amount and no purpose (400, the fields in the error summary)",
    status: 400,
    setup: async (page) => {
      await caseInCharge(page);
      await page.getByRole("button", { name: "Chiedi il pagamento" }).click();
      await page.getByRole("alert").waitFor({ state: "visible" });
      await hydrated(page);
    },
    sameDocumentAs: OFFICE_CASE,
  },
  {
    id: "domanda-pratica-pagamento",
    path: "/accedi",
    description: "One application waiting for a payment: the amount, pay with pagoPA, the notice to download",
    setup: async (page) => {
      const { path } = await feeAsked(page);
      await asCitizenOn(page, APPLICATIONS_CITIZEN, path);
    },
    sameDocumentAs: CASE,
  },
  {
    id: "domanda-pratica-pagamento-mobile",
    path: "/accedi",
    description: "One application waiting for a payment at 320 px",
    viewport: { width: 320, height: 640 },
    setup: async (page) => {
      const { path } = await feeAsked(page);
      await asCitizenOn(page, APPLICATIONS_CITIZEN, path);
    },
    sameDocumentAs: CASE,
  },
  {
    id: "domanda-pagamento-simulato",
    path: "/accedi",
    description: "The simulated pagoPA checkout of an application's fee",
    setup: async (page) => {
      const { path } = await feeAsked(page);
      await asCitizenOn(page, APPLICATIONS_CITIZEN, path);
      await Promise.all([page.waitForURL("**/pagamento/**"), page.getByTestId("fee-pay").click()]);
      await hydrated(page);
    },
    sameDocumentAs: "it:/area-personale/domande/:id/pagamento/:avviso",
  },
  {
    id: "domanda-pratica-pagata",
    path: "/accedi",
    description: "One application after its fee was paid: the result announced, back with the office",
    setup: async (page) => {
      const { path } = await feeAsked(page);
      await asCitizenOn(page, APPLICATIONS_CITIZEN, path);
      await Promise.all([page.waitForURL("**/pagamento/**"), page.getByTestId("fee-pay").click()]);
      await hydrated(page);
      await Promise.all([page.waitForURL((u) => u.searchParams.get("pagamento") === "pagato"), page.getByRole("button", { name: "Simula il pagamento" }).click()]);
      await hydrated(page);
    },
    sameDocumentAs: CASE,
  },
];
