import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import type { HomeData } from "~/utils/staff-routes.server";
import { StatusMessage } from "./StaffForm";
import { useCalcT } from "~/components/calc/useCalcT";
import { useMetricsT } from "~/components/metrics/useMetricsT";

/** The back-office home: who is logged in, their roles, and what those roles open. */
export function StaffHome() {
  const { t } = useTranslation();
  const { t: calc } = useCalcT();
  const { t: metrics } = useMetricsT();
  const data = useLoaderData() as HomeData;
  const title = t("staff.home.title");
  const available = [
    data.can.users ? { to: "/gestione/utenti", label: t("staff.home.users"), text: t("staff.home.usersText") } : null,
    data.can.audit ? { to: "/gestione/registro", label: t("staff.home.audit"), text: t("staff.home.auditText") } : null,
    data.can.applications ? { to: "/gestione/domande", label: t("staff.home.applications"), text: t("staff.home.applicationsText") } : null,
    data.can.applications ? { to: "/gestione/appuntamenti", label: t("staff.home.appointments"), text: t("staff.home.appointmentsText") } : null,
    data.can.catalogue ? { to: "/gestione/servizi", label: t("staff.home.catalogue"), text: t("staff.home.catalogueText") } : null,
    data.can.outbox ? { to: "/gestione/posta", label: t("staff.home.outbox"), text: t("staff.home.outboxText") } : null,
    data.can.tax ? { to: "/gestione/tributi/ruoli", label: t("staff.home.tax"), text: t("staff.home.taxText") } : null,
    data.can.rates ? { to: "/gestione/tributi/aliquote", label: calc("staffHome.rates"), text: calc("staffHome.ratesText") } : null,
    data.can.plan ? { to: "/gestione/piano", label: t("staff.home.plan"), text: t("staff.home.planText") } : null,
    data.can.counter ? { to: "/gestione/sportello/presentazioni", label: metrics("counter.title"), text: metrics("counter.homeText") } : null,
  ].filter((x): x is { to: string; label: string; text: string } => x !== null);
  return (
    <Page title={t("staff.home.hello", { name: data.name })} lead={t("staff.home.lead")} breadcrumbs={[{ label: title }]} feedback={false}>
      <StatusMessage text={data.passwordChanged ? t("staff.home.passwordChanged") : null} />
      <div className="row">
        <section className="col-12 col-lg-4 mb-4" aria-labelledby="roles-heading">
          <h2 id="roles-heading" className="h4">
            {t("staff.home.yourRoles")}
          </h2>
          <ul data-testid="staff-roles">
            {data.roles.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {data.offices.length > 0 ? <p>{`${t("common.office")}: ${data.offices.join(", ")}`}</p> : null}
          <h2 className="h4 mt-4" id="account-heading">
            {t("staff.home.account")}
          </h2>
          <p>
            <Link to="/gestione/cambia-password">{t("staff.home.changePassword")}</Link>
          </p>
          <p className="small">{t("staff.home.logoutHint")}</p>
        </section>
        <section className="col-12 col-lg-8 mb-4" aria-labelledby="can-heading">
          <h2 id="can-heading" className="h4">
            {t("staff.home.whatYouCanDo")}
          </h2>
          <ul className="list-unstyled">
            {available.map((a) => (
              <li key={a.to} className="mb-3">
                <Link to={a.to} className="fw-semibold">
                  {a.label}
                </Link>
                <p className="mb-0">{a.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Page>
  );
}
