import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TaxonomyCards } from "~/components/ui/TaxonomyCards";
import { getTopicsPage } from "~/services/catalogue.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getTopicsPage(db(), lang)), meta: { title: t("topics.title"), description: t("topics.lead") } };
}

export default function Topics() {
  const { topics } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("topics.heading")} lead={t("topics.lead")} breadcrumbs={[{ label: t("topics.title") }]}>
      <TaxonomyCards items={topics} basePath="/argomenti" linkElement="topic-element" headingLevel={2} />
    </Page>
  );
}
