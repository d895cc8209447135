import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StaticPage } from "~/components/ui/StaticSections";
import { pageMeta } from "~/utils/meta";
import { staticPageLoader } from "~/utils/static-page.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return staticPageLoader(request, "legal");
}

/** The licence section is marked up as the national checker reads it (C.SI.3.4): nothing else inside `legal-notes-body`. */
export default function LegalNotes() {
  const { license } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <StaticPage
      before={
        <section className="mb-4">
          <h2 className="h4" data-element="legal-notes-section">
            {t("legal.licenseHeading")}
          </h2>
          {license.map((p) => (
            <p key={p} data-element="legal-notes-body">
              {p}
            </p>
          ))}
        </section>
      }
    />
  );
}
