import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { getCategoryPage } from "~/services/catalogue.server";
import { notFound } from "~/utils/http.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getFixedT(request);
  const page = await getCategoryPage(db(), params.slug ?? "", lang);
  if (!page) notFound();
  return { ...page, meta: { title: page.category.name, description: page.category.description } };
}

export default function Category() {
  const { category, services } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={category.name}
      lead={category.description}
      breadcrumbs={[{ label: t("services.title"), to: "/servizi" }, { label: category.name }]}
    >
      <section className="my-4" aria-labelledby="list-title">
        <h2 id="list-title" className="visually-hidden">
          {t("common.services", { count: services.length })}
        </h2>
        <p>{t("common.services", { count: services.length })}</p>
        <ServiceGrid services={services} />
      </section>
    </Page>
  );
}
