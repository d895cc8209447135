import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asStaff, asStaffOn } from "./sessions";

/**
 * The plan's back office (issue 6 §3): the list of objectives and updates awaiting approval (also at
 * 320 px), an indicator with no history, an indicator with a submitted update as the approver sees it
 * (history and decision form), the record form with errors (400, without JavaScript), an objective's
 * status page and its form with errors.
 */
const HOME = "/gestione/piano";
const EMPTY = `${HOME}/indicatori/OB-03.I1`;
const WITH_HISTORY = `${HOME}/indicatori/OB-01.I3`;
const OBJECTIVE = `${HOME}/obiettivi/OB-02`;
const MOBILE = { width: 320, height: 640 } as const;
const OWNERS = `${HOME}/obiettivi/OB-04/responsabili`;
const REPORTS = `${HOME}/relazione`;
const PUBLIC_REPORTS = "/amministrazione/piano-integrato/relazione";

export const planOfficeStates: PageState[] = [
  { id: "piano-gestione", path: "/gestione/accedi", description: "Plan back office: objectives, latest approved values, updates awaiting approval", setup: asStaff("dirigente", HOME), sameDocumentAs: `it:${HOME}` },
  { id: "piano-gestione-mobile", path: "/gestione/accedi", description: "Plan back office at 320 px", viewport: MOBILE, setup: asStaff("piano", HOME), sameDocumentAs: `it:${HOME}` },
  { id: "piano-indicatore-vuoto", path: "/gestione/accedi", description: "An indicator with no update yet: targets, empty history, the record form", setup: asStaff("piano", EMPTY), sameDocumentAs: `it:${EMPTY}` },
  {
    id: "piano-indicatore-storico",
    path: "/gestione/accedi",
    description: "An indicator with a submitted update, as the approver sees it: history and decision form",
    setup: async (page) => {
      await asStaffOn(page, "piano", WITH_HISTORY);
      await page.getByLabel(/Valore misurato/).fill("1");
      await page.getByLabel("Data della misurazione").fill("01/10/2026");
      await page.getByLabel("Collegamento alla documentazione").fill("https://www.comune.seregno.mb.it/verbale-collaudo.pdf");
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "registrato"), page.getByRole("button", { name: "Invia per l'approvazione" }).click()]);
      await asStaffOn(page, "dirigente", WITH_HISTORY);
    },
    sameDocumentAs: `it:${WITH_HISTORY}`,
  },
  {
    id: "piano-indicatore-errori",
    path: "/gestione/accedi",
    description: "The record form with errors (400, without JavaScript): summary, messages by the fields, values kept",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "piano",
      EMPTY,
      async (page) => {
        await page.getByLabel(/Valore misurato/).fill("dieci");
        await page.getByLabel("Collegamento alla documentazione").fill("http://esempio");
        await page.getByRole("button", { name: "Invia per l'approvazione" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${EMPTY}`,
  },
  { id: "piano-obiettivo-stato", path: "/gestione/accedi", description: "An objective's status form, status history and milestones", setup: asStaff("piano", OBJECTIVE), sameDocumentAs: `it:${OBJECTIVE}` },
  {
    id: "piano-obiettivo-stato-storico",
    path: "/gestione/accedi",
    description: "An objective's status changed: the history lists who, when and why",
    setup: asStaff("piano", OBJECTIVE, async (page) => {
      await page.locator(`label[for="status-at_risk"]`).click();
      await page.getByLabel("Motivo").fill("Il fornitore ha chiesto una proroga della consegna.");
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "stato"), page.getByRole("button", { name: "Registra lo stato" }).click()]);
      await hydrated(page);
    }),
    sameDocumentAs: `it:${OBJECTIVE}`,
  },
  {
    id: "piano-obiettivo-stato-errori",
    path: "/gestione/accedi",
    description: "The status form without a reason (400, without JavaScript)",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "piano",
      OBJECTIVE,
      async (page) => {
        await page.getByRole("button", { name: "Registra lo stato" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${OBJECTIVE}`,
  },
  // The owners' editor (issue 6 §2): filled (the demo owner), with errors (400, without JavaScript),
  // then empty once that owner is removed (OB-04: no other state records on it).
  { id: "piano-responsabili", path: "/gestione/accedi", description: "An objective's owners: the list with a remove button each, the add form", setup: asStaff("dirigente", OWNERS), sameDocumentAs: `it:${OWNERS}` },
  {
    id: "piano-responsabili-errori",
    path: "/gestione/accedi",
    description: "The add-owner form with errors (400, without JavaScript): summary, messages by the fields",
    javaScriptEnabled: false,
    status: 400,
    setup: asStaff(
      "dirigente",
      OWNERS,
      async (page) => {
        await page.getByRole("button", { name: "Aggiungi il responsabile" }).click();
        await page.waitForLoadState("load");
      },
      false,
    ),
    sameDocumentAs: `it:${OWNERS}`,
  },
  {
    id: "piano-responsabili-vuoto",
    path: "/gestione/accedi",
    description: "An objective without owners, after the last one was removed: the confirmation and the add form",
    setup: asStaff("dirigente", OWNERS, async (page) => {
      await Promise.all([page.waitForURL((u) => u.searchParams.get("esito") === "tolto"), page.getByRole("button", { name: /^Togli / }).click()]);
      await page.getByTestId("plan-owners-empty").waitFor();
      await hydrated(page);
    }),
    sameDocumentAs: `it:${OWNERS}`,
  },
  // The yearly report (issue 6 §8): the chooser and the HTML version, in the back office and public.
  { id: "piano-relazione-gestione", path: "/gestione/accedi", description: "The yearly report's chooser in the back office", setup: asStaff("piano", REPORTS), sameDocumentAs: `it:${REPORTS}` },
  { id: "piano-relazione-gestione-anno", path: "/gestione/accedi", description: "The 2024 report as a web page, generated by a staff member", setup: asStaff("piano", `${REPORTS}/2024`), sameDocumentAs: `it:${REPORTS}/2024` },
  { id: "piano-relazione", path: PUBLIC_REPORTS, description: "The public list of yearly reports (PDF and web page, Italian and English)" },
  { id: "piano-relazione-anno", path: `${PUBLIC_REPORTS}/2024`, description: "The public 2024 report as a web page: lines, actions, objectives, indicator and milestone tables, summary" },
  { id: "piano-relazione-anno-mobile", path: `${PUBLIC_REPORTS}/2024`, description: "The public 2024 report at 320 px", viewport: MOBILE, sameDocumentAs: `it:${PUBLIC_REPORTS}/2024` },
  { id: "piano-relazione-anno-en", path: `${PUBLIC_REPORTS}/2024?lang=en`, lang: "en", description: "The public 2024 report in English", sameDocumentAs: `en:${PUBLIC_REPORTS}/2024` },
];
