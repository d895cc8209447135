import { Form, Link, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import type { AreaAppointment, AreaData } from "~/utils/appointment-routes.server";
import { useAppointmentsT } from "./shared";
import { TableScroll } from "~/components/ui/TableScroll";

function Table({ rows, caption, cancellable }: { rows: AreaAppointment[]; caption: string; cancellable: boolean }) {
  const { t } = useAppointmentsT();
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("area.when")}</th>
            <th scope="col">{t("area.office")}</th>
            <th scope="col">{t("area.reason")}</th>
            <th scope="col">{t("area.state")}</th>
            {cancellable ? <th scope="col">{t("area.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.when}</th>
              <td>{a.office}</td>
              <td>{a.reason}</td>
              <td>{t(`area.states.${a.state}`)}</td>
              {cancellable ? (
                <td>
                  <Link to={`/area-personale/appuntamenti?annulla=${a.id}#conferma-annullamento`} className="btn btn-outline-danger btn-sm" aria-label={t("area.cancelLabel", { when: a.when })}>
                    {t("area.cancel")}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The citizen's appointments: the upcoming ones (with "cancel", confirmed on a second step) and the past ones. */
export function AppointmentsArea() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as AreaData;
  const confirmRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (d.confirming) confirmRef.current?.focus();
  }, [d.confirming]);
  return (
    <Page title={t("area.title")} lead={t("area.lead")} breadcrumbs={[{ label: t("translation:personalArea.title"), to: "/area-personale" }, { label: t("area.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-10">
          {d.notice ? (
            <div className={`alert ${d.notice === "cancelled" ? "alert-success" : "alert-warning"}`} role="status">
              <p className="mb-0">{t(`area.${d.notice}`)}</p>
            </div>
          ) : null}
          {d.confirming ? (
            <section className="callout danger my-4" id="conferma-annullamento" tabIndex={-1} ref={confirmRef} aria-labelledby="confirm-heading">
              <h2 className="callout-title h5" id="confirm-heading">
                {t("area.confirmHeading")}
              </h2>
              <p>{t("area.confirmText", { when: d.confirming.when, office: d.confirming.office })}</p>
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="appointment" value={d.confirming.id} />
                <button type="submit" name="intent" value="cancel" className="btn btn-danger me-3 mb-2">
                  {t("area.confirm")}
                </button>
                <Link to="/area-personale/appuntamenti" className="btn btn-outline-primary mb-2">
                  {t("area.keep")}
                </Link>
              </Form>
            </section>
          ) : null}
          <p className="my-4">
            <Link to="/prenota-appuntamento" className="btn btn-primary">
              {t("area.book")}
            </Link>
          </p>
          <section className="mb-5" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="h3">
              {t("area.upcoming")}
            </h2>
            {d.upcoming.length ? <Table rows={d.upcoming} caption={t("area.upcoming")} cancellable /> : <p>{t("area.noneUpcoming")}</p>}
          </section>
          <section className="mb-5" aria-labelledby="past-heading">
            <h2 id="past-heading" className="h3">
              {t("area.past")}
            </h2>
            {d.past.length ? <Table rows={d.past} caption={t("area.past")} cancellable={false} /> : <p>{t("area.nonePast")}</p>}
          </section>
        </div>
      </div>
    </Page>
  );
}
