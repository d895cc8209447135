import { Glossed } from "~/components/plain/Glossed";
import { PlainSummary } from "~/components/plain/PlainSummary";
import { useLoaderData } from "@remix-run/react";
import { CsrfField } from "~/components/ui/CsrfField";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import { F24Lines } from "./F24Lines";
import taxEn from "~/locales/tax.en";
import taxIt from "~/locales/tax.it";
import type { PositionData } from "~/utils/tax-routes.server";
import { useNamespace } from "~/utils/namespace";

export const useTaxT = () => useNamespace("tax", { it: taxIt, en: taxEn });

type Year = PositionData["years"][number];
type Balance = NonNullable<Year["imu"]>;

/** The online application that asks the Tax Office to correct the position (its form: app/forms/services/tributi-rettifica.ts). */
const CORRECTION_URL = "/area-personale/domande/nuova/tributi-rettifica";

const STATUS_CLASS: Record<string, string> = { paid: "success", open: "warning", late: "danger", overpaid: "info", nothing_due: "secondary" };

/** Status as words (never colour alone), with the amounts. */
/** Late instalments: what paying today adds (ravvedimento operoso), each part with how it was computed. */
function LateCharges({ rows, tax, year }: { rows: Balance["lateCharges"]; tax: "IMU" | "TARI"; year: number }) {
  const { t } = useTaxT();
  if (!rows.length) return null;
  return (
    <div className="mb-3">
      <h4 className="h6">{t("late.title", { tax: t(`position.tax.${tax}`), year })}</h4>
      <p className="small">
        <Glossed text={t("late.plain")} />
      </p>
      {rows.map((r) => {
        const caption = t("late.caption", { instalment: r.label, due: r.due, days: r.days });
        return (
          <TableScroll key={r.label} label={caption}>
            <table className="table table-sm" data-testid={`late-${tax}-${year}`}>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("late.part")}</th>
                  <th scope="col">{t("position.computation")}</th>
                  <th scope="col" className="text-end">
                    {t("position.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t("late.tax")}</th>
                  <td className="small">{t("late.taxText")}</td>
                  <td className="text-end">{r.tax}</td>
                </tr>
                {r.computed ? (
                  <>
                    <tr>
                      <th scope="row">{t("late.sanction")}</th>
                      <td className="small">{r.sanctionText}</td>
                      <td className="text-end">{r.sanction}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t("late.interest")}</th>
                      <td className="small">
                        {r.interestLines.map((l) => (
                          <div key={l}>{l}</div>
                        ))}
                      </td>
                      <td className="text-end">{r.interest}</td>
                    </tr>
                  </>
                ) : (
                  <tr>
                    <th scope="row">{t("late.sanction")}</th>
                    <td colSpan={2}>{t("late.unknown")}</td>
                  </tr>
                )}
                <tr>
                  <th scope="row">{t("late.total")}</th>
                  <td />
                  <td className="text-end fw-semibold">{r.total}</td>
                </tr>
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </div>
  );
}

function BalanceFacts({ b, tax, year }: { b: Pick<Balance, "status" | "due" | "paid" | "balance" | "credit" | "next" | "key" | "nextAmount" | "nextKey" | "f24" | "lateCharges" | "plan">; tax: "IMU" | "TARI"; year: number }) {
  const { t } = useTaxT();
  return (
    <>
      <p className="mb-2">
        <span className={`badge bg-${STATUS_CLASS[b.status] ?? "secondary"} text-wrap`} data-testid={`status-${b.key}-${year}`}>
          {t(`position.status.${b.status}`)}
        </span>
      </p>
      <dl className="row mb-2">
        <dt className="col-6 col-md-4">{t("position.due")}</dt>
        <dd className="col-6 col-md-8">{b.due}</dd>
        <dt className="col-6 col-md-4">{t("position.paid")}</dt>
        <dd className="col-6 col-md-8">{b.paid}</dd>
        <dt className="col-6 col-md-4">{t("position.balance")}</dt>
        <dd className="col-6 col-md-8 fw-semibold" data-testid={`balance-${b.key}-${year}`}>
          {b.balance}
        </dd>
      </dl>
      {b.credit ? <p>{t("position.credit", { amount: b.credit })}</p> : null}
      {b.next ? <p className="fw-semibold">{b.next}</p> : null}
      <LateCharges rows={b.lateCharges} tax={tax} year={year} />
      {b.f24 ? (
        <p>
          <a href={b.f24} download data-testid={`f24-${year}`}>
            {t("position.f24Download", { year })}
          </a>
        </p>
      ) : null}
      {b.plan ? (
        <p>
          <a href={b.plan} download data-testid={`plan-${b.key}-${year}`}>
            {t("position.planDownload", { tax: t(`position.tax.${tax}`), year })}
          </a>
        </p>
      ) : null}
      {b.nextAmount && b.nextKey ? (
        <form method="post" className="mb-3">
          <CsrfField />
          <input type="hidden" name="tax" value={tax} />
          <input type="hidden" name="year" value={year} />
          <button
            type="submit"
            className="btn btn-primary"
            data-testid={`pay-${b.key}-${year}`}
          >
            {t("position.pay", { amount: b.nextAmount })}
            <span className="visually-hidden"> {t("position.payWhat", { instalment: t(`position.instalment.${b.nextKey}`), tax: t(`position.tax.${tax}`), year })}</span>
          </button>
        </form>
      ) : null}
    </>
  );
}

function Instalments({ rows, caption }: { rows: { label: string; due: string; amount: string }[]; caption: string }) {
  const { t } = useTaxT();
  if (!rows.length) return null;
  return (
    <TableScroll label={caption}>
      <table className="table table-sm">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("position.instalmentCol")}</th>
            <th scope="col">{t("position.dueDate")}</th>
            <th scope="col" className="text-end">
              {t("position.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.due}</td>
              <td className="text-end">{r.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A tax's computation, one row per property or account: what, for how long, the formula written out, the amount. */
function ComputationTable({ caption, heads, rows }: { caption: string; heads: [string, string, string]; rows: { name: string; notes: string[]; period: number; explanation: string; amount: string }[] }) {
  const { t } = useTaxT();
  return (
    <TableScroll label={caption}>
      <table className="table table-sm">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heads[0]}</th>
            <th scope="col">{heads[1]}</th>
            <th scope="col">{t("position.computation")}</th>
            <th scope="col" className="text-end">
              {heads[2]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">
                {r.name}
                {r.notes.map((n, j) => (
                  <div key={j} className="small fw-normal">
                    {n}
                  </div>
                ))}
              </th>
              <td>{r.period}</td>
              <td className="small">{r.explanation}</td>
              <td className="text-end">{r.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ImuSection({ y, ente }: { y: Year; ente: string }) {
  const { t } = useTaxT();
  const imu = y.imu;
  if (!imu) return null;
  return (
    <section className="mb-4" aria-labelledby={`imu-${y.year}`}>
      <h3 id={`imu-${y.year}`} className="h5">
        {t("position.tax.IMU")} {y.year}
      </h3>
      <BalanceFacts b={imu} tax="IMU" year={y.year} />
      <Instalments rows={imu.instalments} caption={t("position.instalmentsCaption", { tax: "IMU", year: y.year })} />
      <ComputationTable
        caption={t("position.imuCaption", { year: y.year })}
        heads={[t("position.property"), t("position.months"), t("position.tax_amount")]}
        rows={imu.properties.map((p) => ({ name: p.address, notes: [p.cadastral, p.treatment], period: p.months, explanation: p.explanation, amount: p.tax }))}
      />
      {imu.lines.length ? <F24Lines caption={t("position.f24Caption", { year: y.year, ente })} lines={imu.lines} /> : null}
    </section>
  );
}

function TariSection({ y }: { y: Year }) {
  const { t } = useTaxT();
  const tari = y.tari;
  if (!tari) return null;
  return (
    <section className="mb-4" aria-labelledby={`tari-${y.year}`}>
      <h3 id={`tari-${y.year}`} className="h5">
        {t("position.tax.TARI")} {y.year}
      </h3>
      <BalanceFacts b={tari} tax="TARI" year={y.year} />
      <Instalments rows={tari.instalments} caption={t("position.instalmentsCaption", { tax: "TARI", year: y.year })} />
      <ComputationTable
        caption={t("position.tariCaption", { year: y.year })}
        heads={[t("position.account"), t("position.days"), t("position.amount")]}
        rows={tari.accounts.map((a) => ({ name: a.address, notes: [a.kind], period: a.days, explanation: a.explanation, amount: a.total }))}
      />
    </section>
  );
}

function Payments({ y }: { y: Year }) {
  const { t } = useTaxT();
  if (!y.payments.length) return <p>{t("position.noPayments")}</p>;
  return (
    <TableScroll label={t("position.paymentsCaption", { year: y.year })}>
      <table className="table table-sm">
        <caption>{t("position.paymentsCaption", { year: y.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("position.paidOn")}</th>
            <th scope="col">{t("position.reference")}</th>
            <th scope="col">{t("position.channel")}</th>
            <th scope="col" className="text-end">
              {t("position.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {y.payments.map((p) => (
            <tr key={p.id}>
              <td>{p.date}</td>
              <th scope="row">{p.reference}</th>
              <td>{p.channel}</td>
              <td className="text-end">{p.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function TaxPositionPage() {
  const { t } = useTaxT();
  const d = useLoaderData() as PositionData;
  return (
    <Page title={t("position.title")} lead={t("position.lead")} breadcrumbs={[{ label: t("translation:personalArea.title"), to: "/area-personale" }, { label: t("position.title") }]} feedback={false}>
      {d.notice ? (
        <div className={`alert ${d.notice === "pagato" ? "alert-success" : "alert-info"}`} role="status" data-testid="payment-result">
          {t(`position.result.${d.notice}`)}
        </div>
      ) : null}
      {d.actingFor ? <p className="alert alert-info">{t("position.actingFor", { name: d.actingFor })}</p> : null}
      {d.illustrative ? <p className="alert alert-warning">{t("position.illustrative")}</p> : null}
      <PlainSummary id="in-parole-semplici" title={t("position.plainTitle")}>
        <p className="mb-2">
          <Glossed text={t("position.plain")} />
        </p>
      </PlainSummary>
      {d.empty ? (
        <p>{t("position.empty")}</p>
      ) : (
        <>
          <section className="callout mb-5" aria-labelledby="summary-title">
            <h2 id="summary-title" className="callout-title h5">
              {t("position.summaryTitle")}
            </h2>
            {d.hasOpen ? (
              <p className="mb-0" data-testid="open-total">
                {t("position.open")}: <strong>{d.open}</strong>
                {d.late ? ` (${t("position.late")} ${d.late})` : null}
              </p>
            ) : (
              <p className="mb-0" data-testid="open-total">
                {t("position.nothingOpen")}
              </p>
            )}
          </section>
          {d.years.map((y) => (
            <section key={y.year} className="mb-5" aria-labelledby={`year-${y.year}`}>
              <h2 id={`year-${y.year}`} className="h3">
                {t("position.yearTitle", { year: y.year })}
              </h2>
              <ImuSection y={y} ente={d.ente} />
              <TariSection y={y} />
              <Payments y={y} />
              <p>
                <a href={CORRECTION_URL} data-testid={`correction-${y.year}`}>
                  {t("position.correction", { year: y.year })}
                </a>
              </p>
            </section>
          ))}
          <section className="mb-4" aria-labelledby="words">
            <h2 id="words" className="h4">
              {t("position.whatIs.title")}
            </h2>
            <ul>
              <li>{t("position.whatIs.rendita")}</li>
              <li>{t("position.whatIs.codiceTributo")}</li>
              <li>{t("position.whatIs.acconto")}</li>
            </ul>
            <p>
              {t("position.calculators")} <a href="/calcolo-imu">{t("position.calcImu")}</a> · <a href="/calcolo-tari">{t("position.calcTari")}</a>
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
