import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Callout, CalloutText, CalloutTitle } from "design-react-kit";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { OfficeContacts } from "~/components/ui/OfficeContacts";
import { getOfficesPage } from "~/services/content.server";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { db } from "~/utils/db.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, lang } = await getFixedT(request);
  return { ...(await getOfficesPage(db(), lang)), meta: { title: t("booking.title"), description: t("booking.lead") } };
}

/** How to book a meeting with an office. Online booking with slots comes with the personal area. */
export default function Booking() {
  const { offices } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <Page title={t("booking.title")} lead={t("booking.lead")} breadcrumbs={[{ label: t("booking.title") }]} feedback={false}>
      <Callout color="note" className="my-4">
        <CalloutTitle>{t("booking.title")}</CalloutTitle>
        <CalloutText>{t("booking.notice")}</CalloutText>
      </Callout>
      <h2 className="mb-4">{t("booking.officeHeading")}</h2>
      <ul className="row g-4 list-unstyled">
        {offices.map((o) => (
          <li key={o.slug} className="col-12 col-lg-6">
            <OfficeContacts office={o} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
