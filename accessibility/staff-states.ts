import type { Page } from "playwright-core";
import { hydrated } from "../tests/setup/browser";
import type { PageState } from "./pages";
import { asStaff, passwordStep } from "./sessions";

/**
 * The back-office: the staff login steps and the administrator's pages (sessions: ./sessions.ts).
 */
const submit = (name: string) => async (page: Page) => {
  await page.getByRole("button", { name }).click();
  await page.waitForLoadState("load");
  await hydrated(page);
};

export const staffStates: PageState[] = [
  { id: "staff-accedi", path: "/gestione/accedi", description: "Staff login: username and password" },
  {
    id: "staff-accedi-errore",
    path: "/gestione/accedi",
    description: "Staff login with a wrong password, without JavaScript (generic message, 400)",
    setup: (page) => passwordStep(page, "admin", "password-sbagliata", false),
    javaScriptEnabled: false,
    status: 400,
    sameDocumentAs: "it:/gestione/accedi",
  },
  { id: "staff-uscito", path: "/gestione/accedi?esito=uscito", description: "Staff login after logging out", sameDocumentAs: "it:/gestione/accedi" },
  {
    id: "staff-accedi-errore-js",
    path: "/gestione/accedi",
    description: "Staff login with a wrong password (the form answered through JavaScript)",
    setup: (page) => passwordStep(page, "anagrafe", "password-sbagliata"),
    sameDocumentAs: "it:/gestione/accedi",
  },
  {
    id: "staff-verifica",
    path: "/gestione/accedi",
    description: "Staff login, second step: the TOTP code",
    setup: (page) => passwordStep(page, "tributi"),
    sameDocumentAs: "it:/gestione/verifica",
  },
  { id: "staff-home-admin", path: "/gestione/accedi", description: "Back-office home of an administrator", setup: asStaff("admin", "/gestione"), sameDocumentAs: "it:/gestione" },
  { id: "staff-home-operatore", path: "/gestione/accedi", description: "Back-office home of an operator", setup: asStaff("anagrafe", "/gestione"), sameDocumentAs: "it:/gestione" },
  { id: "staff-utenti", path: "/gestione/accedi", description: "Staff accounts (administrator)", setup: asStaff("admin", "/gestione/utenti"), sameDocumentAs: "it:/gestione/utenti" },
  {
    id: "staff-utenti-errore",
    path: "/gestione/accedi",
    description: "Staff accounts: the create form sent empty (errors; answered through JavaScript)",
    setup: asStaff("admin", "/gestione/utenti", submit("Crea l'account")),
    sameDocumentAs: "it:/gestione/utenti",
  },
  { id: "staff-account", path: "/gestione/accedi", description: "One staff account (roles, reset, lock)", setup: asStaff("admin", "/gestione/utenti/3"), sameDocumentAs: "it:/gestione/utenti/3" },
  { id: "staff-registro", path: "/gestione/accedi", description: "Audit log", setup: asStaff("admin", "/gestione/registro"), sameDocumentAs: "it:/gestione/registro" },
  {
    id: "staff-registro-filtrato",
    path: "/gestione/accedi",
    description: "Audit log filtered by event and date",
    setup: asStaff("admin", "/gestione/registro?evento=login&dal=2020-01-01"),
    sameDocumentAs: "it:/gestione/registro",
  },
  {
    id: "staff-registro-errore",
    path: "/gestione/accedi",
    description: "Audit log with an impossible date (400)",
    setup: asStaff("admin", "/gestione/registro?dal=32/13/2020"),
    status: 400,
    sameDocumentAs: "it:/gestione/registro",
  },
  {
    id: "staff-password-errore",
    path: "/gestione/accedi",
    description: "Voluntary password change sent empty (errors; answered through JavaScript)",
    setup: asStaff("admin", "/gestione/cambia-password", submit("Salva la nuova password")),
    sameDocumentAs: "it:/gestione/cambia-password",
  },
  { id: "staff-403", path: "/gestione/accedi", description: "An operator opening the staff accounts (403)", setup: asStaff("anagrafe", "/gestione/utenti"), status: 403, sameDocumentAs: "forbidden" },
];
