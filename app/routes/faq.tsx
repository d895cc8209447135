import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TextBlocks } from "~/components/ui/TextBlocks";
import { getFaqPage } from "~/services/content.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getFaqPage(db(), lang)), meta: { title: t("faq.title"), description: t("faq.lead") } };
}

/** Questions as native <details>: they open with the keyboard and without JavaScript. */
export default function Faq() {
  const { faqs } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("faq.title")} lead={t("faq.lead")} breadcrumbs={[{ label: t("faq.title") }]}>
      <div className="row">
        <div className="col-12 col-lg-8">
          {faqs.map((f) => (
            <details key={f.id} className="mb-3 border-bottom pb-2">
              <summary className="h5 py-2">{f.question}</summary>
              <TextBlocks text={f.answer} />
            </details>
          ))}
        </div>
      </div>
    </Page>
  );
}
