import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { useRootData } from "~/utils/root-data";

interface FailureData {
  failure: { message: string; retry: string; reference: string };
}

/** The page of a login that did not succeed (HTTP 403): what happened, what to do, who can help. */
export function LoginFailure() {
  const { t } = useTranslation();
  const root = useRootData();
  const data = useActionData() as FailureData | undefined;
  const failure = data?.failure;
  return (
    <Page title={t("identity.failure.title")} breadcrumbs={[{ label: t("identity.login.title"), to: "/accedi" }, { label: t("identity.failure.title") }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <div className="alert alert-danger" role="alert">
            <p className="mb-0">{failure?.message ?? t("identity.failure.expired")}</p>
          </div>
          <p>
            <Link className="btn btn-primary" to={failure?.retry ?? "/accedi"}>
              {t("identity.failure.retry")}
            </Link>
          </p>
          <p>{t("identity.failure.contact", { phone: root?.comune.phone ?? "" })}</p>
          {failure?.reference ? <p className="small">{t("identity.failure.reference", { code: failure.reference })}</p> : null}
        </div>
      </div>
    </Page>
  );
}
