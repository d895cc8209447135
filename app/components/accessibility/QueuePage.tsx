import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import type { QueueData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

const QUEUE = "/gestione/accessibilita/segnalazioni";

/** The back office's queue of accessibility reports, the most urgent first, with the time left in words. */
export function QueuePage() {
  const { t } = useA11yT();
  const d = useLoaderData() as QueueData;
  const title = t("queue.title");
  return (
    <Page title={title} lead={t("queue.lead")} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: title }]} feedback={false}>
      <h2 className="h4">{t("queue.openHeading")}</h2>
      {d.open.length === 0 ? (
        <p data-testid="queue-empty">{t("queue.empty")}</p>
      ) : (
        <TableScroll label={t("queue.captionOpen")}>
          <table className="table" data-testid="queue-open">
            <caption>{t("queue.captionOpen")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queue.columns.reference")}</th>
                <th scope="col">{t("queue.columns.page")}</th>
                <th scope="col">{t("queue.columns.received")}</th>
                <th scope="col">{t("queue.columns.due")}</th>
                <th scope="col">{t("queue.columns.left")}</th>
                <th scope="col">{t("queue.columns.state")}</th>
              </tr>
            </thead>
            <tbody>
              {d.open.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${QUEUE}/${r.id}`}>{r.reference}</Link>
                  </th>
                  <td className="text-break">{r.page}</td>
                  <td>{r.received}</td>
                  <td>{r.due}</td>
                  <td>{r.overdue ? <strong>{r.left}</strong> : r.left}</td>
                  <td>{t(`queue.state.${r.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2 className="h4">{t("queue.answeredHeading")}</h2>
      {d.answered.length === 0 ? (
        <p>{t("queue.emptyAnswered")}</p>
      ) : (
        <TableScroll label={t("queue.captionAnswered")}>
          <table className="table" data-testid="queue-answered">
            <caption>{t("queue.captionAnswered")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queue.columns.reference")}</th>
                <th scope="col">{t("queue.columns.page")}</th>
                <th scope="col">{t("queue.columns.received")}</th>
                <th scope="col">{t("queue.columns.answered")}</th>
              </tr>
            </thead>
            <tbody>
              {d.answered.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${QUEUE}/${r.id}`}>{r.reference}</Link>
                  </th>
                  <td className="text-break">{r.page}</td>
                  <td>{r.received}</td>
                  <td>{r.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}
