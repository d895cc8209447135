import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { comuneValues } from "~/utils/comune-values";
import { useRootData } from "~/utils/root-data";
import { TextBlocks } from "./TextBlocks";

export interface StaticSection {
  heading: string;
  body: string;
}

/** Sections of a fixed page (privacy, legal notes, accessibility), written in the locales with the comune's data. */
export function StaticSections({ i18nKey, values }: { i18nKey: string; values: Record<string, string> }) {
  const { t } = useTranslation();
  const sections = t(i18nKey, { returnObjects: true, ...values }) as unknown as StaticSection[];
  return (
    <>
      {(Array.isArray(sections) ? sections : []).map((s) => (
        <section key={s.heading} className="mb-4">
          <h2 className="h4">{s.heading}</h2>
          <TextBlocks text={s.body} />
        </section>
      ))}
    </>
  );
}

/** A whole fixed page whose texts live under one locale key (privacy, accessibilita). */
export function StaticPage({ i18nKey }: { i18nKey: "privacy" | "accessibility" }) {
  const { t } = useTranslation();
  const values = comuneValues(useRootData()?.comune);
  return (
    <Page
      title={t(`${i18nKey}.title`)}
      lead={t(`${i18nKey}.lead`, values)}
      breadcrumbs={[{ label: t(`${i18nKey}.title`) }]}
      feedback={false}
    >
      <div className="row">
        <div className="col-12 col-lg-8">
          <StaticSections i18nKey={`${i18nKey}.sections`} values={values} />
        </div>
      </div>
    </Page>
  );
}
