import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { IndicatorAnswer, IndicatorData } from "~/utils/plan-office-routes.server";
import { errorLinks, OfficeField } from "./OfficeFields";
import { baselineText, targetText, usePlanT } from "./PlanParts";

const DONE_KEYS = { registrato: "office.recorded", approvato: "office.approved", respinto: "office.rejected" } as const;

/**
 * One indicator in the back office: its targets, the full history of its updates (nothing is ever
 * overwritten: a correction is a new row that says what it corrects), the decision forms for an
 * approver, and the form to record a new measured value with its evidence.
 */
export function OfficeIndicator() {
  const { t } = usePlanT();
  const d = useLoaderData() as IndicatorData;
  const answer = useActionData() as IndicatorAnswer | undefined;
  const errors = answer?.errors ?? {};
  const v = answer?.values ?? d.values;
  useErrorTitle(Object.keys(errors).length > 0);
  const i = d.indicator;
  const title = t("office.indicatorTitle", { code: i.code, name: i.name });
  const done = d.done && d.done in DONE_KEYS ? t(DONE_KEYS[d.done as keyof typeof DONE_KEYS]) : null;
  return (
    <Page
      title={title}
      breadcrumbs={[{ label: t("office.backOffice"), to: "/gestione" }, { label: t("office.title"), to: "/gestione/piano" }, { label: i.code }]}
      feedback={false}
    >
      <ErrorList title={t("office.errors.title")} links={errorLinks(errors)} answer={answer} />
      {done ? (
        <div className="alert alert-success" role="status" data-testid="plan-done">
          {done}
        </div>
      ) : null}
      <p>
        {t("office.objective")}: <Link to={`/gestione/piano/obiettivi/${encodeURIComponent(d.objective.code)}`}>{`${d.objective.code}: ${d.objective.title}`}</Link>
      </p>
      <dl className="row">
        <dt className="col-sm-3">{t("office.unit")}</dt>
        <dd className="col-sm-9">{i.unit}</dd>
        <dt className="col-sm-3">{t("office.baseline")}</dt>
        <dd className="col-sm-9">{baselineText(t, i, d.lang)}</dd>
      </dl>
      <TableScroll label={t("office.targetsCaption", { code: i.code })}>
        <table className="table table-sm">
          <caption>{t("office.targetsCaption", { code: i.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("office.year")}</th>
              <th scope="col">{t("office.target")}</th>
            </tr>
          </thead>
          <tbody>
            {i.targets.map((g) => (
              <tr key={g.year}>
                <th scope="row">{g.year}</th>
                <td>{targetText(t, i, g, d.lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <section aria-labelledby="storico" className="my-5">
        <h2 id="storico" className="h4" tabIndex={-1}>
          {t("office.historyTitle")}
        </h2>
        {d.history.length === 0 ? (
          <p data-testid="plan-history-empty">{t("office.historyEmpty")}</p>
        ) : (
          <TableScroll label={t("office.historyCaption", { code: i.code })}>
            <table className="table table-sm" data-testid="plan-history">
              <caption>{t("office.historyCaption", { code: i.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("office.update")}</th>
                  <th scope="col">{t("office.value")}</th>
                  <th scope="col">{t("office.measuredOn")}</th>
                  <th scope="col">{t("office.comment")}</th>
                  <th scope="col">{t("office.evidence")}</th>
                  <th scope="col">{t("office.recordedBy")}</th>
                  <th scope="col">{t("office.state")}</th>
                  <th scope="col">{t("office.decision")}</th>
                </tr>
              </thead>
              <tbody>
                {d.history.map((u) => (
                  <tr key={u.id} id={`aggiornamento-${u.id}`}>
                    <th scope="row">
                      {u.id}
                      {u.corrects ? <span className="d-block small">{t("office.correctionOf", { id: u.corrects })}</span> : null}
                    </th>
                    <td>{u.value}</td>
                    <td>{u.measuredOn}</td>
                    <td>{u.comment}</td>
                    <td>
                      {u.evidenceFile ? (
                        <a href={`/gestione/piano/evidenze/${u.id}`} className="d-block">
                          {u.evidenceFile}
                        </a>
                      ) : null}
                      {u.evidenceUrl ? (
                        <a href={u.evidenceUrl} rel="noopener noreferrer" className="d-block text-break">
                          {u.evidenceUrl}
                        </a>
                      ) : null}
                    </td>
                    <td>
                      {u.recordedBy}
                      <span className="d-block small">{u.recordedAt}</span>
                    </td>
                    <td>{t(`office.states.${u.state}`)}</td>
                    <td>
                      {u.decidedBy ? <span className="d-block">{u.decidedBy}</span> : null}
                      {u.note ? <span className="d-block">{u.note}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {d.mayApprove
          ? d.history
              .filter((u) => u.state === "submitted")
              .map((u) => {
                const noteId = `note-${u.id}`;
                const error = errors[noteId];
                return (
                  <Form method="post" key={u.id} className="border rounded p-3 mb-3" aria-labelledby={`decide-${u.id}`}>
                    <h3 className="h5" id={`decide-${u.id}`}>
                      {t("office.decideTitle", { id: u.id })}
                    </h3>
                    {u.own ? <p>{t("office.ownUpdate")}</p> : null}
                    <CsrfField />
                    <input type="hidden" name="update" value={u.id} />
                    <div className="form-group mb-3">
                      <label htmlFor={noteId} className="active fw-semibold">
                        {t("office.decideNote")}
                      </label>
                      {error ? (
                        <p className="text-danger mt-1 mb-0" id={`${noteId}-error`}>
                          {error}
                        </p>
                      ) : null}
                      <textarea
                        id={noteId}
                        name="note"
                        className={`form-control${error ? " is-invalid" : ""}`}
                        rows={2}
                        defaultValue={answer?.decided === u.id ? (answer.note ?? "") : ""}
                        aria-describedby={error ? `${noteId}-error` : undefined}
                        aria-invalid={error ? true : undefined}
                      />
                    </div>
                    <button type="submit" name="intent" value="approve" className="btn btn-primary me-2">
                      {t("office.approve")}
                    </button>
                    <button type="submit" name="intent" value="reject" className="btn btn-outline-primary">
                      {t("office.reject")}
                    </button>
                  </Form>
                );
              })
          : null}
      </section>

      <section aria-labelledby="record-title" className="mb-5">
        <h2 id="record-title" className="h4">
          {t("office.recordTitle")}
        </h2>
        <p>{t("office.recordLead")}</p>
        {/* Keyed on the history: after a recorded value (a client-side redirect to this page) the form starts empty again. */}
        <Form method="post" encType="multipart/form-data" noValidate key={d.history.length}>
          <CsrfField />
          <input type="hidden" name="intent" value="record" />
          <OfficeField
            id="value"
            label={`${t("office.fieldValue")} (${i.unit})`}
            hint={i.kind === "milestone" ? t("office.fieldValueHintMilestone") : t("office.fieldValueHint")}
            error={errors.value}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={v.value}
          />
          <OfficeField id="measuredOn" label={t("office.fieldMeasuredOn")} hint={t("office.fieldMeasuredOnHint")} error={errors.measuredOn} autoComplete="off" defaultValue={v.measuredOn} />
          <OfficeField id="comment" label={t("office.fieldComment")} hint={t("office.fieldCommentHint")} error={errors.comment}>
            <textarea
              id="comment"
              name="comment"
              rows={3}
              className={`form-control${errors.comment ? " is-invalid" : ""}`}
              defaultValue={v.comment}
              aria-describedby={errors.comment ? "comment-hint comment-error" : "comment-hint"}
              aria-invalid={errors.comment ? true : undefined}
            />
          </OfficeField>
          <OfficeField id="evidenceUrl" label={t("office.fieldUrl")} hint={t("office.fieldUrlHint")} error={errors.evidenceUrl} type="url" autoComplete="url" defaultValue={v.evidenceUrl} />
          <OfficeField id="evidenceFile" label={t("office.fieldFile")} hint={t("office.fieldFileHint")} error={errors.evidenceFile} type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" />
          {d.correctable.length ? (
            <OfficeField id="corrects" label={t("office.fieldCorrects")} hint={t("office.fieldCorrectsHint")} error={errors.corrects}>
              <select
                id="corrects"
                name="corrects"
                className={`form-select${errors.corrects ? " is-invalid" : ""}`}
                defaultValue={v.corrects}
                aria-describedby={errors.corrects ? "corrects-hint corrects-error" : "corrects-hint"}
                aria-invalid={errors.corrects ? true : undefined}
              >
                <option value="">{t("office.correctsNone")}</option>
                {d.correctable.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </OfficeField>
          ) : null}
          <button type="submit" className="btn btn-primary">
            {t("office.submit")}
          </button>
        </Form>
      </section>
    </Page>
  );
}
