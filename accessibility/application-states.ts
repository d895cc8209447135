import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asCitizenOn, asStaff, asStaffOn } from "./sessions";

/**
 * Online applications (issue 4): every page of the citizen's flow for the TARI new account — the
 * start page, the privacy notice, each step of the form empty and with its errors, the attachments
 * (with a refused file), the summary (complete and incomplete), the confirmation —, the personal
 * area's list (empty and filled) and one application's page (while the office waits for an
 * integration, and with an error), and the back office's inbox (filled, filtered to nothing, with a
 * wrong date), one case (with an error) and the outbox. Each state walks the flow for real through
 * the run's server (demo mode); the URLs carry the application's id, so the states share stable
 * `sameDocumentAs` keys.
 */

const CITIZEN = "Luca Ferrari";
/** A citizen of the test IdP who never applies in this run: the empty list. */
const CITIZEN_WITHOUT_APPLICATIONS = "Francesca Esposito";
const SLUG = "tari-iscrizione";
const START = `/area-personale/domande/nuova/${SLUG}`;
const LIST = "/area-personale/domande";
const STEPS = ["chi-paga", "locali", "uso", "occupanti", "titolo", "subentro", "contatti"] as const;
type Step = (typeof STEPS)[number];

/** The answers, by input name, as a citizen types them (radios by value, the rest by text). */
const ANSWERS: Record<string, string> = {
  payer: "self",
  "address.street": "Via Umberto I",
  "address.number": "12",
  "cadastral.foglio": "21",
  "cadastral.particella": "345",
  "cadastral.subalterno": "7",
  "cadastral.category": "A/2",
  surface: "84,50",
  hasAppurtenances: "no",
  use: "domestic_resident",
  hasNonResidentOccupants: "no",
  occupationTitle: "ownership",
  startDate: "01/06/2025",
  takesOver: "no",
  email: "luca.ferrari@example.it",
};

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

async function fillStep(page: Page) {
  for (const [name, value] of Object.entries(ANSWERS)) {
    const inputs = page.locator(`[name="${name}"]:visible`);
    if (!(await inputs.count())) continue;
    const type = await inputs.first().getAttribute("type");
    if (type === "radio" || type === "checkbox") {
      const id = await page.locator(`[name="${name}"][value="${value}"]`).getAttribute("id");
      await page.locator(`label[for="${id}"]`).click();
    } else await inputs.first().fill(value);
  }
}

async function press(page: Page, button: string, next: (u: URL) => boolean) {
  await Promise.all([page.waitForURL(next), page.getByRole("button", { name: button, exact: true }).click()]);
  await hydrated(page);
}

/** A fresh draft (an older one is started again from scratch), ending on the privacy notice. */
async function freshDraft(page: Page) {
  await asCitizenOn(page, CITIZEN, START);
  const restart = page.getByRole("button", { name: "Ricomincia da capo" });
  const button = (await restart.count()) ? restart : page.getByRole("button", { name: "Inizia la domanda" });
  await Promise.all([page.waitForURL("**/privacy"), button.click()]);
  await hydrated(page);
}

/** From the privacy notice to the page of `target`, answering every step on the way. */
async function walkTo(page: Page, target: Step | "allegati" | "riepilogo") {
  await freshDraft(page);
  await page.locator("label[for=accept]").click();
  await press(page, "Continua", (u) => u.pathname.includes("/passo/"));
  for (const step of STEPS) {
    if (step === target) return;
    await fillStep(page);
    await press(page, "Continua", (u) => !u.pathname.endsWith(`/passo/${step}`));
  }
  if (target === "allegati") return;
  await press(page, "Continua", (u) => u.pathname.endsWith("/riepilogo"));
}

const at = (target: Step | "allegati" | "riepilogo", extra?: (page: Page) => Promise<void>) => async (page: Page) => {
  await walkTo(page, target);
  if (extra) await extra(page);
};

/** Sends the page's form as it is and waits for the error summary. */
async function continueEmpty(page: Page) {
  await page.getByRole("button", { name: "Continua", exact: true }).click();
  await page.getByRole("alert").waitFor({ state: "visible" });
  await hydrated(page);
}

async function wrongEmail(page: Page) {
  await page.locator('[name="email"]').fill("luca.ferrari-at-example.it");
  await continueEmpty(page);
}

async function uploadProgram(page: Page) {
  await page.setInputFiles("#doc-titleDocument", { name: "contratto.pdf", mimeType: "application/pdf", buffer: EXE });
  await page.getByRole("button", { name: "Carica i file scelti" }).click();
  await page.getByRole("alert").waitFor({ state: "visible" });
  await hydrated(page);
}

let submitted: { path: string; protocol: string } | null = null;

/** One application sent (once per run): the later states read it as the citizen and as the office. */
async function submittedApplication(page: Page) {
  if (submitted) return submitted;
  submitted = await sendApplication(page);
  return submitted;
}

