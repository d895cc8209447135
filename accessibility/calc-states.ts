import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * The public IMU and TARI calculators (empty, refused with errors, a result, at 320 px, in English)
 * and the tax office's rates per year (the list, a year's form, the form refused with errors).
 */
const IMU = "/calcolo-imu";
const TARI = "/calcolo-tari";
const RATES = "/gestione/tributi/aliquote";

async function submit(page: Page, button: string, javaScript = true) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: button, exact: true }).click()]);
  await page.waitForLoadState("load");
  if (javaScript) await page.getByTestId("calc-result").or(page.getByRole("alert")).first().waitFor();
}

/** Two properties (a second home and half a shop bought in March), calculated. */
async function imuResult(page: Page, calculate = "Calcola") {
  await page.selectOption("#anno", "2024");
  await page.selectOption("#immobili-0-categoria", "A/2");
  await page.fill("#immobili-0-rendita", "850");
  await page.getByRole("button", { name: calculate === "Calcola" ? "Aggiungi un immobile" : "Add a property" }).click();
  await page.locator("#immobili-1-tipo").waitFor();
  await page.selectOption("#immobili-1-categoria", "C/1");
  await page.fill("#immobili-1-rendita", "1200");
  await page.fill("#immobili-1-quotaPossesso", "50");
  await page.fill("#immobili-1-dal", "2024-03-16");
  await submit(page, calculate);
}

async function imuErrors(page: Page) {
  await page.selectOption("#immobili-0-categoria", "A/2");
  await page.fill("#immobili-0-rendita", "ottocento");
  await page.fill("#immobili-0-dal", "2019-01-01");
  await submit(page, "Calcola", false);
}

async function tariResult(page: Page, calculate = "Calcola") {
  await page.selectOption("#anno", "2026");
  await page.fill("#occupanti", "3");
  await page.fill("#superficie", "80");
  await page.fill("#riduzione", "10");
  await submit(page, calculate);
}

async function tariErrors(page: Page) {
  await page.locator('label[for="tipo-non_domestica"]').click();
  await page.fill("#superficie", "0");
  await submit(page, "Calcola", false);
}

export const calcStates: PageState[] = [
  { id: "calcolo-imu", path: IMU, description: "IMU calculator, empty form", sameDocumentAs: `it:${IMU}` },
  { id: "calcolo-imu-errori", path: IMU, description: "IMU calculator: a bad rendita and a date outside the year refused (400, without JavaScript)", javaScriptEnabled: false, status: 400, setup: imuErrors, sameDocumentAs: `it:${IMU}` },
  { id: "calcolo-imu-risultato", path: IMU, description: "IMU calculator: two properties calculated (tables, F24 lines, explanation)", setup: imuResult, sameDocumentAs: `it:${IMU}` },
  { id: "calcolo-imu-mobile", path: IMU, description: "IMU calculator result at 320 px (tables scroll in their own region)", viewport: { width: 320, height: 640 }, setup: imuResult, sameDocumentAs: `it:${IMU}` },
  { id: "calcolo-imu-en", path: `${IMU}?lang=en`, lang: "en", description: "IMU calculator result in English", setup: (page) => imuResult(page, "Calculate"), sameDocumentAs: `en:${IMU}` },
  { id: "calcolo-tari", path: TARI, description: "TARI calculator, empty form (the illustrative tariffs said)", sameDocumentAs: `it:${TARI}` },
  { id: "calcolo-tari-errori", path: TARI, description: "TARI calculator: a business with no category and no surface refused (400, without JavaScript)", javaScriptEnabled: false, status: 400, setup: tariErrors, sameDocumentAs: `it:${TARI}` },
  { id: "calcolo-tari-risultato", path: TARI, description: "TARI calculator: a household calculated (parts, TEFA, instalments)", setup: tariResult, sameDocumentAs: `it:${TARI}` },
  { id: "calcolo-tari-mobile", path: TARI, description: "TARI calculator result at 320 px", viewport: { width: 320, height: 640 }, setup: tariResult, sameDocumentAs: `it:${TARI}` },
  { id: "calcolo-tari-en", path: `${TARI}?lang=en`, lang: "en", description: "TARI calculator result in English", setup: (page) => tariResult(page, "Calculate"), sameDocumentAs: `en:${TARI}` },
  { id: "aliquote-elenco", path: "/gestione/accedi", description: "Back office: the years of rates and tariffs", setup: asStaff("tributi", RATES), sameDocumentAs: `it:${RATES}` },
  { id: "aliquote-anno", path: "/gestione/accedi", description: "Back office: a year's rates and tariffs, filled", setup: asStaff("tributi", `${RATES}/2026`), sameDocumentAs: `it:${RATES}/:anno` },
  {
    id: "aliquote-anno-errori",
    path: "/gestione/accedi",
    description: "Back office: a year's rates refused (a rate above the law's maximum, a due date out of order; 400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "tributi",
      `${RATES}/2026`,
      async (page) => {
        await page.fill("#other", "1,20");
        await page.fill("#saldo_due", "2026-06-01");
        await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Salva le aliquote e le tariffe del 2026" }).click()]);
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${RATES}/:anno`,
  },
  {
    id: "aliquote-anno-salvato",
    path: "/gestione/accedi",
    description: "Back office: a year's rates saved (the result announced)",
    setup: asStaff("tributi", `${RATES}/2025`, async (page) => {
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "salvato"), page.getByRole("button", { name: "Salva le aliquote e le tariffe del 2025" }).click()]);
      await hydrated(page);
    }),
    sameDocumentAs: `it:${RATES}/:anno`,
  },
];
