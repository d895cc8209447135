import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { SearchForm } from "~/components/ui/SearchForm";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { MAX_QUERY_LENGTH, queryTerms } from "~/domain/search";
import { searchServices } from "~/services/catalogue.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { useRootData } from "~/utils/root-data";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const raw = url.searchParams.get("q");
  const query = (raw ?? "").trim();
  const base = { query };
  if (raw === null) {
    return { ...base, results: null, error: null, meta: { title: t("search.title") } };
  }
  const error = query.length > MAX_QUERY_LENGTH ? "search.tooLong" : queryTerms(query).length === 0 ? "search.tooShort" : null;
  if (error) {
    return data(
      { ...base, results: null, error, meta: { title: t("search.title"), hasErrors: true } },
      { status: 400 },
    );
  }
  const results = await searchServices(db(), query, lang);
  return { ...base, results, error: null, meta: { title: `${t("search.title")}: ${query}` } };
}

export default function Search() {
  const { query, results, error } = useLoaderData<typeof loader>();
  const phone = useRootData()?.comune.phone ?? "";
  const { t } = useTranslation();
  return (
    <Page title={t("search.heading")} breadcrumbs={[{ label: t("search.title") }]}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <SearchForm id="search-page" defaultValue={query} errorKey={error ?? undefined} />
        </div>
      </div>
      {results ? (
        <section className="my-4" aria-labelledby="results-title">
          <div role="status">
            <h2 id="results-title" className="h4">
              {results.length
                ? t("search.results", { count: results.length, query })
                : t("search.empty", { query })}
            </h2>
          </div>
          {results.length ? (
            <ServiceGrid services={results} />
          ) : (
            <>
              <p>{t("search.emptyHelp", { phone })}</p>
              <p>
                <Link to="/servizi">{t("search.browse")}</Link>
              </p>
            </>
          )}
        </section>
      ) : null}
    </Page>
  );
}
