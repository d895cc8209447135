import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { OfficeContacts } from "~/components/ui/OfficeContacts";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { getOfficePage } from "~/services/content.server";
import { notFound } from "~/utils/http.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getFixedT(request);
  const page = await getOfficePage(db(), params.slug ?? "", lang);
  if (!page) notFound();
  return { ...page, meta: { title: page.office.name, description: page.office.description } };
}

export default function OfficePage() {
  const { office, services } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={office.name}
      lead={office.description}
      breadcrumbs={[
        { label: t("management.title"), to: "/amministrazione" },
        { label: t("management.offices"), to: "/amministrazione/uffici" },
        { label: office.name },
      ]}
    >
      <div className="row mb-5">
        <div className="col-12 col-lg-6">
          <OfficeContacts office={office} compact />
        </div>
      </div>
      <section aria-labelledby="office-services">
        <h2 id="office-services" className="mb-4">
          {t("management.officeServices")}
        </h2>
        <ServiceGrid services={services} />
      </section>
    </Page>
  );
}
