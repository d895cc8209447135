import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Feedback } from "~/components/ui/Feedback";
import { Icon } from "~/components/ui/Icon";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { TaxonomyCards } from "~/components/ui/TaxonomyCards";
import { SearchForm } from "~/components/ui/SearchForm";
import { ArticleList } from "~/components/ui/ArticleList";
import { getHomePage } from "~/services/catalogue.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { useRootData } from "~/utils/root-data";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getHomePage(db(), lang)), meta: { title: t("home.title"), description: t("home.lead") } };
}

export default function Home() {
  const { featured, categories, notices, topics } = useLoaderData<typeof loader>();
  const comuneName = useRootData()?.comune.name ?? "";
  const { t } = useTranslation();
  return (
    <main id="main-content" tabIndex={-1}>
      <section className="bg-primary text-white py-5" aria-labelledby="home-title">
        <div className="container">
          <div className="row">
            <div className="col-12 col-lg-8">
              <h1 id="home-title" className="text-white">
                {t("home.heading", { name: comuneName })}
              </h1>
              <p className="lead text-white">{t("home.lead")}</p>
              <SearchForm id="home-search" inverted />
            </div>
          </div>
        </div>
      </section>

      <section className="container py-5" aria-labelledby="featured-title">
        <h2 id="featured-title" className="mb-4">
          {t("home.featured")}
        </h2>
        <ServiceGrid services={featured} />
        <p className="mt-4">
          <Link to="/servizi" className="btn btn-outline-primary">
            {t("common.allServices")}
            <Icon name="it-arrow-right" className="icon-primary icon-sm ms-2" />
          </Link>
        </p>
      </section>

      <section className="bg-light py-5" aria-labelledby="categories-title">
        <div className="container">
          <h2 id="categories-title" className="mb-4">
            {t("home.categories")}
          </h2>
          <TaxonomyCards items={categories} basePath="/servizi/categoria" />
        </div>
      </section>

      <section className="container py-5" aria-labelledby="notices-title">
        <h2 id="notices-title" className="mb-4">
          {t("home.notices")}
        </h2>
        <ArticleList articles={notices} basePath="/novita/avvisi" />
        <p className="mt-3">
          <Link to="/novita/avvisi">{t("home.allNotices")}</Link>
        </p>
      </section>

      <section className="bg-light py-5" aria-labelledby="topics-title">
        <div className="container">
          <h2 id="topics-title" className="mb-4">
            {t("home.topics")}
          </h2>
          <ul className="d-flex flex-wrap gap-2 list-unstyled">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link className="chip chip-simple chip-lg text-decoration-none" to={`/argomenti/${topic.slug}`}>
                  <span className="chip-label">{topic.name}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link to="/argomenti">{t("header.nav.topics")}</Link>
          </p>
        </div>
      </section>
      <Feedback />
    </main>
  );
}
