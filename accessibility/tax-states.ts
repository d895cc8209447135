import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { rollCsv } from "../tests/setup/rolls";
import { asCitizenOn, asStaff } from "./sessions";

/**
 * The tax pages (issue 5): the citizen's position with paid, late and open years (Anna Bianchi's demo
 * rolls), the same at 320 px and in English, and the empty position of a citizen with no rolls.
 */
const POSITION = "/area-personale/tributi";
const ROLLS = "/gestione/tributi/ruoli";

/** Anna's position, then "Paga con pagoPA" on the 2025 TARI: the simulated checkout. */
async function toCheckout(page: Page) {
  await asCitizenOn(page, "Anna Bianchi", POSITION);
  await Promise.all([page.waitForURL("**/pagamento-simulato/**"), page.getByTestId("pay-tari-2025").click()]);
  await hydrated(page);
}

export const taxStates: PageState[] = [
  { id: "tributi-posizione", path: "/accedi", description: "Tax position: years paid, late and open, computations line by line", setup: (page) => asCitizenOn(page, "Anna Bianchi", POSITION), sameDocumentAs: `it:${POSITION}` },
  {
    id: "tributi-posizione-mobile",
    path: "/accedi",
    description: "Tax position at 320 px (tables scroll in their own region)",
    viewport: { width: 320, height: 640 },
    setup: (page) => asCitizenOn(page, "Anna Bianchi", POSITION),
    sameDocumentAs: `it:${POSITION}`,
  },
  { id: "tributi-posizione-en", path: "/accedi", lang: "en", description: "Tax position in English", setup: (page) => asCitizenOn(page, "Anna Bianchi", `${POSITION}?lang=en`), sameDocumentAs: `en:${POSITION}` },
  { id: "tributi-pagamento-simulato", path: "/accedi", description: "The demo's simulated pagoPA checkout (labelled as a simulation)", setup: toCheckout, sameDocumentAs: `it:${POSITION}/pagamento-simulato/:avviso` },
  {
    id: "tributi-pagato",
    path: "/accedi",
    description: "Tax position after a payment (the result announced)",
    setup: async (page) => {
      await toCheckout(page);
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "pagato"), page.getByRole("button", { name: "Simula il pagamento" }).click()]);
      await hydrated(page);
    },
    sameDocumentAs: `it:${POSITION}`,
  },
  { id: "tributi-posizione-vuota", path: "/accedi", description: "Tax position of a citizen with no rolls (empty state)", setup: (page) => asCitizenOn(page, "Francesca Esposito", POSITION), sameDocumentAs: `it:${POSITION}` },
  { id: "ruoli-caricamento", path: "/gestione/accedi", description: "Back office: load the IMU rolls (empty form)", setup: asStaff("tributi", ROLLS), sameDocumentAs: `it:${ROLLS}` },
  {
    id: "ruoli-errori",
    path: "/gestione/accedi",
    description: "Back office: a roll file with bad lines refused, with the report (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "tributi",
      ROLLS,
      async (page) => {
        const lines = rollCsv(30).trim().split("\n");
        lines[5] = `0${lines[5]!.slice(1)}`;
        await page.setInputFiles("#file", { name: "ruoli.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
        await page.getByRole("button", { name: "Controlla e carica" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${ROLLS}`,
  },
  {
    id: "ruoli-caricati",
    path: "/gestione/accedi",
    description: "Back office: the rolls loaded (the result announced)",
    setup: asStaff("tributi", ROLLS, async (page) => {
      await page.setInputFiles("#file", { name: "ruoli.csv", mimeType: "text/csv", buffer: Buffer.from(rollCsv(200)) });
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "caricati"), page.getByRole("button", { name: "Controlla e carica" }).click()]);
      await hydrated(page);
    }),
    sameDocumentAs: `it:${ROLLS}`,
  },
];
