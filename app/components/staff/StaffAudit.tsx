import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { AuditData } from "~/utils/staff-routes.server";
import { TextField } from "./StaffForm";
import { TableScroll } from "~/components/ui/TableScroll";

/** The audit log for administrators: filters (a GET form, so a filtered view can be bookmarked), newest first, by pages. */
export function StaffAudit() {
  const { t } = useTranslation();
  const data = useLoaderData() as AuditData;
  const errors = data.errors ?? {};
  const title = t("staff.audit.title");
  return (
    <Page title={title} lead={t("staff.audit.lead")} breadcrumbs={[{ label: t("staff.home.title"), to: "/gestione" }, { label: title }]} feedback={false}>
      <ErrorSummary errors={errors} title={t("staff.audit.errorSummary")} />
      <section className="mb-4" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="h4">
          {t("staff.audit.filters")}
        </h2>
        <Form method="get" noValidate>
          <div className="row">
            <div className="col-12 col-md-6">
              <TextField id="evento" label={t("staff.audit.event")} hint={t("staff.audit.eventHint")} autoComplete="off" defaultValue={data.values.evento} />
            </div>
            <div className="col-12 col-md-6">
              <TextField
                id="cf"
                label={t("staff.audit.fiscalCode")}
                hint={t("staff.audit.fiscalCodeHint")}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                mono
                defaultValue={data.values.cf}
                error={errors.cf}
              />
            </div>
            <div className="col-12 col-md-6">
              <TextField id="dal" type="date" label={t("staff.audit.from")} hint={t("staff.audit.dateHint")} defaultValue={data.values.dal} error={errors.dal} />
            </div>
            <div className="col-12 col-md-6">
              <TextField id="al" type="date" label={t("staff.audit.to")} hint={t("staff.audit.dateHint")} defaultValue={data.values.al} error={errors.al} />
            </div>
          </div>
          <button type="submit" className="btn btn-primary me-3">
            {t("staff.audit.apply")}
          </button>
          {data.filtered ? (
            <Link to="/gestione/registro" className="btn btn-outline-primary">
              {t("staff.audit.clear")}
            </Link>
          ) : null}
        </Form>
      </section>

      {data.errors ? null : (
        <section className="mb-5" aria-label={title}>
          {data.lines.length === 0 ? (
            <p role="status">{t("staff.audit.empty")}</p>
          ) : (
            <TableScroll label={t(data.filtered ? "staff.audit.captionFiltered" : "staff.audit.caption", { page: data.page })}>
              <table className="table table-sm" data-testid="audit-table">
                <caption>{t(data.filtered ? "staff.audit.captionFiltered" : "staff.audit.caption", { page: data.page })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("staff.audit.when")}</th>
                    <th scope="col">{t("staff.audit.eventCol")}</th>
                    <th scope="col">{t("staff.audit.outcome")}</th>
                    <th scope="col">{t("staff.audit.actor")}</th>
                    <th scope="col">{t("staff.audit.target")}</th>
                    <th scope="col">{t("staff.audit.ip")}</th>
                    <th scope="col">{t("staff.audit.details")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.map((l) => (
                    <tr key={l.id}>
                      <td className="text-nowrap">
                        <time dateTime={l.at}>{l.when}</time>
                      </td>
                      <td className="font-monospace">{l.event}</td>
                      <td>{l.outcome}</td>
                      <td>{l.actor}</td>
                      <td>{l.target}</td>
                      <td className="font-monospace">{l.ip}</td>
                      <td className="small text-break">{l.details}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {data.previous || data.next ? (
            <nav className="pagination-wrapper" aria-label={t("staff.audit.pagination")}>
              <ul className="pagination">
                {data.previous ? (
                  <li className="page-item">
                    <Link className="page-link" to={data.previous}>
                      {t("staff.audit.previous")}
                    </Link>
                  </li>
                ) : null}
                <li className="page-item">
                  <span className="page-link" aria-current="page">
                    {data.page}
                  </span>
                </li>
                {data.next ? (
                  <li className="page-item">
                    <Link className="page-link" to={data.next}>
                      {t("staff.audit.next")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      )}
    </Page>
  );
}
