import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Callout, CalloutText, CalloutTitle } from "design-react-kit";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { SearchForm } from "~/components/ui/SearchForm";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { TaxonomyCards } from "~/components/ui/TaxonomyCards";
import { getServicesPage } from "~/services/catalogue.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getServicesPage(db(), lang)), meta: { title: t("services.title"), description: t("services.lead") } };
}

export default function Services() {
  const { categories, services } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("services.heading")} lead={t("services.lead")} breadcrumbs={[{ label: t("services.title") }]}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <SearchForm id="services-search" />
        </div>
      </div>
      <section className="my-5" aria-labelledby="categories-title">
        <h2 id="categories-title" className="mb-4">
          {t("services.categoriesHeading")}
        </h2>
        <TaxonomyCards items={categories} basePath="/servizi/categoria" linkElement="service-category-link" />
      </section>
      <section className="my-5" aria-labelledby="all-title">
        <h2 id="all-title" className="mb-4">
          {t("services.allHeading")}
        </h2>
        <ServiceGrid services={services} />
      </section>
      <Callout color="note" tag="aside" className="my-5" aria-labelledby="booking-title">
        <CalloutTitle id="booking-title">{t("services.booking")}</CalloutTitle>
        <CalloutText>{t("services.bookingText")}</CalloutText>
        <p className="mb-0">
          <Link to="/prenota-appuntamento" data-element="appointment-booking">
            {t("services.booking")}
          </Link>
        </p>
      </Callout>
    </Page>
  );
}
