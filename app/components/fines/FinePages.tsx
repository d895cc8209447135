import { Glossed } from "~/components/plain/Glossed";
import { PlainSummary } from "~/components/plain/PlainSummary";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import type { FineView, LookupData, OwnFinesData } from "~/utils/fine-routes.server";
import { useFinesT } from "./useFinesT";

const STATE_CLASS: Record<string, string> = { open: "warning", paid: "success", appealed: "info", cancelled: "secondary" };

function LookupForm({ values, errors }: { values: { reportNumber: string; plate: string }; errors: { field: string; text: string }[] }) {
  const { t } = useFinesT();
  const error = (field: string) => errors.find((e) => e.field === field)?.text;
  const field = (name: "verbale" | "targa", label: string, hint: string, value: string, extra: { maxLength: number; mono?: boolean }) => (
    <div className="form-group mb-4">
      <label htmlFor={name} className="active">
        {label}
      </label>
      <p className="form-text small mb-1" id={`${name}-hint`}>
        {hint}
      </p>
      <input
        type="text"
        id={name}
        name={name}
        className={`form-control${extra.mono ? " font-monospace" : ""}${error(name) ? " is-invalid" : ""}`}
        defaultValue={value}
        maxLength={extra.maxLength}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        aria-invalid={error(name) ? true : undefined}
        aria-describedby={`${name}-hint${error(name) ? ` ${name}-error` : ""}`}
      />
      {error(name) ? (
        <div className="form-feedback just-validate-error-label d-block text-danger" id={`${name}-error`}>
          {error(name)}
        </div>
      ) : null}
    </div>
  );
  return (
    <Form method="get" action="/multe" noValidate className="mb-5" aria-labelledby="lookup-title">
      {/* Room above the first field: bootstrap-italia lifts its label over the input's top edge. */}
      <h2 className="h4 mb-5" id="lookup-title">
        {t("lookup.formTitle")}
      </h2>
      {field("verbale", t("lookup.report"), t("lookup.reportHint"), values.reportNumber, { maxLength: 40 })}
      {field("targa", t("lookup.plate"), t("lookup.plateHint"), values.plate, { maxLength: 12, mono: true })}
      <button type="submit" className="btn btn-primary">
        {t("lookup.submit")}
      </button>
    </Form>
  );
}

