import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { getOfficesPage } from "~/services/content.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getOfficesPage(db(), lang)), meta: { title: t("management.offices"), description: t("management.officesLead") } };
}

export default function Offices() {
  const { offices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={t("management.offices")}
      lead={t("management.officesLead")}
      breadcrumbs={[{ label: t("management.title"), to: "/amministrazione" }, { label: t("management.offices") }]}
    >
      <ul className="row g-4 list-unstyled">
        {offices.map((o) => (
          <li key={o.slug} className="col-12 col-md-6 col-lg-4">
            <div className="card card-teaser shadow-sm rounded h-100">
              <div className="card-body">
                <h2 className="card-title h5">
                  <Link to={`/amministrazione/uffici/${o.slug}`}>{o.name}</Link>
                </h2>
                <p className="card-text">{o.description}</p>
                <p className="card-text small mb-0">
                  {o.street_address} · <a href={`tel:${o.phone.replace(/\s+/g, "")}`}>{o.phone}</a>
                </p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
