import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asCitizenOn, asStaff } from "./sessions";

/**
 * Booking an appointment (issue 4 §8): every step of the flow empty and with its errors, the
 * confirmation, the cancellation link's page, the personal area's list (with the cancel
 * confirmation) and the staff's pages. Each state walks the flow for real from step 1, so the
 * run's database needs the demo calendars (db/seed/appointments.ts). The flow's URLs carry a random
 * draft id, so the states share stable `sameDocumentAs` keys instead.
 */

const BASE = "/prenota-appuntamento";
const STEP_URL: Record<string, RegExp> = {
  motivo: /\/motivo$/,
  giorno: /\/giorno$/,
  orario: /\/orario$/,
  dettagli: /\/dettagli$/,
  richiedente: /\/richiedente$/,
  riepilogo: /\/riepilogo$/,
  conferma: /\/conferma$/,
};
const ORDER = ["motivo", "giorno", "orario", "dettagli", "richiedente", "riepilogo", "conferma"] as const;
type Target = (typeof ORDER)[number];

async function continueTo(page: Page, next: RegExp, button = "Continua") {
  await Promise.all([page.waitForURL(next), page.getByRole("button", { name: button }).click()]);
  await hydrated(page);
}

/** Walks the flow from step 1 (choosing the first option each time) until the page of `target`. */
async function walkTo(page: Page, target: Target, anonymous = true) {
  await page.goto(BASE);
  await hydrated(page);
  await page.locator("label", { hasText: "Servizi Demografici" }).click();
  await continueTo(page, STEP_URL.motivo!);
  for (const step of ORDER) {
    if (step === target) return;
    if (step === "motivo" || step === "giorno" || step === "orario") await page.locator(".form-check label").first().click();
    if (step === "richiedente" && anonymous) {
      await page.getByLabel("Nome", { exact: true }).fill("Giuseppina");
      await page.getByLabel("Cognome").fill("Colombo");
      await page.getByLabel("Email").fill("giuseppina.colombo@example.org");
    }
    const next = ORDER[ORDER.indexOf(step) + 1]!;
    await continueTo(page, STEP_URL[next]!, step === "riepilogo" ? "Conferma l'appuntamento" : "Continua");
  }
}

function at(target: Target, extra?: (page: Page) => Promise<void>) {
  return async (page: Page) => {
    await walkTo(page, target);
    if (extra) await extra(page);
  };
}

/** Sends the step's form as it is (empty), and waits for the error summary. */
async function submitEmpty(page: Page) {
  await page.getByRole("button", { name: "Continua" }).click();
  await page.getByRole("alert").waitFor({ state: "visible" });
}

async function wrongApplicant(page: Page) {
  await page.getByLabel("Email").fill("non-una-email");
  await page.getByLabel("Telefono (facoltativo)").fill("abc");
  await submitEmpty(page);
}

