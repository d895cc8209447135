import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { useRootData } from "~/utils/root-data";

/** The personal area's entry page, until SPID/CIE login (issue 3) is in place: it says so plainly. */
export function PersonalAreaNotice() {
  const { t } = useTranslation();
  const root = useRootData();
  return (
    <Page title={t("personalArea.heading")} lead={t("personalArea.lead")} breadcrumbs={[{ label: t("personalArea.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <div className="alert alert-warning" role="status">
            <h2 className="h5">{t("personalArea.notYet")}</h2>
            <p className="mb-0">{t("personalArea.notYetText")}</p>
          </div>
          <p>{t("personalArea.howTo")}</p>
          <p>{t("footer.helpText", { phone: root?.comune.phone ?? "", hours: root?.comune.urp_hours ?? "" })}</p>
        </div>
      </div>
    </Page>
  );
}
