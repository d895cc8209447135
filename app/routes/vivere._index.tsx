import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  return { meta: { title: t("live.title"), description: t("live.lead") } };
}

export default function Live() {
  const { t } = useTranslation();
  const sections = [
    { to: "/vivere/luoghi", title: t("live.places"), text: t("live.placesLead"), element: "live-button-locations" },
    { to: "/vivere/eventi", title: t("live.events"), text: t("live.eventsLead"), element: "live-button-events" },
  ];
  return (
    <Page title={t("live.title")} lead={t("live.lead")} breadcrumbs={[{ label: t("live.title") }]}>
      <ul className="row g-4 list-unstyled">
        {sections.map((s) => (
          <li key={s.to} className="col-12 col-md-6">
            <div className="card card-teaser shadow-sm rounded h-100">
              <div className="card-body">
                <h2 className="card-title h4">{s.title}</h2>
                <p className="card-text">{s.text}</p>
                <Link to={s.to} className="btn btn-primary" data-element={s.element}>
                  {s.title}
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
