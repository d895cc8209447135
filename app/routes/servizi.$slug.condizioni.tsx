import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TextBlocks } from "~/components/ui/TextBlocks";
import { getServicePage } from "~/services/catalogue.server";
import { env } from "~/utils/env.server";
import { notFound, publicOrigin } from "~/utils/http.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

/** The conditions of service as an HTML document (preferred to a PDF for screen readers). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  const page = await getServicePage(db(), params.slug ?? "", lang, publicOrigin(request, env().PUBLIC_BASE_URL));
  if (!page) notFound();
  const { service } = page;
  return {
    service: { slug: service.slug, title: service.title, conditions: service.conditions, category_name: service.category_name, category_slug: service.category_slug },
    meta: { title: t("service.conditionsTitle", { title: service.title }) },
  };
}

export default function Conditions() {
  const { service } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={t("service.conditionsTitle", { title: service.title })}
      breadcrumbs={[
        { label: t("services.title"), to: "/servizi" },
        { label: service.category_name, to: `/servizi/categoria/${service.category_slug}` },
        { label: service.title, to: `/servizi/${service.slug}` },
        { label: t("service.sections.conditions") },
      ]}
      feedback={false}
    >
      <div className="row">
        <div className="col-12 col-lg-8">
          <TextBlocks text={service.conditions} />
          <p>
            <Link to={`/servizi/${service.slug}`}>{t("service.backToService")}</Link>
          </p>
        </div>
      </div>
    </Page>
  );
}
