import type { Page } from "playwright-core";
import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * Assisted applications (issue 7 §7), as the demo tax office sees them: the identification page
 * empty (no draft yet: these states run before any other starts one), refused without JavaScript
 * (400, summary, values kept), a form step filled for a citizen on the phone (the banner saying for
 * whom), the page again with that draft listed, the summary with the confirmation box, English.
 */
const BASE = "/gestione/assistenza";

async function identify(page: Page) {
  await page.getByLabel("Servizio").selectOption("tari-iscrizione");
  await page.locator("label[for=channel-phone]").click();
  await page.getByLabel("Codice fiscale del cittadino").fill("VRDGPP44B29F704V");
  await page.getByLabel("Nome", { exact: true }).fill("Giuseppe");
  await page.getByLabel("Cognome").fill("Verdi");
  await page.getByLabel("Come hai verificato chi sta chiamando").fill("Richiamato al numero presente in anagrafe");
  await page.locator("label[for=privacy]").click();
  await Promise.all([page.waitForURL("**/gestione/assistenza/*/passo/**"), page.getByRole("button", { name: "Inizia la domanda" }).click()]);
}

export const assistedStates: PageState[] = [
  { id: "assistenza-vuota", path: "/gestione/accedi", description: "Back office: assisted application, identification form and no pending draft", setup: asStaff("tributi", BASE), sameDocumentAs: `it:${BASE}` },
  {
    id: "assistenza-errori",
    path: "/gestione/accedi",
    description: "Back office: assisted application refused (bad codice fiscale, no channel, no privacy notice): summary and values kept (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "tributi",
      BASE,
      async (page) => {
        await page.getByLabel("Codice fiscale del cittadino").fill("VRDGPP44B29F704X");
        await page.getByLabel("Numero del documento").fill("12");
        await page.getByRole("button", { name: "Inizia la domanda" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${BASE}`,
  },
  {
    id: "assistenza-passo",
    path: "/gestione/accedi",
    description: "Back office: the first TARI step filled by an operator for a citizen on the phone (banner with the citizen's name)",
    setup: asStaff("tributi", BASE, identify),
  },
  {
    id: "assistenza-bozze",
    path: "/gestione/accedi",
    description: "Back office: assisted application page with a pending draft in the table",
    setup: asStaff("tributi", BASE, async (page) => {
      await page.getByTestId("assisted-drafts").waitFor();
    }),
    sameDocumentAs: `it:${BASE}`,
  },
  {
    id: "assistenza-riepilogo",
    path: "/gestione/accedi",
    description: "Back office: the assisted summary with the citizen's confirmation box (still incomplete)",
    setup: asStaff("tributi", BASE, async (page) => {
      await Promise.all([page.waitForURL("**/riepilogo"), page.getByRole("link", { name: /Riprendi la domanda di Giuseppe Verdi/ }).first().click()]);
    }),
  },
  {
    id: "assistenza-en",
    path: "/gestione/accedi",
    lang: "en",
    description: "Back office: assisted application in English",
    setup: asStaff("tributi", `${BASE}?lang=en`),
    sameDocumentAs: `en:${BASE}`,
  },
];
