import type { PageState } from "./pages";
import { asStaff } from "./sessions";

/**
 * The plan's dashboards (issue 6 §5): the whole plan (also at 320 px and in English), a line, an
 * action with objectives and one without (the empty state), an objective (also in English); in the
 * back office the plan and an objective with an update awaiting approval (recorded by the plan
 * office's states, which run before these), and in English.
 */
const PUBLIC = "/amministrazione/piano-integrato/cruscotto";
const OFFICE = "/gestione/piano/cruscotto";
const OBJECTIVE = `${PUBLIC}/obiettivi/OB-01`;
const OFFICE_OBJECTIVE = `${OFFICE}/obiettivi/OB-01`;
const MOBILE = { width: 320, height: 640 } as const;

export const dashboardStates: PageState[] = [
  { id: "piano-cruscotto", path: PUBLIC, description: "Plan dashboard: outcomes per year, objectives by status, milestones and the late ones, each chart with its data table" },
  { id: "piano-cruscotto-mobile", path: PUBLIC, description: "Plan dashboard at 320 px (labels above the bars, tables scroll in their own region)", viewport: MOBILE, sameDocumentAs: `it:${PUBLIC}` },
  { id: "piano-cruscotto-en", path: `${PUBLIC}?lang=en`, lang: "en", description: "Plan dashboard in English", sameDocumentAs: `en:${PUBLIC}` },
  { id: "piano-cruscotto-linea", path: `${PUBLIC}/linee/L3`, description: "A strategic line's dashboard with the links to its actions" },
  { id: "piano-cruscotto-azione", path: `${PUBLIC}/azioni/L1.A1`, description: "An action's dashboard" },
  { id: "piano-cruscotto-azione-vuota", path: `${PUBLIC}/azioni/L1.A2`, description: "An action without objectives: the empty dashboard" },
  { id: "piano-cruscotto-obiettivo", path: OBJECTIVE, description: "An objective's dashboard" },
  { id: "piano-cruscotto-obiettivo-en", path: `${OBJECTIVE}?lang=en`, lang: "en", description: "An objective's dashboard in English", sameDocumentAs: `en:${OBJECTIVE}` },
  { id: "piano-gestione-cruscotto", path: "/gestione/accedi", description: "Back office plan dashboard, with the updates awaiting approval", setup: asStaff("piano", OFFICE), sameDocumentAs: `it:${OFFICE}` },
  { id: "piano-gestione-cruscotto-obiettivo", path: "/gestione/accedi", description: "Back office dashboard of an objective", setup: asStaff("dirigente", OFFICE_OBJECTIVE), sameDocumentAs: `it:${OFFICE_OBJECTIVE}` },
  { id: "piano-gestione-cruscotto-en", path: "/gestione/accedi", lang: "en", description: "Back office plan dashboard in English", setup: asStaff("piano", `${OFFICE}?lang=en`), sameDocumentAs: `en:${OFFICE}` },
];
