import type { Page } from "playwright-core";
import type { PageState } from "./pages";

/**
 * The reading preferences page (issue 7 §1): empty (normal preferences), with the saved message,
 * with the error of a text size not offered (only a tampered form sends one), in English, at 320 px.
 * Without JavaScript where the form is sent: it is a plain form.
 */
const PAGE = "/preferenze-di-lettura";

/** Saves 150 % and more space from the page itself: back on the page with the saved message. */
async function saveSome(page: Page) {
  await page.locator('label[for="textSize-150"]').click();
  await page.locator('label[for="spacing"]').click();
  await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "salvate"), page.getByRole("button", { name: "Salva le preferenze" }).click()]);
}

/** A size the form does not offer (as a tampered form would send): the 400 page with the error summary. */
async function tamperedSize(page: Page) {
  await page.locator("#textSize-200").evaluate((el) => {
    (el as HTMLInputElement).value = "300";
    (el as HTMLInputElement).checked = true;
  });
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Salva le preferenze" }).click()]);
  await page.getByRole("alert").waitFor({ state: "visible" });
}

export const preferencesStates: PageState[] = [
  { id: "preferenze", path: PAGE, description: "Reading preferences: the form with the normal preferences and the preview" },
  { id: "preferenze-salvate", path: PAGE, description: "Reading preferences saved without JavaScript: message, preferences applied", javaScriptEnabled: false, setup: saveSome, sameDocumentAs: `it:${PAGE}` },
  { id: "preferenze-errore", path: PAGE, description: "Reading preferences: a text size not offered (400, error summary)", setup: tamperedSize, status: 400, sameDocumentAs: `it:${PAGE}` },
  { id: "preferenze-en", path: `${PAGE}?lang=en`, lang: "en", description: "Reading preferences in English" },
  { id: "preferenze-mobile", path: `${PAGE}?ritorno=%2Fservizi`, viewport: { width: 320, height: 640 }, description: "Reading preferences at 320 px, opened from the services page (back link)", sameDocumentAs: `it:${PAGE}` },
];
