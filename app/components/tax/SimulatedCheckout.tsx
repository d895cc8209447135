import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import type { CheckoutData } from "~/utils/tax-routes.server";
import { useTaxT } from "./TaxPosition";

/** Where the checkout goes back to when it is not a tax's (a fee goes back to its application). */
interface CheckoutBack {
  title: string;
  to: string;
  crumb: string;
  crumbTo: string;
  cancel: string;
  link: string;
}

/** The demo's stand-in for the pagoPA checkout: it says in words that it is a simulation. */
export function SimulatedCheckout() {
  const { t } = useTaxT();
  const d = useLoaderData() as CheckoutData & { back?: CheckoutBack };
  const back = d.back ?? {
    title: t("checkout.title"),
    to: "/area-personale/tributi",
    crumb: t("position.title"),
    crumbTo: "/area-personale/tributi",
    cancel: t("checkout.cancel"),
    link: t("checkout.back"),
  };
  return (
    <Page title={back.title} breadcrumbs={[{ label: t("translation:personalArea.title"), to: "/area-personale" }, { label: back.crumb, to: back.crumbTo }, { label: back.title }]} feedback={false}>
      <div className="alert alert-warning" data-testid="simulated">
        {t("checkout.simulated")}
      </div>
      <dl className="row mb-4">
        <dt className="col-sm-4">{t("checkout.what")}</dt>
        <dd className="col-sm-8">{d.description}</dd>
        <dt className="col-sm-4">{t("checkout.notice")}</dt>
        <dd className="col-sm-8 font-monospace" data-testid="notice-number">
          {d.number}
        </dd>
        <dt className="col-sm-4">{t("checkout.amount")}</dt>
        <dd className="col-sm-8 fw-semibold">{d.amount}</dd>
        <dt className="col-sm-4">{t("checkout.due")}</dt>
        <dd className="col-sm-8">{d.due}</dd>
      </dl>
      <p>
        <a href={d.pdf} download data-testid="notice-pdf">
          {t("checkout.download")}
        </a>
      </p>
      {d.paid ? (
        <>
          <p>{t("checkout.alreadyPaid")}</p>
          <Link to={back.to}>{back.link}</Link>
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
