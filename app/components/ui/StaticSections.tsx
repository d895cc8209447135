import { useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TextBlocks } from "./TextBlocks";

export interface StaticSection {
  heading: string;
  body: string;
}

interface StaticPageData {
  key: "privacy" | "legal" | "accessibility";
  lead: string;
  sections: StaticSection[];
}

/** A fixed page (privacy, legal notes, accessibility) from the data of app/utils/static-page.server.ts. */
export function StaticPage({ before }: { before?: ReactNode }) {
  const { key, lead, sections } = useLoaderData<StaticPageData>();
  const { t } = useTranslation();
  return (
    <Page title={t(`${key}.title`)} lead={lead} breadcrumbs={[{ label: t(`${key}.title`) }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          {before}
          {sections.map((s) => (
            <section key={s.heading} className="mb-4">
              <h2 className="h4">{s.heading}</h2>
              <TextBlocks text={s.body} />
            </section>
          ))}
        </div>
      </div>
    </Page>
  );
}
