import type { LoaderFunctionArgs } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { StaticSections } from "~/components/ui/StaticSections";
import { comuneValues } from "~/utils/comune-values";
import { titleOnlyLoader } from "~/utils/title-loader.server";
import { pageMeta } from "~/utils/meta";
import { useRootData } from "~/utils/root-data";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return titleOnlyLoader(request, "legal.title");
}

/** The licence section is marked up as the national checker reads it (C.SI.3.4): nothing else inside `legal-notes-body`. */
export default function LegalNotes() {
  const { t } = useTranslation();
  const root = useRootData();
  const license = t("legal.license", { returnObjects: true }) as unknown as string[];
  return (
    <Page title={t("legal.title")} lead={t("legal.lead", comuneValues(root?.comune))} breadcrumbs={[{ label: t("legal.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <section className="mb-4">
            <h2 className="h4" data-element="legal-notes-section">
              {t("legal.licenseHeading")}
            </h2>
            {(Array.isArray(license) ? license : []).map((p) => (
              <p key={p} data-element="legal-notes-body">
                {p}
              </p>
            ))}
          </section>
          <StaticSections i18nKey="legal.sections" values={comuneValues(root?.comune)} />
        </div>
      </div>
    </Page>
  );
}
