import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { type TariffValues, tariffFieldId } from "~/domain/tax-rates";
import type { RateYearData } from "~/utils/calc-routes.server";
import { describedBy, FieldBits, useAnswer } from "./CalcParts";
import { useCalcT } from "./useCalcT";

/** One year's IMU rates, TARI settings and TARI tariffs, in one form saved at once. */
export function RateYear() {
  const { t } = useCalcT();
  const { t: common } = useTranslation();
  const { d, answered } = useAnswer<RateYearData>();
  useErrorTitle(d.summary.length > 0);
  const v = d.values;
  const err = (id: string) => d.errors[id] ?? null;
  const field = (id: string, label: string, value: string, opts: { hint?: string; type?: string; wide?: boolean } = {}) => (
    <div className={`form-group mb-4 col-12 ${opts.wide ? "" : "col-md-6"}`} key={id}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input id={id} name={id} type={opts.type ?? "text"} inputMode={opts.type ? undefined : "decimal"} autoComplete="off" className={`form-control${err(id) ? " is-invalid" : ""}`} defaultValue={value} aria-invalid={err(id) ? true : undefined} aria-describedby={describedBy(id, Boolean(opts.hint), Boolean(err(id)))} />
      <FieldBits id={id} hint={opts.hint} error={err(id)} />
    </div>
  );
  const check = (id: string, label: string, checked: boolean) => (
    <div className="form-check mb-3">
      <input id={id} name={id} type="checkbox" value="1" defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
  const tariffTable = (rows: TariffValues[], caption: string, variableHead: string) => (
    <TableScroll label={caption}>
      <table className="table table-sm">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("rates.who")}</th>
            <th scope="col">{t("rates.fixed")}</th>
            <th scope="col">{variableHead}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.use}-${r.key}`}>
              <th scope="row" id={`${r.use}-${r.key}-label`}>
                {r.use === "non_domestic" ? `${r.key} – ` : ""}
                {r.label}
              </th>
              {(["fixed", "variable"] as const).map((part) => {
                const id = tariffFieldId(r, part);
                return (
                  <td key={part}>
                    <label htmlFor={id} className="visually-hidden">
                      {t(part === "fixed" ? "rates.fixedFor" : "rates.variableFor", { label: r.label })}
                    </label>
                    <input id={id} name={id} type="text" inputMode="decimal" autoComplete="off" size={8} className={`form-control form-control-sm${err(id) ? " is-invalid" : ""}`} defaultValue={r[part]} aria-invalid={err(id) ? true : undefined} aria-describedby={err(id) ? `${id}-error` : undefined} />
                    <FieldBits id={id} error={err(id)} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <Page
      title={t("rates.yearTitle", { year: d.year })}
      lead={t("rates.yearLead")}
      breadcrumbs={[{ label: common("staff.home.title"), to: "/gestione" }, { label: t("rates.title"), to: "/gestione/tributi/aliquote" }, { label: String(d.year) }]}
      feedback={false}
    >
      <ErrorList title={t("common.errorsTitle")} links={d.summary} answer={answered ? d : undefined} />
      {d.notice ? (
        <p className="alert alert-success" role="status" data-testid="rates-notice">
          {d.notice}
        </p>
      ) : null}
      <p className="small">{d.lastUpdate}</p>
      <Form method="post" noValidate key={d.stamp} data-testid="rate-year-form">
        <CsrfField />
        <section aria-labelledby="imu-title" className="mb-4">
          <h2 id="imu-title" className="h4">
            {t("rates.imuTitle", { year: d.year })}
          </h2>
          {check("increase_c755", t("rates.increase"), v.imu.increase_c755)}
          <div className="row">
            {d.cases.map((c) => field(c.field, t(`rates.cases.${c.field}`), v.imu[c.field as keyof typeof v.imu] as string, { hint: c.limits }))}
            {field("deduction", t("rates.deduction"), v.imu.deduction)}
            {field("minimum_payment", t("rates.minimum"), v.imu.minimum_payment)}
            {field("acconto_due", t("rates.accontoDue"), v.imu.acconto_due, { type: "date" })}
            {field("saldo_due", t("rates.saldoDue"), v.imu.saldo_due, { type: "date" })}
            {field("source", t("rates.source"), v.imu.source, { hint: t("rates.sourceHint"), type: "text", wide: true })}
          </div>
        </section>
        <section aria-labelledby="tari-title" className="mb-4">
          <h2 id="tari-title" className="h4">
            {t("rates.tariTitle", { year: d.year })}
          </h2>
          {check("tari_illustrative", t("rates.illustrative"), v.tari.illustrative)}
          <div className="row">
            {field("tari_tefa", t("rates.tefa"), v.tari.tefa)}
            {field("tari_acconto_share", t("rates.accontoShare"), v.tari.acconto_share)}
            {field("tari_acconto_due_1", t("rates.due1"), v.tari.acconto_due_1, { type: "date" })}
            {field("tari_acconto_due_2", t("rates.due2"), v.tari.acconto_due_2, { type: "date" })}
            {field("tari_saldo_due", t("rates.due3"), v.tari.saldo_due, { type: "date" })}
            {field("tari_minimum_payment", t("rates.tariMinimum"), v.tari.minimum_payment)}
            {field("tari_source", t("rates.source"), v.tari.source, { hint: t("rates.sourceHint"), type: "text", wide: true })}
          </div>
        </section>
        <section aria-labelledby="tariffs-title" className="mb-4">
          <h2 id="tariffs-title" className="h4">
            {t("rates.tariffsTitle", { year: d.year })}
          </h2>
          {tariffTable(
            v.tariffs.filter((r) => r.use === "domestic"),
            t("rates.domesticCaption"),
            t("rates.variableYear"),
          )}
          {tariffTable(
            v.tariffs.filter((r) => r.use === "non_domestic"),
            t("rates.nonDomesticCaption"),
            t("rates.variableSqm"),
          )}
        </section>
        <button type="submit" className="btn btn-primary" data-testid="save-rates">
          {t("rates.save", { year: d.year })}
        </button>
      </Form>
      <p className="mt-4">
        <Link to="/gestione/tributi/aliquote">{t("rates.back")}</Link>
      </p>
    </Page>
  );
}
