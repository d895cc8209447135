import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * The back office's catalogue pages (issue 4 §7), as the administrator sees them: the list (all,
 * and filtered to nothing), the editor filled, with errors (with and without JavaScript) and after a
 * save refused because someone else saved first. No state here saves anything, so the other states
 * of the run read the seeded catalogue unchanged.
 * The administrator's session comes from ./sessions.ts.
 */
const SERVICE = "carta-identita-elettronica";
const EDIT = `/gestione/servizi/${SERVICE}`;
/** A category of the seed with no service: the list's empty state. */
const EMPTY_FILTER = "/gestione/servizi?categoria=turismo&modalita=online";

const asAdmin = (then: string, extra?: (page: Page) => Promise<void>, javaScript = true) => asStaff("admin", then, extra, javaScript);

/** Empties two required texts (one per language) and saves. */
async function submitWithErrors(page: Page, javaScript: boolean) {
  await page.locator("#it-how_to").fill("");
  await page.locator("#en-title").fill("ab");
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Salva le modifiche" }).click()]);
  await page.getByRole("alert").waitFor({ state: "visible", timeout: 5000 });
  if (javaScript) await hydrated(page);
}

/** Saves from a version that is no longer the stored one, as if someone else had saved in between. */
async function submitStale(page: Page) {
  await page.locator("#it-outcome").fill("Ricevi la carta d'identità elettronica a casa per posta.");
  await page.locator('input[name="updatedAt"]').evaluate((el) => ((el as HTMLInputElement).value = "2000-01-01T00:00:00.000Z"));
  await page.getByRole("button", { name: "Salva le modifiche" }).click();
  await page.getByTestId("conflict").waitFor({ state: "visible", timeout: 5000 });
}

export const catalogueStates: PageState[] = [
  {
    id: "catalogo-elenco",
    path: "/gestione/accedi",
    description: "Back office: the list of service pages (administrator)",
    setup: asAdmin("/gestione/servizi"),
    sameDocumentAs: "it:/gestione/servizi",
  },
  {
    id: "catalogo-elenco-vuoto",
    path: "/gestione/accedi",
    description: "Back office: the list of service pages filtered to nothing (empty state)",
    setup: asAdmin(EMPTY_FILTER),
    sameDocumentAs: "it:/gestione/servizi",
  },
  {
    id: "catalogo-elenco-mobile",
    path: "/gestione/accedi",
    description: "Back office: the list of service pages at 320 px (reflow)",
    setup: asAdmin("/gestione/servizi"),
    viewport: { width: 320, height: 640 },
    sameDocumentAs: "it:/gestione/servizi",
  },
  {
    id: "catalogo-scheda",
    path: "/gestione/accedi",
    description: "Back office: the editor of one service page, filled with the stored texts",
    setup: asAdmin(EDIT),
    sameDocumentAs: `it:${EDIT}`,
  },
  {
    id: "catalogo-scheda-errori",
    path: "/gestione/accedi",
    description: "Back office: the service editor with errors (answered through JavaScript)",
    setup: asAdmin(EDIT, (page) => submitWithErrors(page, true)),
    sameDocumentAs: `it:${EDIT}`,
  },
  {
    id: "catalogo-scheda-errori-nojs",
    path: "/gestione/accedi",
    description: "Back office: the service editor with errors, without JavaScript (400)",
    setup: asAdmin(EDIT, (page) => submitWithErrors(page, false), false),
    javaScriptEnabled: false,
    status: 400,
    sameDocumentAs: `it:${EDIT}`,
  },
  {
    id: "catalogo-scheda-conflitto",
    path: "/gestione/accedi",
    description: "Back office: the service editor after a save refused because someone else saved first",
    setup: asAdmin(EDIT, submitStale),
    sameDocumentAs: `it:${EDIT}`,
  },
];
