import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ArticleList } from "~/components/ui/ArticleList";
import { LinkCards } from "~/components/ui/LinkCards";
import { getArticles } from "~/services/content.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { notices: await getArticles(db(), "notice", lang, 3), meta: { title: t("news.title"), description: t("news.lead") } };
}

export default function News() {
  const { notices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("news.title")} lead={t("news.lead")} breadcrumbs={[{ label: t("news.title") }]}>
      <LinkCards
        cards={[{ to: "/novita/avvisi", title: t("news.notices"), text: t("news.noticesLead"), dataElement: "news-category-link" }]}
      />
      <section className="my-5" aria-labelledby="latest-title">
        <h2 id="latest-title" className="mb-4">
          {t("home.notices")}
        </h2>
        <ArticleList articles={notices} basePath="/novita/avvisi" />
      </section>
    </Page>
  );
}
