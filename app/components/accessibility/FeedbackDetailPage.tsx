import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { FieldHelp } from "~/components/ui/FieldHelp";
import type { DetailData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

const QUEUE = "/gestione/accessibilita/segnalazioni";

/** One accessibility report: its details, "take in hand", and the answer (e-mailed when possible). */
export function FeedbackDetailPage() {
  const { t } = useA11yT();
  const loaded = useLoaderData() as DetailData;
  const answered = useActionData() as DetailData | undefined;
  const d = answered ?? loaded;
  useErrorTitle(Boolean(d.error));
  const title = t("detail.title", { reference: d.reference });
  const given = (v: string | null) => v ?? t("detail.notGiven");
  return (
    <Page title={title} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: t("queue.title"), to: QUEUE }, { label: d.reference }]} feedback={false}>
      <ErrorList title={t("detail.errorsTitle")} links={d.error ? [{ href: "#answer", text: d.error }] : []} answer={answered} />
      {d.done ? (
        <div className="alert alert-success" role="status">
          {d.done}
        </div>
      ) : null}
      <h2 className="h4">{t("detail.facts")}</h2>
      <dl>
        <dt>{t("detail.state")}</dt>
        <dd data-testid="feedback-state">
          {t(`queue.state.${d.state}`)}
          {d.left ? ` (${d.left})` : ""}
        </dd>
        <dt>{t("detail.received")}</dt>
        <dd>{d.received}</dd>
        <dt>{t("detail.due")}</dt>
        <dd>{d.due}</dd>
        <dt>{t("detail.name")}</dt>
        <dd>{given(d.name)}</dd>
        <dt>{t("detail.email")}</dt>
        <dd>{given(d.email)}</dd>
        <dt>{t("detail.phone")}</dt>
        <dd>{given(d.phone)}</dd>
        <dt>{t("detail.page")}</dt>
        <dd className="text-break">{d.page}</dd>
        <dt>{t("detail.description")}</dt>
        <dd style={{ whiteSpace: "pre-wrap" }}>{d.description}</dd>
        <dt>{t("detail.assistiveTechnology")}</dt>
        <dd>{given(d.assistiveTechnology)}</dd>
      </dl>
      {d.state === "answered" ? (
        <>
          <h2 className="h4">{t("detail.answer")}</h2>
          <p style={{ whiteSpace: "pre-wrap" }} data-testid="feedback-answer">
            {d.answer}
          </p>
          <p>{t("detail.answeredBy", { date: d.answeredAt ?? "", name: d.answeredBy ?? "" })}</p>
        </>
      ) : (
        <>
          {d.state === "received" ? (
            <Form method="post" className="mb-4">
              <CsrfField />
              <input type="hidden" name="intent" value="take" />
              <button type="submit" className="btn btn-outline-primary">
                {t("detail.take")}
              </button>
            </Form>
          ) : null}
          <Form method="post" noValidate className="mb-5">
            <CsrfField />
            <input type="hidden" name="intent" value="answer" />
            <div className="form-group mb-4">
              <label htmlFor="answer" className="active">
                {t("detail.answerLabel")}
              </label>
              <textarea
                id="answer"
                name="answer"
                rows={8}
                className={`form-control${d.error ? " is-invalid" : ""}`}
                defaultValue={d.values.answer}
                key={`a-${d.values.answer}`}
                aria-describedby={["answer-hint", d.error ? "answer-error" : null].filter(Boolean).join(" ")}
                aria-invalid={d.error ? true : undefined}
              />
              <FieldHelp id="answer" hint={d.email ? t("detail.answerHint") : t("detail.answerNoEmail")} error={d.error} />
            </div>
            <button type="submit" className="btn btn-primary">
              {t("detail.send")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={QUEUE}>{t("detail.back")}</Link>
      </p>
    </Page>
  );
}