async function toCancelLink(page: Page) {
  await walkTo(page, "conferma");
  await Promise.all([page.waitForURL(/\/annulla\//), page.getByTestId("cancel-link").click()]);
  await hydrated(page);
}

async function cancelWithLink(page: Page) {
  await toCancelLink(page);
  await Promise.all([page.waitForURL(/esito=annullato$/), page.getByRole("button", { name: "Sì, annulla l'appuntamento" }).click()]);
  await hydrated(page);
}

/** A citizen through the test IdP, then a booking of hers, ending on the personal area's list. */
async function citizenWithBooking(page: Page, confirmCancel: boolean) {
  await asCitizenOn(page, "Giuseppe Verdi", BASE);
  await walkTo(page, "conferma", false);
  await page.goto("/area-personale/appuntamenti");
  await hydrated(page);
  if (confirmCancel) {
    await page.getByRole("link", { name: /^Annulla l'appuntamento di / }).first().click();
    await page.getByRole("heading", { name: "Vuoi annullare questo appuntamento?" }).waitFor();
  }
}

const asTaxOffice = (then: string, extra?: (page: Page) => Promise<void>) => asStaff("tributi", then, extra);

const doc = (step: string) => `it:${BASE}/:bozza/${step}`;

export const appointmentStates: PageState[] = [
  { id: "appuntamento-inizio", path: BASE, description: "Book an appointment, step 1: how it works and the office (the page the conformity checker audits)" },
  { id: "appuntamento-inizio-en", path: `${BASE}?lang=en`, lang: "en", description: "Book an appointment, step 1, in English" },
  { id: "appuntamento-inizio-mobile", path: BASE, viewport: { width: 320, height: 640 }, description: "Step 1 at 320 px", sameDocumentAs: `it:${BASE}` },
  {
    id: "appuntamento-inizio-errore",
    path: BASE,
    description: "Step 1 sent without choosing an office, without JavaScript (400)",
    javaScriptEnabled: false,
    status: 400,
    setup: async (page) => {
      await page.getByRole("button", { name: "Continua" }).click();
      await page.waitForLoadState("load");
    },
    sameDocumentAs: `it:${BASE}`,
  },
  { id: "appuntamento-motivo", path: BASE, description: "Step 2: the reason", setup: at("motivo"), sameDocumentAs: doc("motivo") },
  { id: "appuntamento-motivo-errore", path: BASE, description: "Step 2 sent empty (error summary)", setup: at("motivo", submitEmpty), sameDocumentAs: doc("motivo") },
  { id: "appuntamento-giorno", path: BASE, description: "Step 3: the free days of the month", setup: at("giorno"), sameDocumentAs: doc("giorno") },
  { id: "appuntamento-giorno-errore", path: BASE, description: "Step 3 sent empty (error summary)", setup: at("giorno", submitEmpty), sameDocumentAs: doc("giorno") },
  { id: "appuntamento-giorno-mobile", path: BASE, viewport: { width: 320, height: 640 }, description: "Step 3 at 320 px", setup: at("giorno"), sameDocumentAs: doc("giorno") },
  { id: "appuntamento-orario", path: BASE, description: "Step 4: the free times of the day", setup: at("orario"), sameDocumentAs: doc("orario") },
  { id: "appuntamento-orario-errore", path: BASE, description: "Step 4 sent empty (error summary)", setup: at("orario", submitEmpty), sameDocumentAs: doc("orario") },
  { id: "appuntamento-dettagli", path: BASE, description: "Step 5: the details", setup: at("dettagli"), sameDocumentAs: doc("dettagli") },
  {
    id: "appuntamento-dettagli-errore",
    path: BASE,
    description: "Step 5 with a text too long (error summary)",
    setup: at("dettagli", async (page) => {
      await page.locator("#details").fill("x".repeat(1100));
      await submitEmpty(page);
    }),
    sameDocumentAs: doc("dettagli"),
  },
  { id: "appuntamento-richiedente", path: BASE, description: "Step 6: the applicant's details (anonymous)", setup: at("richiedente"), sameDocumentAs: doc("richiedente") },
  { id: "appuntamento-richiedente-errore", path: BASE, description: "Step 6 with a wrong e-mail and phone and no name (error summary)", setup: at("richiedente", wrongApplicant), sameDocumentAs: doc("richiedente") },
  { id: "appuntamento-riepilogo", path: BASE, description: "Step 7: check and confirm", setup: at("riepilogo"), sameDocumentAs: doc("riepilogo") },
  { id: "appuntamento-conferma", path: BASE, description: "The confirmation with the cancellation link", setup: at("conferma"), sameDocumentAs: doc("conferma") },
  { id: "appuntamento-annulla", path: BASE, description: "The cancellation link's page, before confirming", setup: toCancelLink, sameDocumentAs: `it:${BASE}/annulla/:token` },
  { id: "appuntamento-annullato", path: BASE, description: "The cancellation link's page once cancelled", setup: cancelWithLink, sameDocumentAs: `it:${BASE}/annulla/:token?esito` },
  {
    id: "area-appuntamenti",
    path: "/accedi",
    description: "Personal area: the citizen's appointments",
    setup: (page) => citizenWithBooking(page, false),
    sameDocumentAs: "it:/area-personale/appuntamenti",
  },
  {
    id: "area-appuntamenti-annulla",
    path: "/accedi",
    description: "Personal area: the confirmation asked before cancelling",
    setup: (page) => citizenWithBooking(page, true),
    sameDocumentAs: "it:/area-personale/appuntamenti",
  },
  {
    id: "staff-appuntamenti",
    path: "/gestione/accedi",
    description: "Back office: the day's bookings of the office",
    setup: asTaxOffice("/gestione/appuntamenti"),
    sameDocumentAs: "it:/gestione/appuntamenti",
  },
  {
    id: "staff-appuntamenti-errore",
    path: "/gestione/accedi",
    description: "Back office: the day's bookings with an impossible date (400)",
    setup: asTaxOffice("/gestione/appuntamenti?giorno=32/13/2026"),
    status: 400,
    sameDocumentAs: "it:/gestione/appuntamenti",
  },
  {
    id: "staff-calendario",
    path: "/gestione/accedi",
    description: "Back office: opening hours and closures of the office",
    setup: asTaxOffice("/gestione/appuntamenti/calendario"),
    sameDocumentAs: "it:/gestione/appuntamenti/calendario",
  },
  {
    id: "staff-calendario-errore",
    path: "/gestione/accedi",
    description: "Back office: a new opening period sent empty (errors)",
    setup: asTaxOffice("/gestione/appuntamenti/calendario", async (page) => {
      await page.getByLabel("Durata di un appuntamento, in minuti").fill("");
      await page.getByRole("button", { name: "Aggiungi l'orario" }).click();
      await page.getByRole("alert").waitFor({ state: "visible" });
    }),
    sameDocumentAs: "it:/gestione/appuntamenti/calendario",
  },
];
