import type { Cookie, Page } from "playwright-core";
import { stepOf } from "../app/domain/staff-auth";
import { totpCodeFor } from "../app/services/staff-auth.server";
import { DEMO_STAFF_PASSWORD, DEMO_TOTP_SECRET } from "../db/seed/staff";
import { hydrated } from "../tests/setup/browser";

/**
 * Logged-in sessions for the accessibility states. Each demo account (staff or test citizen) logs in
 * for real once per run; later states put its session cookie in their own browser context (sessions
 * live in the database, so any context can carry one). A TOTP code is accepted once per account: when
 * an earlier login used this 30-second step, the code is refused and we wait for the next one.
 */
const sessions = new Map<string, Cookie[]>();

/** The staff login's first step: username and password, sent as a person would. */
export async function passwordStep(page: Page, username: string, password = DEMO_STAFF_PASSWORD, javaScript = true) {
  await page.goto("/gestione/accedi");
  if (javaScript) await hydrated(page);
  await page.getByLabel("Nome utente").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Continua" }).click();
  await page.waitForLoadState("load");
}

/**
 * Logs a demo staff account in through the real form, password then TOTP (also used by the browser
 * tests): a code refused because this account already used the current 30-second step is retried on
 * the next one.
 */
export async function staffLogin(page: Page, username: string, javaScript = true) {
  await passwordStep(page, username, DEMO_STAFF_PASSWORD, javaScript);
  await page.waitForURL("**/gestione/verifica**");
  for (let attempt = 0; attempt < 3; attempt++) {
    const step = stepOf(new Date());
    await page.getByLabel("Codice di 6 cifre").fill(totpCodeFor(DEMO_TOTP_SECRET));
    await page.getByRole("button", { name: "Verifica" }).click();
    await page.waitForLoadState("load");
    await page.waitForURL((u) => u.pathname !== "/gestione/verifica", { timeout: 3000 }).catch(() => undefined);
    if (new URL(page.url()).pathname === "/gestione") return;
    while (stepOf(new Date()) <= step) await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the demo account ${username} could not log in`);
}

export async function citizenLogin(page: Page, name: string) {
  await page.goto("/accedi");
  await hydrated(page);
  await page.getByRole("button", { name: "Entra con SPID" }).click();
  await Promise.all([page.waitForURL("**/test-idp/accedi**"), page.getByRole("button", { name: "Entra con Identità di prova (demo)" }).click()]);
  await hydrated(page);
  await page.locator("label", { hasText: name }).click();
  await Promise.all([page.waitForURL("**/area-personale"), page.getByRole("button", { name: "Accedi", exact: true }).click()]);
}

async function withSession(page: Page, key: string, login: () => Promise<void>) {
  const saved = sessions.get(key);
  if (saved) await page.context().addCookies(saved);
  else {
    await login();
    sessions.set(key, await page.context().cookies());
  }
}

/** Logs the demo staff account in (or reuses its session) and opens `then`. */
export async function asStaffOn(page: Page, username: string, then: string, javaScript = true) {
  await withSession(page, `staff:${username}`, () => staffLogin(page, username, javaScript));
  await page.goto(then);
  if (javaScript) await hydrated(page);
}

/** A state's setup: the demo staff account on `then`, then `extra`. */
export function asStaff(username: string, then: string, extra?: (page: Page) => Promise<void>, javaScript = true) {
  return async (page: Page) => {
    await asStaffOn(page, username, then, javaScript);
    if (extra) await extra(page);
  };
}

/** Logs a test-IdP citizen in (or reuses her session) and opens `then`. */
export async function asCitizenOn(page: Page, name: string, then: string) {
  await withSession(page, `citizen:${name}`, () => citizenLogin(page, name));
  await page.goto(then);
  await hydrated(page);
}
