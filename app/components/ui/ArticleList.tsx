import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { useRootData } from "~/utils/root-data";
import { CardGrid, TeaserCard } from "./TeaserCard";

export interface ArticleCardData {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  published_at: string;
  starts_at: string | null;
  ends_at: string | null;
  street_address: string | null;
}

/** Notices, places and events as cards; the date shown depends on the kind. */
export function ArticleList({
  articles,
  basePath,
  linkElement,
  headingLevel = 3,
}: {
  articles: ArticleCardData[];
  basePath: string;
  linkElement?: string;
  /** 2 when the list sits right under the page's h1, 3 under a section's h2. */
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const lang = useRootData()?.lang ?? "it";
  return (
    <CardGrid
      items={articles}
      keyOf={(a) => a.slug}
      render={(a) => (
        <TeaserCard
          title={a.title}
          to={`${basePath}/${a.slug}`}
          linkElement={linkElement}
          headingLevel={headingLevel}
          before={
            a.kind === "notice" ? (
              <p className="small mb-1">{t("news.published", { date: formatDate(a.published_at, lang) })}</p>
            ) : a.kind === "event" && a.starts_at ? (
              <p className="small mb-1">{formatDate(a.starts_at, lang, true)}</p>
            ) : null
          }
        >
          <p className="card-text">{a.summary}</p>
          {a.street_address ? <p className="card-text small">{a.street_address}</p> : null}
        </TeaserCard>
      )}
    />
  );
}
