import { Form, Link } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { useHydrated } from "~/components/staff/StaffForm";
import { TableScroll } from "~/components/ui/TableScroll";
import type { TariFormValues } from "~/domain/calc-form";
import type { TariPageData } from "~/utils/calc-routes.server";
import { CalcErrors, describedBy, FieldBits, ResultSection, useAnswer } from "./CalcParts";
import { useCalcT } from "./useCalcT";

function TariResult({ r, stamp }: { r: NonNullable<TariPageData["result"]>; stamp: string }) {
  const { t } = useCalcT();
  const rows: [string, string][] = [
    [t("tari.fixed"), r.fixed],
    [t("tari.variable"), r.variable],
    ...(r.reduction ? ([[t("tari.reduction"), r.reduction]] as [string, string][]) : []),
    [t("tari.tariTotal"), r.tari],
    [r.tefaLabel, r.tefa],
    [t("tari.total"), r.total],
  ];
  return (
    <ResultSection title={t("tari.resultTitle", { year: r.year })} stamp={stamp}>
      {r.illustrative ? (
        <p className="alert alert-warning" data-testid="tari-illustrative">
          {t("tari.illustrative")}
        </p>
      ) : null}
      <p className="alert alert-info">{t("common.estimate")}</p>
      <p>{r.days}</p>
      <TableScroll label={t("tari.caption", { year: r.year })}>
        <table className="table table-sm" data-testid="tari-parts">
          <caption>{t("tari.caption", { year: r.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tari.part")}</th>
              <th scope="col" className="text-end">
                {t("tari.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, amount]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="text-end">{amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="small" data-testid="tari-explanation">
        {r.explanation}
      </p>
      {r.belowMinimum ? <p className="fw-semibold">{r.belowMinimum}</p> : null}
      {r.credit ? <p>{r.credit}</p> : null}
      {r.instalments.length ? (
        <TableScroll label={t("tari.instalmentsCaption", { year: r.year })}>
          <table className="table table-sm" data-testid="tari-instalments">
            <caption>{t("tari.instalmentsCaption", { year: r.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tari.instalment")}</th>
                <th scope="col">{t("tari.due")}</th>
                <th scope="col" className="text-end">
                  {t("tari.tariTotal")}
                </th>
                <th scope="col" className="text-end">
                  TEFA
                </th>
                <th scope="col" className="text-end">
                  {t("tari.total")}
                </th>
                <th scope="col">{t("tari.f24")}</th>
              </tr>
            </thead>
            <tbody>
              {r.instalments.map((i) => (
                <tr key={i.label}>
                  <th scope="row">{i.label}</th>
                  <td>{i.due}</td>
                  <td className="text-end">{i.tari}</td>
                  <td className="text-end">{i.tefa}</td>
                  <td className="text-end">{i.total}</td>
                  <td className="small">{i.f24}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <p>{r.accontoNote}</p>
      <p className="small">{r.source}</p>
      <h3 className="h5">{t("common.whyTitle")}</h3>
      <ul>
        <li>{t("tari.whyFixed")}</li>
        <li>{t("tari.whyVariable")}</li>
        <li>{t("tari.whyTefa")}</li>
      </ul>
    </ResultSection>
  );
}

export function TariCalculator() {
  const { t } = useCalcT();
  const { t: common } = useTranslation();
  const hydrated = useHydrated();
  const { d, answered } = useAnswer<TariPageData>();
  const [kind, setKind] = useState(d.values.tipo);
  const errors = Object.fromEntries(d.errors.map((e) => [e.id, e.message]));
  const err = (f: keyof TariFormValues) => errors[f] ?? null;
  const v = d.values;
  const text = (f: "occupanti" | "superficie" | "riduzione", mode: "numeric" | "decimal") => (
    <div className="form-group mb-4 col-12 col-md-6">
      <label htmlFor={f} className="active">
        {t(`tari.fields.${f}`)}
      </label>
      <input id={f} name={f} type="text" inputMode={mode} autoComplete="off" className={`form-control${err(f) ? " is-invalid" : ""}`} defaultValue={v[f]} aria-invalid={err(f) ? true : undefined} aria-describedby={describedBy(f, true, Boolean(err(f)))} />
      <FieldBits id={f} hint={t(`tari.hints.${f}`)} error={err(f)} />
    </div>
  );
  const date = (f: "dal" | "al") => (
    <div className="form-group mb-4 col-12 col-md-6">
      <label htmlFor={f} className="active">
        {t(`tari.fields.${f}`)}
      </label>
      <input id={f} name={f} type="date" className={`form-control${err(f) ? " is-invalid" : ""}`} defaultValue={v[f]} aria-invalid={err(f) ? true : undefined} aria-describedby={describedBy(f, true, Boolean(err(f)))} />
      <FieldBits id={f} hint={t("common.periodHint")} error={err(f)} />
    </div>
  );
  return (
    <Page title={t("tari.title")} lead={t("tari.lead")} breadcrumbs={[{ label: common("header.nav.services"), to: "/servizi" }, { label: t("tari.title") }]}>
      <CalcErrors errors={d.errors} answer={answered ? d : undefined} />
      {d.illustrative ? <p className="alert alert-warning">{t("tari.illustrative")}</p> : null}
      <p>{t("common.estimate")}</p>
      <Form method="post" noValidate key={d.stamp} data-testid="tari-form">
        <div className="row">
          <div className="form-group mb-4 col-12 col-md-6">
            <label htmlFor="anno" className="active">
              {t("common.year")}
            </label>
            <select id="anno" name="anno" className={`form-select w-100${err("anno") ? " is-invalid" : ""}`} defaultValue={v.anno} aria-invalid={err("anno") ? true : undefined} aria-describedby={err("anno") ? "anno-error" : undefined}>
              {d.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <FieldBits id="anno" error={err("anno")} />
          </div>
        </div>
        <fieldset className="mb-3" id="tipo" aria-describedby={err("tipo") ? "tipo-error" : undefined}>
          <legend className="h6">{t("tari.fields.tipo")}</legend>
          {(["domestica", "non_domestica"] as const).map((k) => (
            <div className="form-check" key={k}>
              <input type="radio" id={`tipo-${k}`} name="tipo" value={k} defaultChecked={v.tipo === k} onChange={() => setKind(k)} />
              <label htmlFor={`tipo-${k}`}>{t(`tari.kinds.${k}`)}</label>
            </div>
          ))}
          <FieldBits id="tipo" error={err("tipo")} />
        </fieldset>
        <div className="row">
          {!hydrated || kind === "domestica" ? text("occupanti", "numeric") : null}
          {!hydrated || kind === "non_domestica" ? (
            <div className="form-group mb-4 col-12 col-md-6">
              <label htmlFor="categoria" className="active">
                {t("tari.fields.categoria")}
              </label>
              <select id="categoria" name="categoria" className={`form-select w-100${err("categoria") ? " is-invalid" : ""}`} defaultValue={v.categoria} aria-invalid={err("categoria") ? true : undefined} aria-describedby={describedBy("categoria", true, Boolean(err("categoria")))}>
                <option value="">{t("tari.chooseCategory")}</option>
                {d.categories.map((c) => (
                  <option key={c.key} value={c.key} lang={d.categoriesLang ?? undefined}>
                    {`${c.key} – ${c.label}`}
                  </option>
                ))}
              </select>
              <FieldBits id="categoria" hint={t("tari.hints.categoria")} error={err("categoria")} />
            </div>
          ) : null}
          {text("superficie", "decimal")}
          {date("dal")}
          {date("al")}
          {text("riduzione", "decimal")}
        </div>
        <button type="submit" className="btn btn-primary mb-4" data-testid="calculate">
          {t("common.calculate")}
        </button>
      </Form>
      {d.result ? <TariResult r={d.result} stamp={d.stamp} /> : null}
      <p className="mt-4">{t("common.positionLink")}</p>
      <p>
        <Link to="/calcolo-imu">{t("common.otherCalculatorImu")}</Link>
      </p>
      <p className="small">{t("common.apiNote", { api: "POST /api/v1/tari/calcolo" })}</p>
    </Page>
  );
}
