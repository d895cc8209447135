import { Form, Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import type { ConfirmationData, TokenCancelData } from "~/utils/appointment-routes.server";
import { useAppointmentsT } from "./shared";

/** The end of the flow: what was booked, the e-mail sent, and how to cancel (link and/or personal area). */
export function BookingConfirmation() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as ConfirmationData;
  return (
    <Page title={t("confirmation.title")} breadcrumbs={[{ label: t("title"), to: "/prenota-appuntamento" }, { label: t("confirmation.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <div className="alert alert-success" role="status" data-testid="booking-confirmed">
            <p className="fw-semibold mb-1">{t("confirmation.lead", { when: d.when })}</p>
            <p className="mb-0">{t("confirmation.where", { office: d.office, address: d.address })}</p>
          </div>
          <p>{t("confirmation.email", { email: d.email })}</p>
          <p>{t("confirmation.bring")}</p>
          <section className="callout warning my-4" aria-labelledby="cancel-heading">
            <h2 className="callout-title h5" id="cancel-heading">
              {t("confirmation.cancelHeading")}
            </h2>
            {d.inPersonalArea ? (
              <p>
                {t("confirmation.areaText")} <Link to="/area-personale/appuntamenti">{t("confirmation.area")}</Link>
              </p>
            ) : null}
            {d.cancelUrl ? (
              <>
                <p>{t("confirmation.cancelText")}</p>
                <p className="mb-0">
                  <Link to={d.cancelUrl} data-testid="cancel-link">
                    {t("confirmation.cancelLink")}
                  </Link>
                </p>
              </>
            ) : null}
          </section>
          <p className="mb-5">
            <Link to="/">{t("confirmation.home")}</Link>
          </p>
        </div>
      </div>
    </Page>
  );
}

/** The page of the cancellation link: what will be cancelled, then a confirm button (never a GET that changes things). */
export function TokenCancel() {
  const { t } = useAppointmentsT();
  const d = useLoaderData() as TokenCancelData;
  const title = d.done ? t("cancel.done") : t("cancel.title");
  return (
    <Page title={title} breadcrumbs={[{ label: t("title"), to: "/prenota-appuntamento" }, { label: t("cancel.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <dl className="row mb-4" data-testid="appointment">
            <dt className="col-sm-4">{t("summary.when")}</dt>
            <dd className="col-sm-8">{d.when}</dd>
            <dt className="col-sm-4">{t("summary.office")}</dt>
            <dd className="col-sm-8">{d.office}</dd>
            <dt className="col-sm-4">{t("summary.reason")}</dt>
            <dd className="col-sm-8">{d.reason}</dd>
          </dl>
          {d.done ? (
            <div className="alert alert-success" role="status">
              <p className="mb-0">{t("cancel.doneText")}</p>
            </div>
          ) : d.state === "cancelled" ? (
            <div className="alert alert-info" role="status">
              <p className="mb-0">{t("cancel.already")}</p>
            </div>
          ) : d.state === "past" ? (
            <div className="alert alert-info" role="status">
              <p className="mb-0">{t("cancel.past")}</p>
            </div>
          ) : (
            <Form method="post">
              <CsrfField />
              <p className="lead">{t("cancel.lead")}</p>
              <button type="submit" className="btn btn-danger btn-lg me-3 mb-3">
                {t("cancel.confirm")}
              </button>
              <Link to="/" className="btn btn-outline-primary btn-lg mb-3">
                {t("cancel.keep")}
              </Link>
            </Form>
          )}
          {d.state !== "booked" || d.done ? (
            <p className="my-4">
              <Link to="/prenota-appuntamento">{t("cancel.bookAgain")}</Link>
            </p>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
