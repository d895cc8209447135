import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { STATEMENT_PATH } from "~/domain/accessibility-statement";
import type { ReceiptData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

/** The receipt of an accessibility report: its number and the day the answer is due. */
export function ReceiptPage() {
  const { t } = useA11yT();
  const d = useLoaderData() as ReceiptData;
  const title = t("receipt.title");
  return (
    <Page title={title} lead={t("receipt.lead")} breadcrumbs={[{ label: t("statement.title"), to: STATEMENT_PATH }, { label: title }]} feedback={false}>
      <div className="alert alert-success" role="status">
        <dl className="mb-0">
          <dt>{t("receipt.reference")}</dt>
          <dd data-testid="feedback-reference">{d.reference}</dd>
          <dt>{t("receipt.received")}</dt>
          <dd>{d.received}</dd>
          <dt>{t("receipt.due")}</dt>
          <dd data-testid="feedback-due">{d.due}</dd>
        </dl>
      </div>
      {d.byEmail ? <p>{t("receipt.byEmail")}</p> : null}
      <p>{t("receipt.keep")}</p>
      <p>{t("receipt.enforcement", { date: d.due })}</p>
      <p>
        <Link to={STATEMENT_PATH}>{t("receipt.back")}</Link>
      </p>
    </Page>
  );
}
