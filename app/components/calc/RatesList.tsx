import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { TableScroll } from "~/components/ui/TableScroll";
import type { RatesListData } from "~/utils/calc-routes.server";
import { useCalcT } from "./useCalcT";

/** The tax office's years of rates and tariffs, and "a new year as a copy of the last one". */
export function RatesList() {
  const { t } = useCalcT();
  const { t: common } = useTranslation();
  const d = useLoaderData() as RatesListData;
  return (
    <Page title={t("rates.title")} lead={t("rates.lead")} breadcrumbs={[{ label: common("staff.home.title"), to: "/gestione" }, { label: t("rates.title") }]} feedback={false}>
      {d.notice ? (
        <p className="alert alert-warning" role="status">
          {d.notice}
        </p>
      ) : null}
      <TableScroll label={t("rates.caption")}>
        <table className="table" data-testid="rate-years">
          <caption>{t("rates.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("rates.year")}</th>
              <th scope="col">{t("rates.imuOther")}</th>
              <th scope="col">{t("rates.tariTariffs")}</th>
              <th scope="col">{t("rates.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {d.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  {y.editable ? (
                    <Link to={`/gestione/tributi/aliquote/${y.year}`} aria-label={t("rates.edit", { year: y.year })}>
                      {y.year}
                    </Link>
                  ) : (
                    y.year
                  )}
                </th>
                <td>{y.imu ?? t("rates.missing")}</td>
                <td>
                  {y.tari ?? t("rates.missing")}
                  {y.illustrative ? ` (${t("rates.illustrativeTag")})` : null}
                </td>
                <td>{y.updated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {d.copyFrom !== null ? (
        <section aria-labelledby="copy-title" className="mt-4">
          <h2 id="copy-title" className="h4">
            {t("rates.copyTitle")}
          </h2>
          <p>{t("rates.copyText")}</p>
          <Form method="post">
            <CsrfField />
            <input type="hidden" name="from" value={d.copyFrom} />
            <button type="submit" className="btn btn-primary" data-testid="copy-year">
              {t("rates.copy", { year: d.copyFrom + 1, from: d.copyFrom })}
            </button>
          </Form>
        </section>
      ) : null}
    </Page>
  );
}