/** A new application sent by the citizen of these states; its path and protocol (other areas' states use it too). */
export async function sendApplication(page: Page): Promise<{ path: string; protocol: string }> {
  await walkTo(page, "allegati");
  await page.setInputFiles("#doc-titleDocument", { name: "contratto.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Carica i file scelti" }).click();
  await page.getByText("File caricato.").waitFor();
  await press(page, "Continua", (u) => u.pathname.endsWith("/riepilogo"));
  await press(page, "Invia la domanda", (u) => u.pathname.endsWith("/conferma"));
  return { path: new URL(page.url()).pathname.replace(/\/conferma$/, ""), protocol: (await page.getByTestId("protocol").innerText()).trim() };
}

export const APPLICATIONS_CITIZEN = CITIZEN;

let integrationAsked = false;

/** The tax office takes the application in charge and asks for a document (once per run). */
async function officeAsksIntegration(page: Page) {
  const { protocol } = await submittedApplication(page);
  if (integrationAsked) return;
  await page.context().clearCookies();
  await asStaffOn(page, "tributi", `/gestione/domande?cerca=${encodeURIComponent(protocol)}`);
  await Promise.all([page.waitForURL(/\/gestione\/domande\/\d+$/), page.getByRole("link", { name: protocol }).click()]);
  await hydrated(page);
  await press(page, "Prendi in carico", (u) => u.searchParams.get("esito") === "fatto");
  await page.getByLabel("Messaggio al cittadino").fill("Serve la planimetria dei locali.");
  await press(page, "Chiedi un'integrazione", (u) => u.searchParams.get("esito") === "fatto");
  await page.context().clearCookies();
  integrationAsked = true;
}

async function citizenCase(page: Page) {
  await officeAsksIntegration(page);
  await asCitizenOn(page, CITIZEN, submitted!.path);
}

async function officeCase(page: Page) {
  await officeAsksIntegration(page);
  await asStaffOn(page, "tributi", `/gestione/domande?cerca=${encodeURIComponent(submitted!.protocol)}`);
  await Promise.all([page.waitForURL(/\/gestione\/domande\/\d+$/), page.getByRole("link", { name: submitted!.protocol }).click()]);
  await hydrated(page);
}

const step = (id: Step) => `it:${LIST}/:id/passo/${id}`;
const PRIVACY = `it:${LIST}/:id/privacy`;
const DOCUMENTS = `it:${LIST}/:id/allegati`;
const SUMMARY = `it:${LIST}/:id/riepilogo`;
const CASE = `it:${LIST}/:id`;
const OFFICE_CASE = "it:/gestione/domande/:id";
const INBOX = "it:/gestione/domande";

