import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asCitizenOn } from "./sessions";

/**
 * The tax pages (issue 5): the citizen's position with paid, late and open years (Anna Bianchi's demo
 * rolls), the same at 320 px and in English, and the empty position of a citizen with no rolls.
 */
const POSITION = "/area-personale/tributi";

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
];
