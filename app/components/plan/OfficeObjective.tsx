import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { ObjectiveAnswer, ObjectiveData } from "~/utils/plan-office-routes.server";
import { dashboardPath, useDashT } from "./dashboard-links";
import { errorLinks, OfficeField } from "./OfficeFields";
import { usePlanT } from "./PlanParts";
import { ObjectiveOwners } from "./PlanReport";

const DONE_KEYS = { stato: "office.statusSaved", traguardo: "office.milestoneSaved" } as const;

/** One objective in the back office: its status with the history of changes (who, when, why), its milestones. */
export function OfficeObjective() {
  const { t } = usePlanT();
  const { t: td } = useDashT();
  const d = useLoaderData() as ObjectiveData;
  const answer = useActionData() as ObjectiveAnswer | undefined;
  const errors = answer?.errors ?? {};
  const values = answer?.values ?? {};
  useErrorTitle(Object.keys(errors).length > 0);
  const o = d.objective;
  const done = d.done && d.done in DONE_KEYS ? t(DONE_KEYS[d.done as keyof typeof DONE_KEYS]) : null;
  const chosen = values.status ?? o.status;
  return (
    <Page
      title={t("office.objectiveTitle", { code: o.code })}
      lead={o.title}
      breadcrumbs={[{ label: t("office.backOffice"), to: "/gestione" }, { label: t("office.title"), to: "/gestione/piano" }, { label: o.code }]}
      feedback={false}
    >
      <ErrorList title={t("office.errors.title")} links={errorLinks(errors)} answer={answer} />
      {done ? (
        <div className="alert alert-success" role="status" data-testid="plan-done">
          {done}
        </div>
      ) : null}
      <p data-testid="plan-current-status">{t("office.currentStatus", { status: t(`status.${o.status}`) })}</p>
      <p>
        <Link to={dashboardPath({ kind: "objective", code: o.code }, true)}>{td("links.objective")}</Link>
      </p>
      <ObjectiveOwners owners={d.owners} editTo={d.mayAssignOwners ? `/gestione/piano/obiettivi/${encodeURIComponent(o.code)}/responsabili` : null} />

      <section aria-labelledby="status-title" className="mb-5">
        <h2 id="status-title" className="h4">
          {t("office.statusTitle")}
        </h2>
        <Form method="post" noValidate key={d.history.length}>
          <CsrfField />
          <input type="hidden" name="intent" value="status" />
          <fieldset className="mb-3" aria-describedby={errors["status-not_started"] ? "status-error" : undefined}>
            <legend className="fs-6 fw-semibold">{t("office.fieldStatus")}</legend>
            {errors["status-not_started"] ? (
              <p className="text-danger mb-1" id="status-error">
                {errors["status-not_started"]}
              </p>
            ) : null}
            {d.statuses.map((s) => (
              <div className="form-check" key={s}>
                <input className="form-check-input" type="radio" name="status" id={`status-${s}`} value={s} defaultChecked={s === chosen} />
                <label className="form-check-label" htmlFor={`status-${s}`}>
                  {t(`status.${s}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <OfficeField id="reason" label={t("office.fieldReason")} hint={t("office.fieldReasonHint")} error={errors.reason}>
            <textarea
              id="reason"
              name="reason"
              rows={3}
              className={`form-control${errors.reason ? " is-invalid" : ""}`}
              defaultValue={values.reason ?? ""}
              aria-describedby={errors.reason ? "reason-hint reason-error" : "reason-hint"}
              aria-invalid={errors.reason ? true : undefined}
            />
          </OfficeField>
          <button type="submit" className="btn btn-primary">
            {t("office.saveStatus")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="status-history-title" className="mb-5">
        <h2 id="status-history-title" className="h4">
          {t("office.statusHistoryTitle")}
        </h2>
        {d.history.length === 0 ? (
          <p data-testid="plan-status-empty">{t("office.statusHistoryEmpty")}</p>
        ) : (
          <TableScroll label={t("office.statusHistoryCaption", { code: o.code })}>
            <table className="table table-sm" data-testid="plan-status-history">
              <caption>{t("office.statusHistoryCaption", { code: o.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("office.changedAt")}</th>
                  <th scope="col">{t("office.state")}</th>
                  <th scope="col">{t("office.changedBy")}</th>
                  <th scope="col">{t("office.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{h.at}</th>
                    <td>{t(`status.${h.status}`)}</td>
                    <td>{h.by}</td>
                    <td>{h.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="milestones-title" className="mb-5">
        <h2 id="milestones-title" className="h4">
          {t("office.milestonesTitle")}
        </h2>
        <TableScroll label={t("office.milestonesCaption", { code: o.code })}>
          <table className="table table-sm">
            <caption>{t("office.milestonesCaption", { code: o.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("milestone.title")}</th>
                <th scope="col">{t("office.milestoneDue")}</th>
                <th scope="col">{t("office.milestoneDone")}</th>
              </tr>
            </thead>
            <tbody>
              {d.milestones.map((m) => {
                const fieldId = `doneOn-${m.id}`;
                return (
                  <tr key={m.code}>
                    <th scope="row">
                      {m.code}: {m.title}
                    </th>
                    <td>{m.due}</td>
                    <td>
                      {m.done ?? (
                        <Form method="post" noValidate>
                          <CsrfField />
                          <input type="hidden" name="intent" value="milestone" />
                          <input type="hidden" name="milestone" value={m.id} />
                          <OfficeField
                            id={fieldId}
                            name="doneOn"
                            label={`${t("office.fieldDoneOn")} (${m.code})`}
                            hint={t("office.fieldMeasuredOnHint")}
                            error={errors[fieldId]}
                            autoComplete="off"
                            defaultValue={values[fieldId] ?? ""}
                          />
                          <button type="submit" className="btn btn-outline-primary btn-sm">
                            {t("office.markDone")}
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title" className="h4">
          {t("office.indicatorsTitle")}
        </h2>
        <ul>
          {d.indicators.map((i) => (
            <li key={i.code}>
              <Link to={`/gestione/piano/indicatori/${encodeURIComponent(i.code)}`}>{`${i.code}: ${i.name}`}</Link>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
