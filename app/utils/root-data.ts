import { useRouteLoaderData } from "@remix-run/react";
import type { SiteContext } from "~/services/catalogue.server";
import type { ReadingPreferences } from "~/domain/reading-preferences";
import type { Language } from "./i18n";

/** Who is logged in, as the header shows it (nothing more reaches the browser). */
export type UserSummary =
  | { kind: "citizen"; name: string; actingFor: string | null }
  | { kind: "staff"; name: string; full: boolean };

export interface RootData {
  lang: Language;
  comune: SiteContext;
  user: UserSummary | null;
  /** The session's CSRF token, for the forms of logged-in people; null when nobody is logged in. */
  csrf: string | null;
  /** Something the reader must know about their session (already translated), e.g. a delegation that ended. */
  notice: string | null;
  /** For the idle-timeout warning (WCAG 2.2.1); null when nobody is logged in. */
  sessionPolicy: { idleSeconds: number; warnBeforeSeconds: number; endsAt: string } | null;
  bootstrapItaliaVersion: string;
  /** The reader's reading preferences (cookie), applied as classes of <html>. */
  preferences: ReadingPreferences;
  /** Strings needed before any page has loaded (titles of the error pages). */
  strings: { siteName: string; notFound: string; forbidden: string; badRequest: string; serverError: string; errorPrefix: string };
}

/** The comune and language loaded once by the root route, for any component below it. */
export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}
