import { Form, Link, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useErrorTitle } from "~/components/staff/StaffForm";
import appointmentsEn from "~/locales/appointments.en";
import appointmentsIt from "~/locales/appointments.it";
import type { StepInfo } from "~/utils/appointment-routes.server";
import { useNamespace } from "~/utils/namespace";

/** The "appointments" namespace for these pages: bundled with their route chunks, not the first load. */
export function useAppointmentsT() {
  return useNamespace("appointments", { it: appointmentsIt, en: appointmentsEn });
}

type Errors = Record<string, string>;

/**
 * The errors shown: the action's when it has just answered (the values typed come with them), else
 * the loader's (a page answered 400 by its loader); the title carries "Errore: " while any is shown.
 */
export function useStepErrors<V = unknown>(loaderErrors: Errors | undefined): { errors: Errors; action: ({ errors?: Errors } & V) | undefined } {
  const action = useActionData() as ({ errors?: Errors } & V) | undefined;
  const errors = action?.errors ?? loaderErrors ?? {};
  useErrorTitle(Object.keys(errors).length > 0);
  return { errors, action };
}

/** The text of a field's error, tied to the field by its id (`${id}-error`). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const { t } = useAppointmentsT();
  return error ? (
    <p className="text-danger fw-semibold mt-1 mb-2" id={`${id}-error`}>
      {t(error)}
    </p>
  ) : null;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * One choice among several, as radio buttons with their labels (the label is the target, at least
 * 44 px high). The first radio has the group's name as id, where the error summary sends the person.
 */
export function RadioGroup({
  name,
  legend,
  legendHidden = false,
  hint,
  options,
  selected,
  error,
}: {
  name: string;
  legend: string;
  legendHidden?: boolean;
  hint?: string;
  options: Option[];
  selected: string | null;
  error?: string;
}) {
  const hintId = hint ? `${name}-hint` : null;
  return (
    <fieldset className="mb-4" aria-describedby={describedBy(hintId, error && `${name}-error`)}>
      <legend className={legendHidden ? "visually-hidden" : "h5 mb-3"}>{legend}</legend>
      {hint ? (
        <p className="form-text mb-3" id={hintId!}>
          {hint}
        </p>
      ) : null}
      <FieldError id={name} error={error} />
      {options.map((o, i) => {
        const id = i === 0 ? name : `${name}-${i}`;
        return (
          <div className="form-check my-2" key={o.value}>
            <input
              className="form-check-input"
              type="radio"
              name={name}
              id={id}
              value={o.value}
              defaultChecked={selected === o.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={o.hint ? `${id}-detail` : undefined}
            />
            <label className="form-check-label fw-semibold" htmlFor={id} style={{ minHeight: "2.75rem" }}>
              {o.label}
            </label>
            {o.hint ? (
              <p className="small mb-0 ms-5" id={`${id}-detail`}>
                {o.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The frame of a step: breadcrumbs, the question as the page title, "step n of N", a back link, the
 * error summary and the form with its "Continue" button. The form posts to the page itself.
 */
export function StepFrame({
  info,
  title,
  lead,
  errors,
  children,
  submitLabel,
  beforeForm,
}: {
  info: StepInfo;
  title: string;
  lead?: string;
  errors: Errors;
  children: ReactNode;
  submitLabel?: string;
  beforeForm?: ReactNode;
}) {
  const { t } = useAppointmentsT();
  return (
    <Page title={title} lead={lead} breadcrumbs={[{ label: t("title"), to: "/prenota-appuntamento" }, { label: t(`steps.${info.step}`) }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <p className="fw-semibold text-uppercase small mb-2" data-testid="step-of">
            {t("stepOf", { n: info.number, total: info.total })}: {t(`steps.${info.step}`)}
          </p>
          <p className="mb-4">
            <Link to={info.back} className="fw-semibold">
              {t("back")}
            </Link>
          </p>
          <ErrorSummary errors={errors} title={t("errors.summaryTitle")} />
          {beforeForm}
          <Form method="post" noValidate>
            <CsrfField />
            {info.fromSummary ? <input type="hidden" name="da" value="riepilogo" /> : null}
            {children}
            <button type="submit" className="btn btn-primary btn-lg mt-2 mb-5">
              {submitLabel ?? t("continue")}
            </button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
