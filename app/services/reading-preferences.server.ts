import {
  isDefaultPreferences,
  parsePreferences,
  preferencesFromForm,
  type PreferencesForm,
  type ReadingPreferences,
  serializePreferences,
} from "~/domain/reading-preferences";
import type { Principal } from "~/domain/principal";
import { findReadingPreferences, type ProfileRef, saveReadingPreferences } from "~/models/reading-preferences.server";
import type { DbOrTrx } from "~/utils/db.server";

/** The profile that keeps a person's preferences: the citizen themself (not whom they act for), or the staff member. */
export function profileOf(principal: Principal): ProfileRef | null {
  if (principal.kind === "citizen") return { kind: "citizen", id: principal.citizen.id };
  if (principal.kind === "staff") return { kind: "staff", id: principal.staff.id };
  return null;
}

/**
 * The preferences form sent: checked, then kept on the profile of whoever is logged in (the cookie,
 * set by the route, keeps them for this browser).
 */
export async function choosePreferences(db: DbOrTrx, principal: Principal, get: (name: string) => string | null): Promise<PreferencesForm> {
  const result = preferencesFromForm(get);
  if (!result.ok) return result;
  const profile = profileOf(principal);
  if (profile) await saveReadingPreferences(db, profile, serializePreferences(result.preferences));
  return result;
}

/**
 * At login: the preferences saved on the profile win; when the profile has none yet, what this
 * browser already uses (chosen before logging in) is kept on the profile. Null: nothing to change.
 */
export async function preferencesAtLogin(db: DbOrTrx, profile: ProfileRef, browserValue: string | null): Promise<ReadingPreferences | null> {
  const saved = await findReadingPreferences(db, profile);
  if (saved !== null) return parsePreferences(saved);
  const browser = parsePreferences(browserValue);
  if (!isDefaultPreferences(browser)) await saveReadingPreferences(db, profile, serializePreferences(browser));
  return null;
}
