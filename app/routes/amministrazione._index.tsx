import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { LinkCards } from "~/components/ui/LinkCards";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  // The plan's card is not a Modello Comuni category (its checker reads only `management-category-link`).
  return { plan: { title: t("plan:card.title"), text: t("plan:card.text") }, meta: { title: t("management.title"), description: t("management.lead") } };
}

export default function Management() {
  const { t } = useTranslation();
  const { plan } = useLoaderData<typeof loader>();
  return (
    <Page title={t("management.title")} lead={t("management.lead")} breadcrumbs={[{ label: t("management.title") }]}>
      <LinkCards
        cards={[
          {
            to: "/amministrazione/uffici",
            title: t("management.offices"),
            text: t("management.officesLead"),
            dataElement: "management-category-link",
          },
          { to: "/amministrazione/piano-integrato", title: plan.title, text: plan.text },
        ]}
      />
    </Page>
  );
}
