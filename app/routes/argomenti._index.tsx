import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
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
      <ul className="row g-3 list-unstyled">
        {topics.map((topic) => (
          <li key={topic.slug} className="col-12 col-md-6 col-lg-4">
            <div className="card card-teaser shadow-sm rounded h-100">
              <div className="card-body">
                <h2 className="card-title h5">
                  <Link to={`/argomenti/${topic.slug}`} data-element="topic-element">
                    {topic.name}
                  </Link>
                </h2>
                <p className="card-text">{topic.description}</p>
                <p className="card-text small mb-0">{t("common.services", { count: topic.serviceCount })}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
