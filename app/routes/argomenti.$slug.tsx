import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ServiceGrid } from "~/components/ui/ServiceCard";
import { getTopicPage } from "~/services/catalogue.server";
import { notFound } from "~/utils/http.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getFixedT(request);
  const page = await getTopicPage(db(), params.slug ?? "", lang);
  if (!page) notFound();
  return { ...page, meta: { title: page.topic.name, description: page.topic.description } };
}

export default function TopicPage() {
  const { topic, services } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page
      title={topic.name}
      lead={topic.description}
      breadcrumbs={[{ label: t("topics.title"), to: "/argomenti" }, { label: topic.name }]}
    >
      <section aria-labelledby="topic-services">
        <h2 id="topic-services" className="mb-4">
          {t("topics.servicesHeading")}
        </h2>
        <ServiceGrid services={services} />
      </section>
    </Page>
  );
}