export const applicationStates: PageState[] = [
  {
    id: "domande-vuoto",
    path: "/accedi",
    description: "Personal area: my applications, none yet (empty state)",
    setup: (page) => asCitizenOn(page, CITIZEN_WITHOUT_APPLICATIONS, LIST),
    sameDocumentAs: `it:${LIST}`,
  },
  { id: "domanda-inizio", path: "/accedi", description: "Before starting an online application (TARI new account)", setup: (page) => asCitizenOn(page, CITIZEN, START), sameDocumentAs: `it:${START}` },
  { id: "domanda-privacy", path: "/accedi", description: "Application, privacy notice", setup: freshDraft, sameDocumentAs: PRIVACY },
  {
    id: "domanda-privacy-errore",
    path: "/accedi",
    description: "Application, privacy notice not accepted (error summary, 400)",
    setup: async (page) => {
      await freshDraft(page);
      await continueEmpty(page);
    },
    status: 400,
    sameDocumentAs: PRIVACY,
  },
  ...STEPS.flatMap((id): PageState[] => [
    { id: `domanda-passo-${id}`, path: "/accedi", description: `Application, step "${id}" empty`, setup: at(id), sameDocumentAs: step(id) },
    {
      id: `domanda-passo-${id}-errore`,
      path: "/accedi",
      description: id === "contatti" ? "Application, contacts with a wrong e-mail (error summary, 400)" : `Application, step "${id}" continued empty (error summary, 400)`,
      // Every contact is optional: the error of that step is a wrong e-mail address.
      setup: at(id, id === "contatti" ? wrongEmail : continueEmpty),
      status: 400,
      sameDocumentAs: step(id),
    },
  ]),
  {
    id: "domanda-passo-mobile",
    path: "/accedi",
    description: "Application, the address and cadastral step at 320 px (reflow)",
    viewport: { width: 320, height: 640 },
    setup: at("locali"),
    sameDocumentAs: step("locali"),
  },
  { id: "domanda-allegati", path: "/accedi", description: "Application, attachments (none yet)", setup: at("allegati"), sameDocumentAs: DOCUMENTS },
  { id: "domanda-allegati-errore", path: "/accedi", description: "Application, attachments: a program renamed .pdf refused (400)", setup: at("allegati", uploadProgram), status: 400, sameDocumentAs: DOCUMENTS },
  { id: "domanda-riepilogo", path: "/accedi", description: "Application, summary with change links", setup: at("riepilogo"), sameDocumentAs: SUMMARY },
  {
    id: "domanda-riepilogo-incompleto",
    path: "/accedi",
    description: "Application, summary opened before the steps are answered (incomplete, send disabled)",
    setup: async (page) => {
      await freshDraft(page);
      await page.locator("label[for=accept]").click();
      await press(page, "Continua", (u) => u.pathname.includes("/passo/"));
      await page.goto(page.url().replace(/\/passo\/.*$/, "/riepilogo"));
      await hydrated(page);
    },
    sameDocumentAs: SUMMARY,
  },
  {
    id: "domanda-conferma",
    path: "/accedi",
    description: "Application sent: protocol number, deadline and receipt",
    setup: async (page) => {
      const { path } = await submittedApplication(page);
      await asCitizenOn(page, CITIZEN, `${path}/conferma`);
    },
    sameDocumentAs: `it:${LIST}/:id/conferma`,
  },
  {
    id: "domanda-pratica-inviata",
    path: "/accedi",
    description: "One application just sent: state, documents, write to the office, withdraw (before the office takes it in charge)",
    setup: async (page) => {
      const { path } = await submittedApplication(page);
      await asCitizenOn(page, CITIZEN, path);
    },
    sameDocumentAs: CASE,
  },
  {
    id: "domanda-ritiro-errore",
    path: "/accedi",
    description: "One application: withdraw pressed without ticking the confirmation (error summary, 400)",
    setup: async (page) => {
      const { path } = await submittedApplication(page);
      await asCitizenOn(page, CITIZEN, path);
      await page.getByRole("button", { name: "Ritira la domanda" }).click();
      await page.getByRole("alert").waitFor({ state: "visible" });
      await hydrated(page);
    },
    status: 400,
    sameDocumentAs: CASE,
  },
  { id: "domande-elenco", path: "/accedi", description: "Personal area: my applications, with one waiting for the citizen", setup: async (page) => { await citizenCase(page); await page.goto(LIST); await hydrated(page); }, sameDocumentAs: `it:${LIST}` },
  { id: "domanda-pratica", path: "/accedi", description: "One application: state, the office's request, history, documents, answer form", setup: citizenCase, sameDocumentAs: CASE },
  {
    id: "domanda-pratica-errore",
    path: "/accedi",
    description: "One application: the answer to the office sent empty (error summary)",
    setup: async (page) => {
      await citizenCase(page);
      await page.getByRole("button", { name: "Invia la risposta" }).click();
      await page.getByRole("alert").waitFor({ state: "visible" });
      await hydrated(page);
    },
    status: 400,
    sameDocumentAs: CASE,
  },
  {
    id: "domanda-pratica-en",
    path: "/accedi",
    lang: "en",
    description: "One application, in English (the answers frozen in both languages)",
    setup: async (page) => {
      await citizenCase(page);
      await page.goto(`${submitted!.path}?lang=en`);
      await hydrated(page);
    },
    sameDocumentAs: `en:${LIST}/:id`,
  },
  {
    id: "gestione-domande",
    path: "/gestione/accedi",
    description: "Back office: the applications inbox with counts by service",
    setup: async (page) => {
      await officeAsksIntegration(page);
      await asStaffOn(page, "tributi", "/gestione/domande");
    },
    sameDocumentAs: INBOX,
  },
  { id: "gestione-domande-vuoto", path: "/gestione/accedi", description: "Back office: the inbox searched for nothing (empty state)", setup: asStaff("tributi", "/gestione/domande?cerca=nessuna-domanda-cosi"), sameDocumentAs: INBOX },
  { id: "gestione-domande-errore", path: "/gestione/accedi", description: "Back office: the inbox with an impossible date (400)", setup: asStaff("tributi", "/gestione/domande?dal=32/13/2026"), status: 400, sameDocumentAs: INBOX },
  { id: "gestione-domande-mobile", path: "/gestione/accedi", description: "Back office: the inbox at 320 px (reflow)", viewport: { width: 320, height: 640 }, setup: asStaff("tributi", "/gestione/domande"), sameDocumentAs: INBOX },
  { id: "gestione-pratica", path: "/gestione/accedi", description: "Back office: one application with answers, documents, messages, history and actions", setup: officeCase, sameDocumentAs: OFFICE_CASE },
  {
    id: "gestione-pratica-errore",
    path: "/gestione/accedi",
    description: "Back office: an internal note sent empty (error summary)",
    setup: async (page) => {
      await officeCase(page);
      await page.getByRole("button", { name: "Aggiungi la nota" }).click();
      await page.getByRole("alert").waitFor({ state: "visible" });
      await hydrated(page);
    },
    status: 400,
    sameDocumentAs: OFFICE_CASE,
  },
  { id: "gestione-posta", path: "/gestione/accedi", description: "Back office: the e-mails queued in the outbox (SMTP not configured)", setup: asStaff("admin", "/gestione/posta"), sameDocumentAs: "it:/gestione/posta" },
];
