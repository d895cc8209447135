import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/utils/format";
import { useRootData } from "~/utils/root-data";

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
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t } = useTranslation();
  const lang = useRootData()?.lang ?? "it";
  return (
    <ul className="row g-4 list-unstyled">
      {articles.map((a) => (
        <li key={a.slug} className="col-12 col-md-6 col-lg-4">
          <div className="card card-teaser shadow-sm rounded h-100">
            <div className="card-body">
              {a.kind === "notice" ? (
                <p className="small mb-1">{t("news.published", { date: formatDate(a.published_at, lang) })}</p>
              ) : null}
              {a.kind === "event" && a.starts_at ? (
                <p className="small mb-1">{formatDate(a.starts_at, lang, true)}</p>
              ) : null}
              <Heading className="card-title h5">
                <Link to={`${basePath}/${a.slug}`} data-element={linkElement}>
                  {a.title}
                </Link>
              </Heading>
              <p className="card-text">{a.summary}</p>
              {a.street_address ? <p className="card-text small">{a.street_address}</p> : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
