import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { SPEECH_STUB } from "../tests/setup/speech-stub";
import { asCitizenOn } from "./sessions";

/**
 * Plain language and listening (issue 7 §2 and §6, docs/plain-language.md): a service page with its
 * «In parole semplici» box and the Ascolta controls while reading, the same page in English, a glossary
 * term opened (laptop and 320 px, with and without JavaScript), and the tax position with a term opened.
 * Nothing here writes to the database.
 */
const SERVICE = "/servizi/tari-pagamento";
const CALC = "/calcolo-imu";
const POSITION = "/area-personale/tributi";

/** Starts reading aloud (the controls change to Pausa / Interrompi and the status line speaks). */
async function startListening(page: Page) {
  // Headless Chromium has no voices and would end the reading at once: a stand-in keeps it going.
  await page.addInitScript({ content: SPEECH_STUB });
  await page.reload();
  await hydrated(page);
  await page.getByRole("button", { name: "Ascolta il testo di questa pagina" }).click();
  await page.getByRole("button", { name: "Interrompi" }).waitFor({ state: "visible", timeout: 5000 });
}

/** Opens the first glossary term of the page (a native popover: works without JavaScript too). */
async function openTerm(page: Page) {
  const term = page.locator(".stp-term-button:visible").first();
  await term.click();
  await page.locator(".stp-term-note:popover-open").waitFor({ state: "visible", timeout: 5000 });
}

export const plainStates: PageState[] = [
  {
    id: "parole-semplici-ascolta",
    path: SERVICE,
    description: "Service page with the «In parole semplici» box, reading aloud (Pausa and Interrompi shown)",
    setup: startListening,
  },
  { id: "parole-semplici-servizio-en", path: `${SERVICE}?lang=en`, lang: "en", description: "Service page in English with its «In plain words» box", sameDocumentAs: `en:${SERVICE}` },
  { id: "parole-semplici-glossario", path: CALC, description: "IMU calculator with a glossary term opened (cadastral income)", setup: openTerm, sameDocumentAs: `it:${CALC}` },
  {
    id: "parole-semplici-glossario-320",
    path: CALC,
    viewport: { width: 320, height: 640 },
    description: "IMU calculator at 320 px with a glossary term opened",
    setup: openTerm,
    sameDocumentAs: `it:${CALC}`,
  },
  {
    id: "parole-semplici-glossario-senza-js",
    path: CALC,
    javaScriptEnabled: false,
    description: "IMU calculator without JavaScript, a glossary term opened (native popover)",
    setup: openTerm,
    sameDocumentAs: `it:${CALC}`,
  },
  {
    id: "parole-semplici-posizione-glossario",
    path: "/accedi",
    description: "Tax position with its plain box and the term «codice tributo» opened",
    setup: async (page) => {
      await asCitizenOn(page, "Anna Bianchi", POSITION);
      await openTerm(page);
    },
    sameDocumentAs: `it:${POSITION}`,
  },
];
