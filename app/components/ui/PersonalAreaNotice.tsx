import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { useRootData } from "~/utils/root-data";

/** A part of the personal area that later work will fill (online applications, payments): it says so plainly. */
export function PersonalAreaNotice() {
  const { t } = useTranslation();
  const root = useRootData();
  return (
    <Page
      title={t("identity.area.comingSoonTitle")}
      breadcrumbs={[{ label: t("personalArea.title"), to: "/area-personale" }, { label: t("identity.area.comingSoonTitle") }]}
      feedback={false}
    >
      <div className="row">
        <div className="col-12 col-lg-8">
          <div className="alert alert-info" role="status">
            <p className="mb-0">{t("identity.area.comingSoon")}</p>
          </div>
          <p>{t("footer.helpText", { phone: root?.comune.phone ?? "", hours: root?.comune.urp_hours ?? "" })}</p>
          <p>
            <Link to="/area-personale">{t("identity.area.backToArea")}</Link>
          </p>
        </div>
      </div>
    </Page>
  );
}
