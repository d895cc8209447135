import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";

/**
 * Login, test IdP, personal area, delegations and the session warning: each logged-in state logs in
 * for real through the bundled test IdP (the run's server is in demo mode) in its own browser context.
 */


async function openSpid(page: Page) {
  await hydrated(page);
  await page.getByRole("button", { name: /Entra con SPID|Log in with SPID/ }).click();
  await page.locator("#spid-idps").waitFor({ state: "visible" });
}

async function toTestIdp(page: Page) {
  await page.goto("/accedi");
  await openSpid(page);
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await hydrated(page);
}

/** Logs in as a test citizen, ending on the personal area (or on `then`). */
function loginAs(citizen: string, then?: string, extra?: (page: Page) => Promise<void>) {
  return async (page: Page) => {
    await toTestIdp(page);
    await page.locator("label", { hasText: citizen }).click();
    await Promise.all([page.waitForURL("**/area-personale"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
    if (then) await page.goto(then);
    await hydrated(page);
    if (extra) await extra(page);
  };
}

function idpAnswers(outcome: string) {
  return async (page: Page) => {
    await toTestIdp(page);
    await page.locator("label", { hasText: outcome }).click();
    await Promise.all([page.waitForURL("**/spid/acs"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
  };
}

const fmt = (d: Date) => `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;

async function grant(page: Page, code: string) {
  await page.getByLabel("Codice fiscale della persona delegata").fill(code);
  await page.getByLabel("Valida dal").fill(fmt(new Date()));
  await page.getByLabel("Valida fino al").fill(fmt(new Date(Date.now() + 30 * 86_400_000)));
  await page.getByRole("button", { name: "Dai la delega" }).click();
  await page.waitForLoadState("load");
  await hydrated(page);
}

/** The timeout warning: the server is asked how long is left (answered "90 s") once the page's timer fires. */
async function sessionWarning(page: Page) {
  await page.route("**/sessione", (route) => route.fulfill({ json: { secondsLeft: 90, warnBeforeSeconds: 120 } }));
  await page.clock.install();
  await page.goto("/area-personale");
  await hydrated(page);
  // The warning's code loads after the page: its timer must be running before the clock jumps.
  await page.locator("[data-testid=session-end][data-ready]").waitFor({ state: "attached" });
  await page.clock.fastForward("29:00");
  await page.getByRole("alertdialog").waitFor({ state: "visible" });
}

/** Without JavaScript the IdP list is open and the SAML answer waits on a page with a button. */
async function answerWithoutJavaScript(page: Page) {
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await page.locator("label", { hasText: "Mario Rossi" }).click();
  await Promise.all([page.waitForURL("**/test-idp/risposta"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
}

export const identityStates: PageState[] = [
  { id: "accedi", path: "/accedi", description: "Login page: SPID and CIE buttons (list closed)" },
  { id: "accedi-spid-aperto", path: "/accedi", description: "Login page with the SPID IdP list open", setup: openSpid, sameDocumentAs: "it:/accedi" },
  { id: "accedi-mobile", path: "/accedi", description: "Login page at 320 px", viewport: { width: 320, height: 640 }, setup: openSpid, sameDocumentAs: "it:/accedi" },
  { id: "accedi-en", path: "/accedi?lang=en", lang: "en", description: "Login page in English" },
  { id: "accedi-senza-js", path: "/accedi", description: "Login page without JavaScript (IdP list shown open)", javaScriptEnabled: false, sameDocumentAs: "it:/accedi" },
  {
    id: "risposta-senza-js",
    path: "/accedi",
    description: "The test IdP's answer page without JavaScript (HTTP-POST binding, button to continue)",
    javaScriptEnabled: false,
    setup: answerWithoutJavaScript,
    sameDocumentAs: "it:/test-idp/risposta",
  },
  { id: "accedi-uscito", path: "/accedi?esito=uscito", description: "Login page after logging out (notice)", sameDocumentAs: "it:/accedi" },
  { id: "test-idp", path: "/accedi", description: "Test IdP: choose citizen, level, outcome", setup: toTestIdp, sameDocumentAs: "it:/test-idp/accedi" },
  { id: "test-idp-scaduta", path: "/test-idp/accedi?richiesta=inesistente", description: "Test IdP: unknown request", status: 404, sameDocumentAs: "it:/test-idp/accedi" },
  { id: "accesso-negato-nr22", path: "/accedi", description: "Login failed: consent denied at the IdP (403)", setup: idpAnswers("Errore nr22"), status: 403, sameDocumentAs: "it:/spid/acs" },
  { id: "area-personale", path: "/accedi", description: "Personal area of a citizen over 80", setup: loginAs("Anna Bianchi"), sameDocumentAs: "it:/area-personale" },
  { id: "area-personale-mobile", path: "/accedi", description: "Personal area at 320 px", viewport: { width: 320, height: 640 }, setup: loginAs("Anna Bianchi"), sameDocumentAs: "it:/area-personale" },
  { id: "area-personale-in-arrivo", path: "/accedi", description: "A part of the personal area still to come", setup: loginAs("Mario Rossi", "/area-personale/domande"), sameDocumentAs: "it:/area-personale/domande" },
  { id: "deleghe-vuote", path: "/accedi", description: "Delegations: none given or received", setup: loginAs("Luca Ferrari", "/area-personale/deleghe"), sameDocumentAs: "it:/area-personale/deleghe" },
  {
    id: "deleghe-errore",
    path: "/accedi",
    description: "Delegations: the form with an invalid codice fiscale (400, error summary)",
    setup: loginAs("Francesca Esposito", "/area-personale/deleghe", (page) => grant(page, "SPSFNC78S70F839X")),
    status: 400,
    sameDocumentAs: "it:/area-personale/deleghe",
  },
  {
    id: "deleghe-piene",
    path: "/accedi",
    description: "Delegations: one given",
    setup: loginAs("Giovanni Brambilla", "/area-personale/deleghe", (page) => grant(page, "RSSMRA85T10H501O")),
    sameDocumentAs: "it:/area-personale/deleghe",
  },
  { id: "sessione-in-scadenza", path: "/accedi", description: "Session timeout warning dialog open", setup: loginAs("Mario Rossi", undefined, sessionWarning), sameDocumentAs: "it:/area-personale" },
];
