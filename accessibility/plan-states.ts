import type { PageState } from "./pages";

/**
 * The comune's plan (issue 6), public: the whole plan (summary, lines and objectives, the indicators
 * table, the crocevia matrix), one objective with its indicators, milestones and the empty
 * "published measurements" state, each at 320 px and in English.
 */
const PLAN = "/amministrazione/piano-integrato";
const OBJECTIVE = `${PLAN}/sito-e-sportello-telematico`;
const MOBILE = { width: 320, height: 640 } as const;

export const planStates: PageState[] = [
  { id: "piano-integrato", path: PLAN, description: "The plan: summary by status, lines, actions, objectives, indicators table, crocevia matrix, open data links" },
  { id: "piano-integrato-mobile", path: PLAN, description: "The plan at 320 px (tables scroll in their own region)", viewport: MOBILE, sameDocumentAs: `it:${PLAN}` },
  { id: "piano-integrato-en", path: `${PLAN}?lang=en`, lang: "en", description: "The plan in English", sameDocumentAs: `en:${PLAN}` },
  { id: "piano-obiettivo", path: OBJECTIVE, description: "One objective: text, sub-items, indicators with targets, milestones, no published measurement yet" },
  { id: "piano-obiettivo-mobile", path: OBJECTIVE, description: "One objective at 320 px", viewport: MOBILE, sameDocumentAs: `it:${OBJECTIVE}` },
  { id: "piano-obiettivo-en", path: `${OBJECTIVE}?lang=en`, lang: "en", description: "One objective in English", sameDocumentAs: `en:${OBJECTIVE}` },
  { id: "piano-obiettivo-inesistente", path: `${PLAN}/obiettivo-inesistente`, description: "An objective that does not exist (404)", status: 404, sameDocumentAs: "it:/pagina-che-non-esiste" },
];
