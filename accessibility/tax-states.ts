import type { PageState } from "./pages";
import { asCitizenOn } from "./sessions";

/**
 * The tax pages (issue 5): the citizen's position with paid, late and open years (Anna Bianchi's demo
 * rolls), the same at 320 px and in English, and the empty position of a citizen with no rolls.
 */
const POSITION = "/area-personale/tributi";

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
  { id: "tributi-posizione-vuota", path: "/accedi", description: "Tax position of a citizen with no rolls (empty state)", setup: (page) => asCitizenOn(page, "Francesca Esposito", POSITION), sameDocumentAs: `it:${POSITION}` },
];