function Bands({ fine }: { fine: FineView }) {
  const { t } = useFinesT();
  return (
    <TableScroll label={t("fine.bandsCaption")}>
      <table className="table table-sm" data-testid="fine-bands">
        <caption>{t("fine.bandsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fine.bandHead")}</th>
            <th scope="col">{t("fine.untilHead")}</th>
            <th scope="col" className="text-end">
              {t("fine.sanctionHead")}
            </th>
            <th scope="col" className="text-end">
              {t("fine.costsHead")}
            </th>
            <th scope="col" className="text-end">
              {t("fine.totalHead")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fine.bands.map((b) => (
            <tr key={b.key} className={b.current ? "table-warning" : undefined}>
              <th scope="row">
                {b.label}
                {b.current ? <strong> {t("fine.todayMark")}</strong> : null}
              </th>
              <td>{b.until}</td>
              <td className="text-end">{b.sanction}</td>
              <td className="text-end">{b.costs}</td>
              <td className="text-end fw-semibold">{b.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function FineDetail({ fine, outcome }: { fine: FineView; outcome: string | null }) {
  const { t } = useFinesT();
  return (
    <section className="mb-5">
      {outcome ? (
        <div className={`alert alert-${outcome === "pagato" ? "success" : "info"}`} role="status" data-testid="fine-outcome">
          {t(`fine.outcome.${outcome}`)}
        </div>
      ) : null}
      <p>
        <span className="visually-hidden">{t("fine.stateLabel")}: </span>
        <span className={`badge bg-${STATE_CLASS[fine.state] ?? "secondary"} text-wrap`} data-testid="fine-state">
          {fine.stateText}
        </span>
      </p>
      {fine.today ? (
        <p className="lead" data-testid="fine-today">
          {fine.today}
        </p>
      ) : null}
      {fine.next ? <p data-testid="fine-next">{fine.next}</p> : null}
      {fine.paidAlready ? <p>{fine.paidAlready}</p> : null}
      {fine.paidText ? (
        <p className="lead" data-testid="fine-paid">
          {fine.paidText}
        </p>
      ) : null}
      {fine.state === "appealed" ? <p className="lead">{t("fine.appealedText")}</p> : null}
      {fine.state === "cancelled" ? <p className="lead">{t("fine.cancelledText")}</p> : null}
      {fine.noReduction ? <p className="alert alert-info">{t("fine.noReduction")}</p> : null}

      {fine.payable || fine.driverForm || fine.appealForm ? (
        <>
          <h2 className="h4 mt-4">{t("fine.actions")}</h2>
          <div className="row g-4 mb-4">
            {fine.payable ? (
              <div className="col-md-4">
                <Form method="post" action={`/multe?${fine.proof}`}>
                  <CsrfField />
                  <button type="submit" name="intent" value="pay" className="btn btn-primary" data-testid="fine-pay">
                    {t("fine.pay", { amount: fine.payAmount })}
                  </button>
                </Form>
                {fine.payUntil ? <p className="small mt-2">{t("fine.payHint", { until: fine.payUntil })}</p> : null}
              </div>
            ) : null}
            {fine.driverForm ? (
              <div className="col-md-4">
                <a href={fine.driverForm} className="btn btn-outline-primary" data-testid="fine-driver">
                  {t("fine.driver")}
                </a>
                <p className="small mt-2">{t("fine.driverHint")}</p>
              </div>
            ) : null}
            {fine.appealForm ? (
              <div className="col-md-4">
                <a href={fine.appealForm} className="btn btn-outline-primary" data-testid="fine-appeal">
                  {t("fine.appeal")}
                </a>
                <p className="small mt-2">{t("fine.appealHint")}</p>
              </div>
            ) : null}
          </div>
        </>
      ) : null}

      <Bands fine={fine} />
      <p className="small">{t("fine.rules")}</p>

      <h2 className="h4 mt-4">{t("fine.facts")}</h2>
      <dl className="row">
        <dt className="col-sm-4">{t("fine.plate")}</dt>
        <dd className="col-sm-8 font-monospace">{fine.plate}</dd>
        <dt className="col-sm-4">{t("fine.when")}</dt>
        <dd className="col-sm-8">{fine.when}</dd>
        <dt className="col-sm-4">{t("fine.place")}</dt>
        <dd className="col-sm-8">{fine.place}</dd>
        <dt className="col-sm-4">{t("fine.violation")}</dt>
        <dd className="col-sm-8">
          {fine.description} ({fine.article})
        </dd>
        <dt className="col-sm-4">{t("fine.notified")}</dt>
        <dd className="col-sm-8">{fine.notified}</dd>
        <dt className="col-sm-4">{t("fine.points")}</dt>
        <dd className="col-sm-8">{fine.points}</dd>
      </dl>
    </section>
  );
}

/** /multe: the lookup form; below it, once found, the fine with its bands and what can be done. */
export function FineLookup() {
  const { t } = useFinesT();
  const d = useLoaderData() as LookupData;
  return (
    <Page title={d.fine ? t("fine.heading", { report: d.fine.report }) : t("lookup.title")} lead={d.fine ? undefined : t("lookup.lead")} breadcrumbs={[{ label: t("lookup.title"), to: d.fine ? "/multe" : undefined }, ...(d.fine ? [{ label: t("fine.heading", { report: d.fine.report }) }] : [])]}>
      <ErrorList title={t("translation:errors.errorSummaryTitle")} links={d.errors.map((e) => ({ href: `#${e.field}`, text: e.text }))} answer={d.values} />
      {d.fine ? (
        <>
          <FineDetail fine={d.fine} outcome={d.outcome} />
          <p>
            <Link to="/multe">{t("lookup.another")}</Link>
          </p>
        </>
      ) : (
        <>
          <PlainSummary id="in-parole-semplici" title={t("lookup.plainTitle")}>
            <p className="mb-2">
              <Glossed text={t("lookup.plain")} />
            </p>
          </PlainSummary>
          <LookupForm values={d.values} errors={d.errors} />
        </>
      )}
    </Page>
  );
}

/** /area-personale/multe: the fines of the vehicles registered to the citizen. */
export function OwnFines() {
  const { t } = useFinesT();
  const d = useLoaderData() as OwnFinesData;
  return (
    <Page title={t("own.title")} lead={t("own.lead")} breadcrumbs={[{ label: t("translation:personalArea.title"), to: "/area-personale" }, { label: t("own.title") }]} feedback={false}>
      {d.fines.length === 0 ? (
        <p>{t("own.empty")}</p>
      ) : (
        <TableScroll label={t("own.caption")}>
          <table className="table">
            <caption>{t("own.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("own.report")}</th>
                <th scope="col">{t("own.plate")}</th>
                <th scope="col">{t("own.date")}</th>
                <th scope="col">{t("own.state")}</th>
                <th scope="col" className="text-end">
                  {t("own.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.fines.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={f.href} aria-label={t("own.open", { report: f.report })}>
                      {f.report}
                    </Link>
                  </th>
                  <td className="font-monospace">{f.plate}</td>
                  <td>{f.date}</td>
                  <td>{f.state}</td>
                  <td className="text-end">{f.amount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        <Link to="/multe">{t("lookup.title")}</Link>
      </p>
    </Page>
  );
}
