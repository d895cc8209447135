import type { Page } from "playwright-core";
import { applicationStates } from "./application-states";
import { appointmentStates } from "./appointment-states";
import { calcStates } from "./calc-states";
import { catalogueStates } from "./catalogue-states";
import { identityStates } from "./identity-states";
import { staffStates } from "./staff-states";
import { taxStates } from "./tax-states";
import { finesStates } from "./fines-states";
import { taxofficeStates } from "./taxoffice-states";
import { planStates } from "./plan-states";
import { planOfficeStates } from "./planoffice-states";
import { dashboardStates } from "./dashboard-states";
import { metricsStates } from "./metrics-states";
import { plainStates } from "./plain-states";
import { assistedStates } from "./assisted-states";
import { preferencesStates } from "./preferences-states";
import { statementStates } from "./statement-states";

/**
 * Every page and every state the accessibility run checks (../shared/design/accessibility.md, B5:
 * "run on every route and every state"). Plain data: the runner (run.ts) opens each state in a fresh
 * browser context, applies `setup`, then runs axe-core and the checks of axe-runner.ts.
 */
export interface PageState {
  /** Unique, stable id: it names the state in the output and in the JSON report. */
  id: string;
  /**
   * Path to open (with its query string). When `discover` is set, the `{slug}` placeholder is
   * replaced by the slug of a link found on a list page, so demo content can change freely.
   */
  path: string;
  description: string;
  /** Expected `html[lang]` and skip-link language; Italian unless said otherwise. */
  lang?: "it" | "en";
  /** Defaults to 1280×900 (a laptop); 320 wide states also check reflow (WCAG 1.4.10). */
  viewport?: { width: number; height: number };
  /** Runs after the page has loaded and before the checks: opens, fills or submits what the state needs. */
  setup?: (page: Page) => Promise<void>;
  /** HTTP status of the last document loaded (after `setup`); 200 unless said otherwise. */
  status?: number;
  /** The state needs a browser without JavaScript (the no-JS path of a form). */
  javaScriptEnabled?: boolean;
  /** Where the `{slug}` of `path` comes from: the first (or `pick`) matching link of another page. */
  discover?: Discover;
  /**
   * States that show the same document (the same page in another viewport or with a control
   * opened) share this key; page titles must be unique between different keys (WCAG 2.4.2).
   * Defaults to `${lang}:${path}`.
   */
  sameDocumentAs?: string;
}

export interface Discover {
  /** The list page whose links are read. */
  from: string;
  /** Which hrefs count; the first capture group is the slug. */
  pattern: RegExp;
  /** Which matching link to take (default "first"). */
  pick?: "first" | "last";
  /** Slugs to skip (e.g. a service already covered by another state). */
  exclude?: string[];
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 900 } as const;
const MOBILE = { width: 320, height: 640 } as const;

/** The service the brief names explicitly; two more are discovered from the catalogue below. */
const TARI = "tari-iscrizione";
const SERVICE_LINK = /^\/servizi\/(?!categoria\/)([^/?#]+)$/;

// --- setup helpers ---------------------------------------------------------------------------

/** Chooses a star of the rating component by clicking its label (the radio itself is visually hidden). */
function rate(stars: number, followUp: "positive" | "negative") {
  return async (page: Page) => {
    const input = stars === 1 ? "#rating" : `#rating-${stars}`;
    await page.locator(`label[for="${input.slice(1)}"]`).click();
    if (!(await page.locator(input).isChecked())) throw new Error(`star ${stars} did not get checked`);
    // The follow-up questions appear through CSS once a star is checked.
    await page.locator(`.stp-followup-${followUp}`).waitFor({ state: "visible", timeout: 5000 });
  };
}

/** Opens every <details> (the FAQ answers), so the hidden content is checked too. */
async function openAllDetails(page: Page) {
  const count = await page.locator("details").count();
  if (count === 0) throw new Error("no <details> on the page");
  await page.locator("details").evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/**
 * The rating form's error path without JavaScript: no star chosen, the browser's own `required`
 * check removed (an old browser or assistive technology may skip it), submitted as a plain POST.
 * The server answers on /valutazione with status 400 and the error summary.
 */
async function submitRatingWithoutStar(page: Page) {
  const form = page.locator("form[action='/valutazione']");
  await form.locator("input[name=rating]").first().waitFor({ state: "attached" });
  await form.evaluate((f) => f.querySelectorAll("[required]").forEach((el) => el.removeAttribute("required")));
  // The submit button is shown only once a star is checked (CSS): submit the form natively instead.
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/valutazione", { waitUntil: "load" }),
    form.evaluate((f) => (f as HTMLFormElement).requestSubmit()),
  ]);
  await page.locator("[role=alert]").waitFor({ state: "visible", timeout: 5000 });
}

/**
 * Switches the desk to English the way a reader does: the "English" button of the header, a plain
 * form post to /lingua that sets the language cookie and comes back to the same page.
 */
async function switchToEnglish(page: Page) {
  const before = new URL(page.url());
  await Promise.all([
    page.waitForURL((url) => url.pathname === before.pathname, { waitUntil: "load" }),
    page.locator("form[action='/lingua'] button[value=en]").click(),
  ]);
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== "en") throw new Error(`after the language switch html[lang] is ${JSON.stringify(lang)}`);
}

