import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { useFinesT } from "~/components/fines/useFinesT";

interface AreaData {
  citizen: { name: string; fiscalCode: string; dateOfBirth: string | null; email: string | null; access: string };
  actingFor: { delegationId: number; grantorFiscalCode: string; grantorName: string | null } | null;
}

/** The model's "Area personale": the citizen's data from the identity, and what the area holds. */
export function PersonalArea() {
  const { t } = useTranslation();
  const { t: fines } = useFinesT();
  const { citizen, actingFor } = useLoaderData() as AreaData;
  const missing = <em>{t("identity.area.notProvided")}</em>;
  return (
    <Page title={t("identity.area.hello", { name: citizen.name })} lead={t("identity.area.lead")} breadcrumbs={[{ label: t("personalArea.title") }]} feedback={false}>
      {actingFor ? (
        <div className="alert alert-warning" role="status">
          <p>{t("identity.area.actingFor", { name: actingFor.grantorName ?? actingFor.grantorFiscalCode, code: actingFor.grantorFiscalCode })}</p>
          <form method="post" action="/area-personale/deleghe">
            <CsrfField />
            <input type="hidden" name="intent" value="stop" />
            <button type="submit" className="btn btn-outline-primary btn-sm">
              {t("identity.area.stopActing")}
            </button>
          </form>
        </div>
      ) : null}
      <div className="row">
        <section className="col-12 col-lg-6 mb-4" aria-labelledby="your-data">
          <h2 id="your-data" className="h4">
            {t("identity.area.yourData")}
          </h2>
          <p className="small">{t("identity.area.dataSource")}</p>
          <dl className="stp-definition" data-testid="citizen-data">
            <dt>{t("identity.area.name")}</dt>
            <dd>{citizen.name}</dd>
            <dt>{t("identity.area.fiscalCode")}</dt>
            <dd className="font-monospace">{citizen.fiscalCode}</dd>
            <dt>{t("identity.area.dateOfBirth")}</dt>
            <dd>{citizen.dateOfBirth ?? missing}</dd>
            <dt>{t("identity.area.email")}</dt>
            <dd>{citizen.email ?? missing}</dd>
            <dt>{t("identity.area.access")}</dt>
            <dd>{citizen.access}</dd>
          </dl>
        </section>
        <section className="col-12 col-lg-6 mb-4" aria-labelledby="area-sections">
          <h2 id="area-sections" className="h4">
            {t("identity.area.sections")}
          </h2>
          <ul className="link-list">
            <li>
              <Link className="list-item" to="/area-personale/domande">
                <span>{t("identity.area.applications")}</span>
              </Link>
              <p className="small">{t("identity.area.applicationsText")}</p>
            </li>
            <li>
              <Link className="list-item" to="/area-personale/tributi">
                <span>{t("identity.area.payments")}</span>
              </Link>
              <p className="small">{t("identity.area.paymentsText")}</p>
            </li>
            <li>
              <Link className="list-item" to="/area-personale/multe">
                <span>{fines("own.title")}</span>
              </Link>
              <p className="small">{fines("own.areaText")}</p>
            </li>
            <li>
              <Link className="list-item" to="/area-personale/appuntamenti">
                <span>{t("identity.area.appointments")}</span>
              </Link>
              <p className="small">{t("identity.area.appointmentsText")}</p>
            </li>
            <li>
              <Link className="list-item" to="/area-personale/deleghe">
                <span>{t("identity.area.delegations")}</span>
              </Link>
              <p className="small">{t("identity.area.delegationsText")}</p>
            </li>
          </ul>
        </section>
      </div>
    </Page>
  );
}
