import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CardGrid, TeaserCard } from "~/components/ui/TeaserCard";
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
      <CardGrid
        items={offices}
        keyOf={(o) => o.slug}
        render={(o) => (
          <TeaserCard title={o.name} to={`/amministrazione/uffici/${o.slug}`} headingLevel={2}>
            <p className="card-text">{o.description}</p>
            <p className="card-text small mb-0">
              {o.street_address} · <a href={`tel:${o.phone.replace(/\s+/g, "")}`}>{o.phone}</a>
            </p>
          </TeaserCard>
        )}
      />
    </Page>
  );
}
