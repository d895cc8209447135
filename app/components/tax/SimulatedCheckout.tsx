import { Glossed } from "~/components/plain/Glossed";
import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import type { Crumb } from "~/components/layout/Breadcrumbs";
import type { CheckoutData } from "~/utils/tax-routes.server";
import { useTaxT } from "./TaxPosition";

/**
 * What a checkout page's loader may add for a notice that is not a tax instalment (a fine's public
 * checkout): its own breadcrumbs and way back, and a reason the notice cannot be paid any more.
 */
export interface CheckoutContext {
  title?: string;
  crumbs?: Crumb[];
  back?: { to: string; label: string; cancel: string };
  closed?: string | null;
}

/** The demo's stand-in for the pagoPA checkout: it says in words that it is a simulation. */
export function SimulatedCheckout() {
  const { t } = useTaxT();
  const d = useLoaderData() as CheckoutData & CheckoutContext;
  const back = d.back ?? { to: "/area-personale/tributi", label: t("checkout.back"), cancel: t("checkout.cancel") };
  const crumbs = d.crumbs ?? [{ label: t("translation:personalArea.title"), to: "/area-personale" }, { label: t("position.title"), to: "/area-personale/tributi" }, { label: t("checkout.title") }];
  return (
    <Page title={d.title ?? t("checkout.title")} breadcrumbs={crumbs} feedback={false}>
      <div className="alert alert-warning" data-testid="simulated">
        {t("checkout.simulated")}
      </div>
      <dl className="row mb-4">
        <dt className="col-sm-4">{t("checkout.what")}</dt>
        <dd className="col-sm-8">{d.description}</dd>
        <dt className="col-sm-4">
          <Glossed text={t("checkout.notice")} />
        </dt>
        <dd className="col-sm-8 font-monospace" data-testid="notice-number">
          {d.number}
        </dd>
        <dt className="col-sm-4">{t("checkout.amount")}</dt>
        <dd className="col-sm-8 fw-semibold" data-testid="notice-amount">
          {d.amount}
        </dd>
        <dt className="col-sm-4">{t("checkout.due")}</dt>
        <dd className="col-sm-8">{d.due}</dd>
      </dl>
      <p>
        <a href={d.pdf} download data-testid="notice-pdf">
          {t("checkout.download")}
        </a>
      </p>
      {d.paid || d.closed ? (
        <>
          <p>{d.paid ? t("checkout.alreadyPaid") : d.closed}</p>
          <Link to={back.to}>{back.label}</Link>
        </>
      ) : (
        <form method="post" className="d-flex flex-wrap gap-3">
          <CsrfField />
          <button type="submit" name="intent" value="pay" className="btn btn-primary">
            {t("checkout.pay")}
          </button>
          <button type="submit" name="intent" value="cancel" className="btn btn-outline-secondary">
            {back.cancel}
          </button>
        </form>
      )}
    </Page>
  );
}
