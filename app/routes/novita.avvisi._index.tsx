import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ArticleList } from "~/components/ui/ArticleList";
import { getArticles } from "~/services/content.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { notices: await getArticles(db(), "notice", lang), meta: { title: t("news.notices"), description: t("news.noticesLead") } };
}

export default function Notices() {
  const { notices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={t("news.notices")}
      lead={t("news.noticesLead")}
      breadcrumbs={[{ label: t("news.title"), to: "/novita" }, { label: t("news.notices") }]}
    >
      <ArticleList articles={notices} basePath="/novita/avvisi" headingLevel={2} />
    </Page>
  );
}
