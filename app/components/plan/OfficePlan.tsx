import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import type { OfficeData } from "~/utils/plan-office-routes.server";
import { dashboardPath, useDashT } from "./dashboard-links";
import { usePlanT } from "./PlanParts";
import { usePlanReportT } from "./PlanReport";

/** /gestione/piano: what awaits approval, then every objective with its indicators' latest approved value. */
export function OfficePlan() {
  const { t } = usePlanT();
  const { t: td } = useDashT();
  const { t: tr } = usePlanReportT();
  const d = useLoaderData() as OfficeData;
  return (
    <Page title={t("office.title")} lead={t("office.lead")} breadcrumbs={[{ label: t("office.backOffice"), to: "/gestione" }, { label: t("office.title") }]} feedback={false}>
      <p>
        <Link to={dashboardPath({ kind: "plan" }, true)}>{td("links.office")}</Link>
      </p>
      <p>
        <Link to="/gestione/piano/relazione" data-testid="plan-report-link">
          {tr("report.homeCard")}
        </Link>
      </p>
      <section aria-labelledby="pending-title" className="mb-5">
        <h2 id="pending-title" className="h4">
          {t("office.pendingTitle")}
        </h2>
        {d.pending.length === 0 ? (
          <p data-testid="plan-pending-none">{t("office.pendingNone")}</p>
        ) : (
          <TableScroll label={t("office.pendingCaption")}>
            <table className="table table-sm" data-testid="plan-pending">
              <caption>{t("office.pendingCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("office.indicator")}</th>
                  <th scope="col">{t("office.value")}</th>
                  <th scope="col">{t("office.measuredOn")}</th>
                  <th scope="col">{t("office.recordedBy")}</th>
                  <th scope="col">{t("office.recordedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {d.pending.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">
                      <Link to={`/gestione/piano/indicatori/${encodeURIComponent(u.indicatorCode)}#aggiornamento-${u.id}`}>
                        {u.indicatorCode}: {u.indicator}
                      </Link>
                      {u.correction ? <span className="d-block small">{t("office.correctionOf", { id: u.correction })}</span> : null}
                    </th>
                    <td>{u.value}</td>
                    <td>{u.measuredOn}</td>
                    <td>{u.recordedBy}</td>
                    <td>{u.recordedAt}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="objectives-title">
        <h2 id="objectives-title" className="h4">
          {t("office.objectivesTitle")}
        </h2>
        {d.objectives.map((o) => (
          <div key={o.code} className="mb-4">
            <h3 className="h5">
              {o.code}: {o.title}
            </h3>
            <p>
              {t("office.currentStatus", { status: t(`status.${o.status}`) })} —{" "}
              <Link to={`/gestione/piano/obiettivi/${encodeURIComponent(o.code)}`}>{t("office.statusLink", { code: o.code })}</Link>
            </p>
            <TableScroll label={t("office.objectivesCaption", { objective: o.code })}>
              <table className="table table-sm">
                <caption className="visually-hidden">{t("office.objectivesCaption", { objective: o.code })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("office.indicator")}</th>
                    <th scope="col">{t("office.latest")}</th>
                    <th scope="col">{t("office.awaiting")}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.indicators.map((i) => (
                    <tr key={i.code}>
                      <th scope="row">
                        <Link to={`/gestione/piano/indicatori/${encodeURIComponent(i.code)}`}>
                          {i.code}: {i.name}
                        </Link>
                      </th>
                      <td>{i.latest ?? t("office.none")}</td>
                      <td>{i.awaiting ? t("office.awaitingCount", { count: i.awaiting }) : t("office.noneAwaiting")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        ))}
      </section>
    </Page>
  );
}
