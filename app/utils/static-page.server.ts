import type { StaticSection } from "~/components/ui/StaticSections";
import { getSiteContext } from "~/services/catalogue.server";
import { comuneValues } from "./comune-values";
import { db } from "./db.server";
import { getFixedT } from "./i18next.server";

export type StaticPageKey = "privacy" | "legal";

/**
 * Loader of the fixed pages: their long texts are translated here, with the comune's data filled in,
 * and sent as page data (the "pages" namespace is not in the browser bundle).
 */
export async function staticPageLoader(request: Request, key: StaticPageKey) {
  const { t, lang } = await getFixedT(request);
  const values = comuneValues(await getSiteContext(db(), lang));
  const list = <T>(path: string) => {
    const value = t(path, { ns: "pages", returnObjects: true, ...values }) as unknown;
    return (Array.isArray(value) ? value : []) as T[];
  };
  return {
    key,
    lead: t(`${key}.lead`, values),
    sections: list<StaticSection>(`${key}.sections`),
    license: key === "legal" ? list<string>("legal.license") : [],
    meta: { title: t(`${key}.title`) },
  };
}
