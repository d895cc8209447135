import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import type { CounterData } from "~/utils/metrics-routes.server";
import { useMetricsT } from "./useMetricsT";

/** Field ids: the error summary links to them. */
const IDS = { service: "service", receivedOn: "receivedOn", channel: "channel-counter", protocol: "protocol" } as const;

function describedBy(id: string, hint: boolean, error: string | undefined) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="text-danger mt-1 mb-0" id={`${id}-error`}>
      {text}
    </p>
  ) : null;
}

/** Operators record the applications received outside the desk, and see the latest ones. */
export function CounterSubmissions() {
  const { t } = useMetricsT();
  const loaded = useLoaderData() as CounterData;
  const answered = useActionData() as CounterData | undefined;
  const d = answered ?? loaded;
  useErrorTitle(d.errors.length > 0);
  const err = Object.fromEntries(d.errors.map((e) => [e.field, e.text])) as Partial<Record<keyof typeof IDS, string>>;
  const links = d.errors.map((e) => ({ href: `#${IDS[e.field]}`, text: e.text }));
  const title = t("counter.title");
  return (
    <Page title={title} lead={t("counter.lead")} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: title }]} feedback={false}>
      <ErrorList title={t("counter.errorsTitle")} links={links} answer={answered} />
      {d.recorded ? (
        <div className="alert alert-success" role="status" data-testid="counter-recorded">
          {d.recorded}
        </div>
      ) : null}
      <h2 className="h4">{t("counter.formTitle")}</h2>
      {d.services.length === 0 ? (
        <p>{t("counter.noOffices")}</p>
      ) : (
        <Form method="post" noValidate className="mb-5">
          <CsrfField />
          <div className="select-wrapper mb-4">
            <label htmlFor={IDS.service}>{t("counter.service")}</label>
            <select
              id={IDS.service}
              name="service"
              defaultValue={d.values.service}
              key={`s-${d.values.service}`}
              aria-describedby={describedBy(IDS.service, true, err.service)}
              aria-invalid={err.service ? true : undefined}
              className="w-100 mw-100"
            >
              <option value="">{t("counter.chooseService")}</option>
              {d.services.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <small className="form-text" id={`${IDS.service}-hint`}>
              {t("counter.serviceHint")}
            </small>
            <FieldError id={IDS.service} text={err.service} />
          </div>
          <div className="form-group mb-4">
            <label htmlFor={IDS.receivedOn} className="active">
              {t("counter.receivedOn")}
            </label>
            <input
              id={IDS.receivedOn}
              name="receivedOn"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={d.values.receivedOn}
              key={`d-${d.values.receivedOn}`}
              className={`form-control${err.receivedOn ? " is-invalid" : ""}`}
              aria-describedby={describedBy(IDS.receivedOn, true, err.receivedOn)}
              aria-invalid={err.receivedOn ? true : undefined}
            />
            <small className="form-text" id={`${IDS.receivedOn}-hint`}>
              {t("counter.receivedOnHint")}
            </small>
            <FieldError id={IDS.receivedOn} text={err.receivedOn} />
          </div>
          <fieldset className="mb-4" aria-describedby={err.channel ? "channel-error" : undefined}>
            <legend className="fs-6 fw-semibold">{t("counter.channel")}</legend>
            {d.channels.map((c) => (
              <div className="form-check" key={c.value}>
                <input
                  className="form-check-input"
                  type="radio"
                  name="channel"
                  id={`channel-${c.value}`}
                  value={c.value}
                  defaultChecked={d.values.channel === c.value}
                  key={`c-${c.value}-${d.values.channel}`}
                />
                <label className="form-check-label" htmlFor={`channel-${c.value}`}>
                  {c.label}
                </label>
              </div>
            ))}
            <FieldError id="channel" text={err.channel} />
          </fieldset>
          <div className="form-group mb-4">
            <label htmlFor={IDS.protocol} className="active">
              {t("counter.protocol")}
            </label>
            <input
              id={IDS.protocol}
              name="protocol"
              type="text"
              autoComplete="off"
              defaultValue={d.values.protocol}
              key={`p-${d.values.protocol}`}
              className={`form-control${err.protocol ? " is-invalid" : ""}`}
              aria-describedby={describedBy(IDS.protocol, true, err.protocol)}
              aria-invalid={err.protocol ? true : undefined}
            />
            <small className="form-text" id={`${IDS.protocol}-hint`}>
              {t("counter.protocolHint")}
            </small>
            <FieldError id={IDS.protocol} text={err.protocol} />
          </div>
          <button type="submit" className="btn btn-primary">
            {t("counter.submit")}
          </button>
        </Form>
      )}
      <h2 className="h4">{t("counter.listTitle")}</h2>
      {d.rows.length === 0 ? (
        <p data-testid="counter-empty">{t("counter.empty")}</p>
      ) : (
        <TableScroll label={t("counter.caption")}>
          <table className="table" data-testid="counter-rows">
            <caption>{t("counter.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("counter.columns.receivedOn")}</th>
                <th scope="col">{t("counter.columns.service")}</th>
                <th scope="col">{t("counter.columns.channel")}</th>
                <th scope="col">{t("counter.columns.protocol")}</th>
                <th scope="col">{t("counter.columns.recordedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.receivedOn}</th>
                  <td>{r.service}</td>
                  <td>{r.channel}</td>
                  <td>{r.protocol ?? t("counter.noProtocol")}</td>
                  <td>{r.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
