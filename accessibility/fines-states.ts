import type { Page } from "playwright-core";
import { DEMO_FINES } from "../db/seed/fines-demo";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asCitizenOn } from "./sessions";

/**
 * Traffic fines (issue 5 §7): the public lookup empty and with the generic error, Anna's parking fine
 * in the 30% band (also at 320 px and in English), the public simulated checkout and the fine paid
 * (Mario's speeding fine, so Anna's stays open for the other states), and the personal area's list.
 */
const LOOKUP = "/multe";
const proof = (f: { report: string; plate: string }) => `verbale=${encodeURIComponent(f.report)}&targa=${f.plate}`;
const ANNA = `${LOOKUP}?${proof(DEMO_FINES.annaOpen)}`;
const MARIO = `${LOOKUP}?${proof(DEMO_FINES.marioOpen)}`;

async function toCheckout(page: Page) {
  await page.goto(MARIO);
  await hydrated(page);
  await Promise.all([page.waitForURL("**/multe/pagamento-simulato/**"), page.getByTestId("fine-pay").click()]);
  await hydrated(page);
}

export const finesStates: PageState[] = [
  { id: "multe-ricerca", path: LOOKUP, description: "Fines: the public lookup by report number and plate (empty)" },
  {
    id: "multe-ricerca-errore",
    path: `${LOOKUP}?${proof({ report: DEMO_FINES.annaOpen.report, plate: "FG482KM" })}`,
    description: "Fines: a wrong report/plate pair, one generic error with the values kept (404, without JavaScript)",
    javaScriptEnabled: false,
    status: 404,
  },
  { id: "multe-trovata", path: ANNA, description: "Fines: Anna's parking fine in the 30% band, the bands table and the actions" },
  { id: "multe-trovata-mobile", path: ANNA, description: "Fines: the fine found at 320 px (the bands table scrolls in its region)", viewport: { width: 320, height: 640 }, sameDocumentAs: `it:${ANNA}` },
  { id: "multe-trovata-en", path: `${ANNA}&lang=en`, lang: "en", description: "Fines: the fine found, in English", sameDocumentAs: `en:${ANNA}` },
  { id: "multe-pagamento-simulato", path: LOOKUP, description: "Fines: the public simulated pagoPA checkout (labelled as a simulation)", setup: toCheckout, sameDocumentAs: `it:${LOOKUP}/pagamento-simulato/:avviso` },
  {
    id: "multe-pagata",
    path: LOOKUP,
    description: "Fines: the fine after the simulated payment (paid, the result announced)",
    setup: async (page) => {
      await toCheckout(page);
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "pagato"), page.getByRole("button", { name: "Simula il pagamento" }).click()]);
      await hydrated(page);
    },
    sameDocumentAs: `it:${MARIO}`,
  },
  { id: "multe-area-personale", path: "/accedi", description: "Fines: the citizen's own fines in the personal area", setup: (page) => asCitizenOn(page, "Anna Bianchi", "/area-personale/multe"), sameDocumentAs: "it:/area-personale/multe" },
];