// --- the list --------------------------------------------------------------------------------

export const pages: PageState[] = [
  // Home and catalogue
  { id: "home", path: "/", description: "Home page" },
  { id: "servizi", path: "/servizi", description: "Catalogue of services" },
  {
    id: "categoria-tributi",
    path: "/servizi/categoria/tributi-finanze-e-contravvenzioni",
    description: "A category of services",
  },
  { id: "servizio-tari", path: `/servizi/${TARI}`, description: "Service page: TARI registration" },
  {
    id: "servizio-anagrafe",
    path: "/servizi/{slug}",
    description: "Service page: the first service of the 'Anagrafe e stato civile' category",
    discover: { from: "/servizi/categoria/anagrafe-e-stato-civile", pattern: SERVICE_LINK, exclude: [TARI] },
  },
  {
    id: "servizio-educazione",
    path: "/servizi/{slug}",
    description: "Service page: the first service of the 'Educazione e formazione' category",
    discover: { from: "/servizi/categoria/educazione-e-formazione", pattern: SERVICE_LINK, exclude: [TARI] },
  },
  {
    id: "servizio-ultimo",
    path: "/servizi/{slug}",
    description: "Service page: the last service of the whole catalogue",
    discover: { from: "/servizi", pattern: SERVICE_LINK, pick: "last", exclude: [TARI] },
  },
  {
    id: "servizio-tari-condizioni",
    path: `/servizi/${TARI}/condizioni`,
    description: "Conditions of service as an HTML document",
  },

  // Search: empty form, results, no results, error
  { id: "cerca", path: "/cerca", description: "Search page, no query" },
  { id: "cerca-risultati", path: "/cerca?q=tari", description: "Search with results" },
  { id: "cerca-vuota", path: "/cerca?q=zzzzzz", description: "Search with no results (empty state)" },
  { id: "cerca-errore", path: "/cerca?q=", description: "Search with an empty query (error state)", status: 400 },

  // Amministrazione
  { id: "amministrazione", path: "/amministrazione", description: "Amministrazione" },
  { id: "uffici", path: "/amministrazione/uffici", description: "List of offices" },
  { id: "ufficio-tributi", path: "/amministrazione/uffici/tributi", description: "An office: Tributi" },

  // Novità
  { id: "novita", path: "/novita", description: "Novità" },
  { id: "avvisi", path: "/novita/avvisi", description: "List of notices" },
  {
    id: "avviso",
    path: "/novita/avvisi/{slug}",
    description: "A notice (the first of the list)",
    discover: { from: "/novita/avvisi", pattern: /^\/novita\/avvisi\/([^/?#]+)$/ },
  },

  // Vivere il comune
  { id: "vivere", path: "/vivere", description: "Vivere il comune" },
  { id: "luoghi", path: "/vivere/luoghi", description: "List of places" },
  {
    id: "luogo",
    path: "/vivere/luoghi/{slug}",
    description: "A place (the first of the list)",
    discover: { from: "/vivere/luoghi", pattern: /^\/vivere\/luoghi\/([^/?#]+)$/ },
  },
  { id: "eventi", path: "/vivere/eventi", description: "List of events" },
  {
    id: "evento",
    path: "/vivere/eventi/{slug}",
    description: "An event (the first of the list)",
    discover: { from: "/vivere/eventi", pattern: /^\/vivere\/eventi\/([^/?#]+)$/ },
  },

  // Argomenti
  { id: "argomenti", path: "/argomenti", description: "List of topics" },
  { id: "argomento-imposte", path: "/argomenti/imposte", description: "A topic: Imposte" },

  // Help and fixed pages
  { id: "faq", path: "/faq", description: "FAQ, answers closed" },
  {
    id: "faq-aperte",
    path: "/faq",
    description: "FAQ with every <details> opened",
    setup: openAllDetails,
    sameDocumentAs: "it:/faq",
  },
  { id: "privacy", path: "/privacy", description: "Privacy policy" },
  { id: "note-legali", path: "/note-legali", description: "Legal notes" },
  { id: "accessibilita", path: "/accessibilita", description: "Accessibility statement (AGID model), generated from the checks" },
  { id: "prenota-appuntamento", path: "/prenota-appuntamento", description: "Book an appointment" },
  { id: "404", path: "/pagina-che-non-esiste", description: "Page not found", status: 404 },

  // Rating component ("Valuta questo servizio/sito") in its states
  {
    id: "valutazione-negativa",
    path: `/servizi/${TARI}`,
    description: "Rating: 2 stars checked, the negative follow-up shown",
    setup: rate(2, "negative"),
    sameDocumentAs: `it:/servizi/${TARI}`,
  },
  {
    id: "valutazione-positiva",
    path: "/",
    description: "Rating: 5 stars checked, the positive follow-up shown",
    setup: rate(5, "positive"),
    sameDocumentAs: "it:/",
  },
  {
    id: "valutazione-grazie",
    path: `/servizi/${TARI}?valutazione=grazie`,
    description: "Rating: thank-you state after sending",
    setup: async (page) => {
      await page.locator("#feedback [role=status]").waitFor({ state: "visible", timeout: 5000 });
    },
    sameDocumentAs: `it:/servizi/${TARI}`,
  },
  {
    id: "valutazione-errore",
    path: `/servizi/${TARI}`,
    description: "Rating: sent without JavaScript and without a star, error page on /valutazione",
    javaScriptEnabled: false,
    setup: submitRatingWithoutStar,
    status: 400,
    sameDocumentAs: "it:/valutazione",
  },

  // Mobile, 320 CSS px wide (= 1280 px at 400% zoom, WCAG 1.4.10)
  { id: "mobile-home", path: "/", viewport: MOBILE, description: "Home page at 320×640", sameDocumentAs: "it:/" },
  {
    id: "mobile-servizio-tari",
    path: `/servizi/${TARI}`,
    viewport: MOBILE,
    description: "Service page at 320×640",
    sameDocumentAs: `it:/servizi/${TARI}`,
  },
  {
    id: "mobile-cerca-risultati",
    path: "/cerca?q=tari",
    viewport: MOBILE,
    description: "Search results at 320×640",
    sameDocumentAs: "it:/cerca?q=tari",
  },

  // English: the ?lang=en links (docs/decisions/0002-language-detection.md) and the header's switch
  { id: "en-home", path: "/?lang=en", lang: "en", description: "Home page in English (?lang=en)", sameDocumentAs: "en:/" },
  {
    id: "en-servizio-tari",
    path: `/servizi/${TARI}?lang=en`,
    lang: "en",
    description: "Service page in English (?lang=en)",
    sameDocumentAs: `en:/servizi/${TARI}`,
  },
  {
    id: "en-cerca-risultati",
    path: "/cerca?q=tari&lang=en",
    lang: "en",
    description: "Search results in English (?lang=en)",
    sameDocumentAs: "en:/cerca?q=tari",
  },
  {
    id: "en-switch-home",
    path: "/",
    lang: "en",
    description: "Home page after choosing English in the header",
    setup: switchToEnglish,
    sameDocumentAs: "en:/",
  },
  {
    id: "en-switch-servizio-tari",
    path: `/servizi/${TARI}`,
    lang: "en",
    description: "Service page after choosing English in the header",
    setup: switchToEnglish,
    sameDocumentAs: `en:/servizi/${TARI}`,
  },
  {
    id: "en-switch-cerca-risultati",
    path: "/cerca?q=tari",
    lang: "en",
    description: "Search results after choosing English in the header",
    setup: switchToEnglish,
    sameDocumentAs: "en:/cerca?q=tari",
  },
];

pages.push(...identityStates, ...staffStates, ...applicationStates, ...appointmentStates, ...catalogueStates, ...taxStates, ...calcStates, ...finesStates, ...taxofficeStates, ...planStates, ...planOfficeStates, ...dashboardStates, ...metricsStates, ...plainStates, ...assistedStates, ...preferencesStates, ...statementStates);

/** The key under which a state's title must be unique (see `sameDocumentAs`). */
export function documentKey(state: PageState, resolvedPath: string): string {
  return state.sameDocumentAs ?? `${state.lang ?? "it"}:${resolvedPath}`;
}
