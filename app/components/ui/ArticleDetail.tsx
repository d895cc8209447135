import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Crumb } from "~/components/layout/Breadcrumbs";
import { Page } from "~/components/layout/Page";
import { formatDate } from "~/utils/format";
import { useRootData } from "~/utils/root-data";
import { TextBlocks } from "./TextBlocks";

interface ArticleDetailProps {
  article: {
    kind: string;
    title: string;
    summary: string;
    body: string;
    published_at: string;
    starts_at: string | null;
    ends_at: string | null;
    street_address: string | null;
  };
  office?: { slug: string; name: string } | null;
  breadcrumbs: Crumb[];
}

/** One notice, place or event: its dates and place, then the text. */
export function ArticleDetail({ article, office, breadcrumbs }: ArticleDetailProps) {
  const { t } = useTranslation();
  const lang = useRootData()?.lang ?? "it";
  return (
    <Page title={article.title} lead={article.summary} breadcrumbs={[...breadcrumbs, { label: article.title }]}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <dl className="row">
            {article.kind === "notice" ? (
              <>
                <dt className="col-sm-4">{t("common.date")}</dt>
                <dd className="col-sm-8">{formatDate(article.published_at, lang)}</dd>
                {article.starts_at ? (
                  <>
                    <dt className="col-sm-4">{t("news.refersToLabel")}</dt>
                    <dd className="col-sm-8">{formatDate(article.starts_at, lang)}</dd>
                  </>
                ) : null}
              </>
            ) : null}
            {article.kind === "event" && article.starts_at ? (
              <>
                <dt className="col-sm-4">{t("common.when")}</dt>
                <dd className="col-sm-8">
                  {formatDate(article.starts_at, lang, true)}
                  {article.ends_at ? ` – ${formatDate(article.ends_at, lang, true)}` : ""}
                </dd>
              </>
            ) : null}
            {article.street_address ? (
              <>
                <dt className="col-sm-4">{t("common.where")}</dt>
                <dd className="col-sm-8">{article.street_address}</dd>
              </>
            ) : null}
            {office ? (
              <>
                <dt className="col-sm-4">{t("common.office")}</dt>
                <dd className="col-sm-8">
                  <Link to={`/amministrazione/uffici/${office.slug}`}>{office.name}</Link>
                </dd>
              </>
            ) : null}
          </dl>
          <TextBlocks text={article.body} />
        </div>
      </div>
    </Page>
  );
}

const SECTION_CRUMBS = {
  notice: [
    { key: "news.title", to: "/novita" },
    { key: "news.notices", to: "/novita/avvisi" },
  ],
  place: [
    { key: "live.title", to: "/vivere" },
    { key: "live.places", to: "/vivere/luoghi" },
  ],
  event: [
    { key: "live.title", to: "/vivere" },
    { key: "live.events", to: "/vivere/eventi" },
  ],
} as const;

/** The whole page of a notice, place or event route (see app/utils/article-route.server.ts). */
export function ArticleRoute() {
  const { article, office } = useLoaderData<{ article: ArticleDetailProps["article"]; office?: { slug: string; name: string } | null }>();
  const { t } = useTranslation();
  const kind = article.kind as keyof typeof SECTION_CRUMBS;
  return (
    <ArticleDetail
      article={article}
      office={office}
      breadcrumbs={SECTION_CRUMBS[kind].map((c) => ({ label: t(c.key), to: c.to }))}
    />
  );
}
