import { Form, Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { useHydrated } from "~/components/staff/StaffForm";
import { TableScroll } from "~/components/ui/TableScroll";
import { F24Lines } from "~/components/tax/F24Lines";
import { CADASTRAL_CATEGORIES, type ImuFormProperty, imuFieldId } from "~/domain/calc-form";
import taxEn from "~/locales/tax.en";
import taxIt from "~/locales/tax.it";
import type { ImuPageData } from "~/utils/calc-routes.server";
import { useNamespace } from "~/utils/namespace";
import { CalcErrors, describedBy, FieldBits, ResultSection, useAnswer } from "./CalcParts";
import { useCalcT } from "./useCalcT";

const KINDS = ["fabbricato", "terreno", "area_fabbricabile"] as const;
const REDUCTIONS = ["comodato", "inagibile", "storico"] as const;

function PropertyFields({ p, i, count, errors }: { p: ImuFormProperty; i: number; count: number; errors: Record<string, string> }) {
  const { t } = useCalcT();
  const hydrated = useHydrated();
  const [kind, setKind] = useState(p.tipo);
  const id = (f: keyof ImuFormProperty) => imuFieldId(i, f);
  const err = (f: keyof ImuFormProperty) => errors[id(f)] ?? null;
  // Without JavaScript every value field is there, each saying which kind it is for; with it only the kind's own.
  const shows = (k: string) => !hydrated || kind === k;
  const text = (f: "rendita" | "redditoDominicale" | "valoreVenale" | "quotaPossesso", hint: boolean) => (
    <div className="form-group mb-4 col-12 col-md-6">
      <label htmlFor={id(f)} className="active">
        {t(`imu.fields.${f}`)}
      </label>
      <input id={id(f)} name={id(f)} type="text" inputMode="decimal" autoComplete="off" className={`form-control${err(f) ? " is-invalid" : ""}`} defaultValue={p[f]} aria-invalid={err(f) ? true : undefined} aria-describedby={describedBy(id(f), hint, Boolean(err(f)))} />
      <FieldBits id={id(f)} hint={hint ? t(`imu.hints.${f}`) : null} error={err(f)} />
    </div>
  );
  const date = (f: "dal" | "al") => (
    <div className="form-group mb-4 col-12 col-md-6">
      <label htmlFor={id(f)} className="active">
        {t(`imu.fields.${f}`)}
      </label>
      <input id={id(f)} name={id(f)} type="date" className={`form-control${err(f) ? " is-invalid" : ""}`} defaultValue={p[f]} aria-invalid={err(f) ? true : undefined} aria-describedby={describedBy(id(f), true, Boolean(err(f)))} />
      <FieldBits id={id(f)} hint={t("common.periodHint")} error={err(f)} />
    </div>
  );
  const check = (f: "abitazionePrincipale" | "canoneConcordato" | "alloggioSociale") => (
    <div className="form-check mb-2">
      <input id={id(f)} name={id(f)} type="checkbox" value="1" defaultChecked={p[f]} aria-invalid={err(f) ? true : undefined} aria-describedby={err(f) ? `${id(f)}-error` : undefined} />
      <label htmlFor={id(f)}>{t(`imu.fields.${f}`)}</label>
      <FieldBits id={id(f)} error={err(f)} />
    </div>
  );
  return (
    <fieldset className="border rounded p-3 mb-4" data-testid={`property-${i}`}>
      <legend className="h5 px-2 w-auto float-none">{t("imu.propertyN", { n: i + 1 })}</legend>
      <div className="row">
        <div className="form-group mb-4 col-12 col-md-6">
          <label htmlFor={id("tipo")} className="active">
            {t("imu.fields.tipo")}
          </label>
          <select id={id("tipo")} name={id("tipo")} className={`form-select w-100${err("tipo") ? " is-invalid" : ""}`} defaultValue={p.tipo} onChange={(e) => setKind(e.currentTarget.value)} aria-invalid={err("tipo") ? true : undefined} aria-describedby={describedBy(id("tipo"), false, Boolean(err("tipo")))}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`imu.kinds.${k}`)}
              </option>
            ))}
          </select>
          <FieldBits id={id("tipo")} error={err("tipo")} />
        </div>
        {shows("fabbricato") ? (
          <div className="form-group mb-4 col-12 col-md-6">
            <label htmlFor={id("categoria")} className="active">
              {t("imu.fields.categoria")}
            </label>
            <select id={id("categoria")} name={id("categoria")} className={`form-select w-100${err("categoria") ? " is-invalid" : ""}`} defaultValue={p.categoria} aria-invalid={err("categoria") ? true : undefined} aria-describedby={describedBy(id("categoria"), true, Boolean(err("categoria")))}>
              <option value="">{t("imu.chooseCategory")}</option>
              {CADASTRAL_CATEGORIES.map((g) => (
                <optgroup key={g.group} label={t(`imu.groups.${g.group}`)}>
                  {g.codes.map((c) => (
                    <option key={c} value={c}>
                      {`${c} – ${t(`imu.categories.${c}`)}`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <FieldBits id={id("categoria")} hint={t("imu.hints.categoria")} error={err("categoria")} />
          </div>
        ) : null}
        {shows("fabbricato") ? text("rendita", true) : null}
        {shows("terreno") ? text("redditoDominicale", true) : null}
        {shows("area_fabbricabile") ? text("valoreVenale", true) : null}
        {text("quotaPossesso", true)}
        {date("dal")}
        {date("al")}
      </div>
      {check("abitazionePrincipale")}
      <div className="form-group mb-4 mt-3">
        <label htmlFor={id("riduzione")} className="active">
          {t("imu.fields.riduzione")}
        </label>
        <select id={id("riduzione")} name={id("riduzione")} className={`form-select w-100${err("riduzione") ? " is-invalid" : ""}`} defaultValue={p.riduzione} aria-invalid={err("riduzione") ? true : undefined} aria-describedby={describedBy(id("riduzione"), false, Boolean(err("riduzione")))}>
          <option value="">{t("imu.reductions.none")}</option>
          {REDUCTIONS.map((r) => (
            <option key={r} value={r}>
              {t(`imu.reductions.${r}`)}
            </option>
          ))}
        </select>
        <FieldBits id={id("riduzione")} error={err("riduzione")} />
      </div>
      {check("canoneConcordato")}
      {check("alloggioSociale")}
      {count > 1 ? (
        <button type="submit" name="intent" value={`rimuovi-${i}`} className="btn btn-outline-danger btn-sm mt-2" data-testid={`remove-${i}`}>
          {t("imu.removeWhat", { n: i + 1 })}
        </button>
      ) : null}
    </fieldset>
  );
}

function ImuResult({ r, stamp }: { r: NonNullable<ImuPageData["result"]>; stamp: string }) {
  const { t } = useCalcT();
  const { t: tax } = useNamespace("tax", { it: taxIt, en: taxEn });
  return (
    <ResultSection title={t("imu.resultTitle", { year: r.year })} stamp={stamp}>
      <p className="alert alert-info">{t("common.estimate")}</p>
      <h3 className="h5">{t("imu.totals")}</h3>
      <dl className="row" data-testid="imu-totals">
        <dt className="col-12 col-md-6">{t("imu.total")}</dt>
        <dd className="col-12 col-md-6 fw-semibold" data-testid="imu-total">
          {r.total}
        </dd>
        <dt className="col-12 col-md-6">{t("imu.acconto", { date: r.accontoDue })}</dt>
        <dd className="col-12 col-md-6" data-testid="imu-acconto">
          {r.acconto}
        </dd>
        <dt className="col-12 col-md-6">{t("imu.saldo", { date: r.saldoDue })}</dt>
        <dd className="col-12 col-md-6" data-testid="imu-saldo">
          {r.saldo}
        </dd>
      </dl>
      {r.belowMinimum ? <p className="fw-semibold">{r.belowMinimum}</p> : null}
      {r.credit ? <p>{r.credit}</p> : null}
      <TableScroll label={t("imu.propertiesCaption", { year: r.year })}>
        <table className="table table-sm" data-testid="imu-properties">
          <caption>{t("imu.propertiesCaption", { year: r.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("imu.property")}</th>
              <th scope="col" className="text-end">
                {t("imu.base")}
              </th>
              <th scope="col" className="text-end">
                {t("imu.months")}
              </th>
              <th scope="col" className="text-end">
                {t("imu.firstHalf")}
              </th>
              <th scope="col">{t("imu.computation")}</th>
              <th scope="col" className="text-end">
                {t("imu.tax")}
              </th>
              <th scope="col">{t("imu.code")}</th>
            </tr>
          </thead>
          <tbody>
            {r.properties.map((p) => (
              <tr key={p.name}>
                <th scope="row">
                  {p.name}
                  <div className="small fw-normal">{p.treatment}</div>
                </th>
                <td className="text-end">{p.base}</td>
                <td className="text-end">{p.months}</td>
                <td className="text-end">{p.firstHalf}</td>
                <td className="small">{p.explanation}</td>
                <td className="text-end">{p.tax}</td>
                <td>
                  {p.code}
                  {p.split ? <div className="small">{p.split}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {r.lines.length ? (
        <F24Lines caption={t("imu.f24Caption", { year: r.year, ente: r.ente })} lines={r.lines} testId="imu-f24" />
      ) : (
        <p>{t("imu.nothingToPay")}</p>
      )}
      <p data-testid="imu-acconto-rates">{r.accontoRates}</p>
      <p className="small" data-testid="imu-source">
        {r.source}
      </p>
      <h3 className="h5">{t("common.whyTitle")}</h3>
      <ul>
        <li>{tax("position.whatIs.rendita")}</li>
        <li>{tax("position.whatIs.codiceTributo")}</li>
        <li>{tax("position.whatIs.acconto")}</li>
      </ul>
    </ResultSection>
  );
}

export function ImuCalculator() {
  const { t } = useCalcT();
  const { t: common } = useTranslation();
  const { d, answered } = useAnswer<ImuPageData>();
  const errors = Object.fromEntries(d.errors.map((e) => [e.id, e.message]));
  useEffect(() => {
    if (d.focus) document.getElementById(d.focus)?.focus();
  }, [d.focus, d.stamp]);
  const yearError = errors.anno ?? null;
  return (
    <Page title={t("imu.title")} lead={t("imu.lead")} breadcrumbs={[{ label: common("header.nav.services"), to: "/servizi" }, { label: t("imu.title") }]}>
      <CalcErrors errors={d.errors} answer={answered ? d : undefined} />
      <p>{t("common.estimate")}</p>
      {d.notice ? (
        <p className="alert alert-info" role="status" data-testid="calc-notice">
          {d.notice}
        </p>
      ) : null}
      <Form method="post" noValidate key={d.stamp} data-testid="imu-form">
        {/* The first submit button is the one Enter presses: calculate, not "Remove". */}
        <button type="submit" name="intent" value="calcola" hidden tabIndex={-1} />
        <input type="hidden" name="count" value={d.values.immobili.length} />
        <div className="form-group mb-4 col-12 col-md-4">
          <label htmlFor="anno" className="active">
            {t("common.year")}
          </label>
          <select id="anno" name="anno" className={`form-select w-100${yearError ? " is-invalid" : ""}`} defaultValue={d.values.anno} aria-invalid={yearError ? true : undefined} aria-describedby={yearError ? "anno-error" : undefined}>
            {d.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <FieldBits id="anno" error={yearError} />
        </div>
        {d.values.immobili.map((p, i) => (
          <PropertyFields key={`${d.stamp}-${i}`} p={p} i={i} count={d.values.immobili.length} errors={errors} />
        ))}
        <div className="d-flex flex-wrap gap-3 mb-4">
          {d.values.immobili.length < d.max ? (
            <button type="submit" name="intent" value="aggiungi" className="btn btn-outline-primary" data-testid="add-property">
              {t("imu.add")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="calcola" className="btn btn-primary" data-testid="calculate">
            {t("common.calculate")}
          </button>
        </div>
      </Form>
      {d.result ? <ImuResult r={d.result} stamp={d.stamp} /> : null}
      <p className="mt-4">{t("common.positionLink")}</p>
      <p>
        <Link to="/calcolo-tari">{t("common.otherCalculator")}</Link>
      </p>
      <p className="small">{t("common.apiNote", { api: "POST /api/v1/imu/calcolo" })}</p>
    </Page>
  );
}
