import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * The counter submissions page (issue 6 §4), as the demo operator of the registry office sees it:
 * empty (a fresh database, the run's first state on it), refused with every field wrong (400, without
 * JavaScript, values kept), and with a recorded row in the table, also at 320 px and in English.
 */
const COUNTER = "/gestione/sportello/presentazioni";

export const metricsStates: PageState[] = [
  { id: "sportello-presentazioni-vuota", path: "/gestione/accedi", description: "Back office: counter submissions, none recorded yet (empty form and list)", setup: asStaff("anagrafe", COUNTER), sameDocumentAs: `it:${COUNTER}` },
  {
    id: "sportello-presentazioni-errori",
    path: "/gestione/accedi",
    description: "Back office: a counter submission refused (no service, a future date, a bad protocol number): summary and values kept (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "anagrafe",
      COUNTER,
      async (page) => {
        await page.getByLabel("Data di ricezione").fill("31/12/2099");
        await page.getByLabel("Numero di protocollo (facoltativo)").fill("<12>");
        await page.getByRole("button", { name: "Registra" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${COUNTER}`,
  },
  {
    id: "sportello-presentazioni-righe",
    path: "/gestione/accedi",
    description: "Back office: counter submissions after recording one (confirmation and the table)",
    setup: asStaff("anagrafe", COUNTER, async (page) => {
      await page.getByLabel("Servizio").selectOption({ index: 1 });
      await page.getByLabel("Data di ricezione").fill("02/11/2026");
      await page.locator("label[for=channel-pec]").click();
      await Promise.all([page.waitForURL((u) => u.searchParams.has("registrata")), page.getByRole("button", { name: "Registra" }).click()]);
      await page.getByTestId("counter-rows").waitFor();
    }),
    sameDocumentAs: `it:${COUNTER}`,
  },
  {
    id: "sportello-presentazioni-en",
    path: "/gestione/accedi",
    lang: "en",
    description: "Back office: counter submissions in English",
    setup: asStaff("anagrafe", `${COUNTER}?lang=en`),
    sameDocumentAs: `en:${COUNTER}`,
  },
  {
    id: "sportello-presentazioni-mobile",
    path: "/gestione/accedi",
    description: "Back office: counter submissions at 320 px (the table scrolls in its own region)",
    viewport: { width: 320, height: 640 },
    setup: asStaff("anagrafe", COUNTER),
    sameDocumentAs: `it:${COUNTER}`,
  },
];
