import { Form, Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type {
  ApplicantStepData,
  ApplicantValues,
  DayStepData,
  DetailsStepData,
  OfficeStepData,
  ReasonStepData,
  SummaryStepData,
  TimeStepData,
} from "~/utils/appointment-routes.server";
import { describedBy, FieldError, RadioGroup, StepFrame, useAppointmentsT, useStepErrors } from "./shared";

/**
 * Step 1, the public page of the flow (the one the conformity checker opens as "appointment-booking"):
 * how it works, the optional login, and the office.
 */
export function BookingStart() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as OfficeStepData;
  const { errors } = useStepErrors(d.errors);
  return (
    <Page title={t("title")} lead={t("lead")} breadcrumbs={[{ label: t("title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          {d.expired ? (
            <div className="alert alert-info" role="status">
              <p className="mb-0">{t("intro.expired")}</p>
            </div>
          ) : null}
          <section className="callout note my-4" aria-labelledby="how-heading">
            <h2 className="callout-title h5" id="how-heading">
              {t("intro.heading")}
            </h2>
            <p>{t("intro.text")}</p>
            {d.loggedInAs ? (
              <p className="mb-0">{t("intro.loggedIn", { name: d.loggedInAs })}</p>
            ) : (
              <>
                <p>{t("intro.loginHint")}</p>
                <p className="mb-0">
                  <a className="btn btn-outline-primary" href={`/accedi?ritorno=${encodeURIComponent("/prenota-appuntamento")}`}>
                    {t("intro.login")}
                  </a>
                </p>
              </>
            )}
          </section>
          <p className="text-uppercase small fw-semibold mb-2">
            {t("stepOf", { n: 1, total: 7 })}: {t("steps.ufficio")}
          </p>
          <ErrorSummary errors={errors} title={t("errors.summaryTitle")} />
          {d.offices.length === 0 ? (
            <p>{t("intro.noOffices")}</p>
          ) : (
            <Form method="post" noValidate>
              <CsrfField />
              {d.draftId ? <input type="hidden" name="bozza" value={d.draftId} /> : null}
              {d.fromSummary ? <input type="hidden" name="da" value="riepilogo" /> : null}
              <h2 className="h3 mb-3" id="office-question">
                {t("office.title")}
              </h2>
              <RadioGroup
                name="officeId"
                legend={t("office.title")}
                legendHidden
                hint={t("office.hint")}
                options={d.offices.map((o) => ({ value: String(o.id), label: o.name, hint: t("office.address", { address: o.address }) }))}
                selected={d.selected === null ? null : String(d.selected)}
                error={errors.officeId}
              />
              <button type="submit" className="btn btn-primary btn-lg mt-2 mb-4">
                {t("continue")}
              </button>
            </Form>
          )}
          <p className="mb-5">
            {t("intro.phone")} <Link to="/amministrazione/uffici">{t("intro.offices")}</Link>
          </p>
        </div>
      </div>
    </Page>
  );
}

export function ReasonStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as ReasonStepData;
  const { errors } = useStepErrors(d.errors);
  return (
    <StepFrame info={d.info} title={t("reason.title")} errors={errors}>
      <RadioGroup
        name="reason"
        legend={t("reason.title")}
        legendHidden
        hint={t("reason.hint", { office: d.office })}
        options={d.reasons.map((r) => ({ value: r.value, label: r.title, hint: r.value === "altro" ? t("reason.otherHint") : undefined }))}
        selected={d.selected}
        error={errors.reason}
      />
    </StepFrame>
  );
}

export function DayStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as DayStepData;
  const { errors } = useStepErrors(d.errors);
  const months = (
    <nav aria-labelledby="months-heading" className="mb-4">
      <h2 className="h5" id="months-heading">
        {t("day.months")}
      </h2>
      <ul className="list-inline">
        {d.months.map((m) => (
          <li className="list-inline-item mb-2" key={m.value}>
            <Link
              to={m.href}
              className={`btn ${m.value === d.month ? "btn-primary" : "btn-outline-primary"}`}
              aria-current={m.value === d.month ? "page" : undefined}
            >
              {m.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <StepFrame info={d.info} title={t("day.title")} lead={t("day.hint")} errors={errors} beforeForm={d.months.length > 1 ? months : null}>
      <input type="hidden" name="mese" value={d.month} />
      {d.days.length === 0 ? (
        <p className="fw-semibold" id="day">
          {t("day.none")}
        </p>
      ) : (
        <RadioGroup
          name="day"
          legend={t("day.legend", { month: d.monthLabel })}
          options={d.days.map((x) => ({ value: x.value, label: x.label }))}
          selected={d.selected}
          error={errors.day}
        />
      )}
    </StepFrame>
  );
}

export function TimeStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as TimeStepData;
  const { errors } = useStepErrors(d.errors);
  return (
    <StepFrame info={d.info} title={t("time.title")} errors={errors}>
      {d.slots.length === 0 ? (
        <>
          <p className="fw-semibold" id="slot">
            {t("time.none")}
          </p>
          <p>
            <Link to={`/prenota-appuntamento/${d.info.draftId}/giorno`}>{t("time.otherDay")}</Link>
          </p>
        </>
      ) : (
        <>
          <RadioGroup
            name="slot"
            legend={t("time.legend", { day: d.dayLabel })}
            hint={t("time.hint", { minutes: d.minutes })}
            options={d.slots.map((s) => ({ value: s.value, label: s.label }))}
            selected={d.selected}
            error={errors.slot}
          />
          <p>
            <Link to={`/prenota-appuntamento/${d.info.draftId}/giorno`}>{t("time.otherDay")}</Link>
          </p>
        </>
      )}
    </StepFrame>
  );
}

export function DetailsStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as DetailsStepData;
  const { errors, action } = useStepErrors<{ value?: string }>(d.errors);
  const value = action?.value ?? d.value;
  return (
    <StepFrame info={d.info} title={t("details.title")} errors={errors}>
      <div className="form-group mb-4">
        <label htmlFor="details" className="active fw-semibold">
          {d.required ? t("details.labelRequired") : t("details.label")}
        </label>
        <p className="form-text" id="details-hint">
          {t("details.hint", { max: d.max })}
        </p>
        <FieldError id="details" error={errors.details} />
        <textarea
          id="details"
          name="details"
          rows={5}
          className={`form-control${errors.details ? " is-invalid" : ""}`}
          defaultValue={value}
          maxLength={d.max + 200}
          aria-invalid={errors.details ? true : undefined}
          aria-describedby={describedBy("details-hint", errors.details && "details-error")}
          key={action ? "answered" : "loaded"}
        />
      </div>
    </StepFrame>
  );
}

function TextInput({
  id,
  label,
  hint,
  error,
  value,
  type = "text",
  autoComplete,
}: {
  id: keyof ApplicantValues;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  type?: string;
  autoComplete: string;
}) {
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active fw-semibold">
        {label}
      </label>
      {hint ? (
        <p className="form-text mb-1" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${error ? " is-invalid" : ""}`}
        defaultValue={value}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
    </div>
  );
}

export function ApplicantStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as ApplicantStepData;
  const { errors, action } = useStepErrors<{ values?: ApplicantValues }>(d.errors);
  const v = action?.values ?? d.values;
  return (
    <StepFrame info={d.info} title={t("applicant.title")} lead={t("applicant.lead")} errors={errors}>
      <div key={action ? "answered" : "loaded"}>
        {d.identity ? (
          <div className="mb-4">
            <p>{t("applicant.fromIdentity")}</p>
            <dl className="row" data-testid="identity-data">
              <dt className="col-sm-4">{t("applicant.givenName")}</dt>
              <dd className="col-sm-8">{d.identity.givenName}</dd>
              <dt className="col-sm-4">{t("applicant.familyName")}</dt>
              <dd className="col-sm-8">{d.identity.familyName}</dd>
              <dt className="col-sm-4">{t("applicant.fiscalCode")}</dt>
              <dd className="col-sm-8 font-monospace">{d.identity.fiscalCode}</dd>
            </dl>
          </div>
        ) : (
          <>
            <TextInput id="givenName" label={t("applicant.givenName")} value={v.givenName} error={errors.givenName} autoComplete="given-name" />
            <TextInput id="familyName" label={t("applicant.familyName")} value={v.familyName} error={errors.familyName} autoComplete="family-name" />
          </>
        )}
        <TextInput id="email" type="email" label={t("applicant.email")} hint={t("applicant.emailHint")} value={v.email} error={errors.email} autoComplete="email" />
        <TextInput id="phone" type="tel" label={t("applicant.phone")} hint={t("applicant.phoneHint")} value={v.phone} error={errors.phone} autoComplete="tel" />
      </div>
    </StepFrame>
  );
}

export function SummaryStep() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as SummaryStepData;
  const { errors } = useStepErrors(d.errors);
  return (
    <StepFrame info={d.info} title={t("summary.title")} lead={t("summary.lead")} errors={errors} submitLabel={t("summary.confirm")}>
      <dl className="mb-4" data-testid="summary">
        {d.rows.map((row) => (
          <div className="row border-bottom py-3" key={row.key}>
            <dt className="col-12 col-md-3">{row.label}</dt>
            <dd className="col-12 col-md-6 mb-1">
              {row.lines.map((line, i) => (
                <span className="d-block" key={i}>
                  {line}
                </span>
              ))}
            </dd>
            <dd className="col-12 col-md-3 mb-0 text-md-end">
              <Link to={row.change} aria-label={t("changeLabel", { what: row.label })}>
                {t("change")}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        {t("summary.privacy")} <Link to="/privacy">{t("summary.privacyLink")}</Link>
      </p>
    </StepFrame>
  );
}
