import { useRouteLoaderData } from "@remix-run/react";
import type { SiteContext } from "~/services/catalogue.server";
import type { Language } from "./i18n";

export interface RootData {
  lang: Language;
  comune: SiteContext;
  bootstrapItaliaVersion: string;
  /** Strings needed before any page has loaded (titles of the error pages). */
  strings: { siteName: string; notFound: string; forbidden: string; serverError: string; errorPrefix: string };
}

/** The comune and language loaded once by the root route, for any component below it. */
export function useRootData(): RootData | undefined {
  return useRouteLoaderData("root") as RootData | undefined;
}
