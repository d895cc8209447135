import type { Page } from "playwright-core";
import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * The accessibility statement, its feedback form (no login) and the back office's queue (issue 7 §9).
 * Order matters (one database for the run): the queue is checked empty first, then a report is
 * refused and one sent without JavaScript, then the queue and the report are checked filled.
 */
const FORM = "/accessibilita/segnalazione";
const QUEUE = "/gestione/accessibilita/segnalazioni";

async function sendEmpty(page: Page) {
  await page.getByRole("button", { name: "Invia la segnalazione" }).click();
  await page.waitForLoadState("load");
}

async function sendReport(page: Page) {
  await page.getByLabel("Email").fill("maria.rossi@example.it");
  await page.getByLabel("Pagina o indirizzo del problema").fill("/calcolo-tari");
  await page.getByLabel("Descrivi il problema").fill("Con il lettore di schermo non sento il risultato del calcolo.");
  await page.getByLabel("Tecnologia che usi (facoltativo)").fill("NVDA con Firefox");
  await Promise.all([page.waitForURL(/\/ricevuta\//), page.getByRole("button", { name: "Invia la segnalazione" }).click()]);
}

async function openFirstReport(page: Page) {
  await Promise.all([page.waitForURL(/segnalazioni\/\d+/), page.getByTestId("queue-open").getByRole("link").first().click()]);
  await page.getByRole("heading", { level: 1 }).waitFor();
}

export const statementStates: PageState[] = [
  {
    id: "piano-obiettivo-accessibilita",
    path: "/amministrazione/piano-integrato/bisogni-over-65-e-disabili",
    description: "The plan objective OB-07 with the comune's yearly accessibility objectives",
  },
  { id: "dichiarazione-en", path: "/accessibilita?lang=en", lang: "en", description: "Accessibility statement in English" },
  { id: "dichiarazione-mobile", path: "/accessibilita", viewport: { width: 320, height: 640 }, description: "Accessibility statement at 320×640", sameDocumentAs: "it:/accessibilita" },
  {
    id: "segnalazioni-vuote",
    path: "/gestione/accedi",
    description: "Back office: accessibility reports, none yet",
    setup: asStaff("anagrafe", QUEUE),
    sameDocumentAs: `it:${QUEUE}`,
  },
  { id: "segnalazione-vuota", path: FORM, description: "Accessibility feedback form, empty (no login)" },
  { id: "segnalazione-en", path: `${FORM}?lang=en`, lang: "en", description: "Accessibility feedback form in English" },
  {
    id: "segnalazione-errori",
    path: FORM,
    description: "Accessibility feedback form sent empty without JavaScript: error summary, 400",
    javaScriptEnabled: false,
    setup: sendEmpty,
    status: 400,
    sameDocumentAs: `it:${FORM}`,
  },
  {
    id: "segnalazione-ricevuta",
    path: FORM,
    description: "Accessibility report sent without JavaScript: the receipt with its number and due date",
    javaScriptEnabled: false,
    setup: sendReport,
    sameDocumentAs: "it:/accessibilita/segnalazione/ricevuta",
  },
  {
    id: "segnalazioni-piene",
    path: "/gestione/accedi",
    description: "Back office: accessibility reports, one to answer (days left in words)",
    setup: asStaff("anagrafe", QUEUE, async (page) => {
      await page.getByTestId("queue-open").waitFor();
    }),
    sameDocumentAs: `it:${QUEUE}`,
  },
  {
    id: "segnalazione-dettaglio",
    path: "/gestione/accedi",
    description: "Back office: one accessibility report, with the answer form",
    setup: asStaff("anagrafe", QUEUE, openFirstReport),
    sameDocumentAs: `it:${QUEUE}/1`,
  },
  {
    id: "segnalazione-risposta-errore",
    path: "/gestione/accedi",
    description: "Back office: an empty answer refused without JavaScript (400, summary)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "anagrafe",
      QUEUE,
      async (page) => {
        await page.locator("[data-testid=queue-open] a").first().click();
        await page.waitForLoadState("load");
        await page.getByRole("button", { name: "Registra e invia la risposta" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${QUEUE}/1`,
  },
  {
    id: "segnalazioni-en",
    path: "/gestione/accedi",
    lang: "en",
    description: "Back office: accessibility reports in English",
    setup: asStaff("anagrafe", `${QUEUE}?lang=en`),
    sameDocumentAs: `en:${QUEUE}`,
  },
  {
    id: "obiettivi-accessibilita",
    path: "/gestione/accedi",
    description: "Back office: the yearly accessibility objectives (list, state change, add form)",
    setup: asStaff("admin", "/gestione/accessibilita/obiettivi"),
    sameDocumentAs: "it:/gestione/accessibilita/obiettivi",
  },
];
