import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { AccountData, AccountResult } from "~/utils/staff-routes.server";
import { RoleFields, StatusMessage, TemporaryPassword, useErrorTitle } from "./StaffForm";
import { StaffStatus } from "./StaffUsers";

/** One staff account for an administrator: roles, password reset, unlock, (de)activation. */
export function StaffAccount() {
  const { t } = useTranslation();
  const { account, offices } = useLoaderData() as AccountData;
  const result = useActionData() as AccountResult | undefined;
  const failed = result && !result.ok ? result : null;
  const errors = failed?.errors ?? {};
  useErrorTitle(failed !== null);
  const title = t("staff.account.title", { name: account.displayName });
  const roleValues = failed?.intent === "roles" && failed.values ? failed.values : account.roleValues;
  return (
    <Page
      title={title}
      breadcrumbs={[
        { label: t("staff.home.title"), to: "/gestione" },
        { label: t("staff.users.title"), to: "/gestione/utenti" },
        { label: account.displayName },
      ]}
      feedback={false}
    >
      <p>
        <Link to="/gestione/utenti">{t("staff.account.back")}</Link>
      </p>
      <ErrorSummary errors={errors} title={t("staff.account.failed")} />
      {result?.ok ? <StatusMessage text={t(result.done, { count: result.sessionsEnded ?? 0 })} /> : null}
      {result?.ok && result.temporaryPassword ? <TemporaryPassword username={account.username} password={result.temporaryPassword} /> : null}

      <div className="row">
        <div className="col-12 col-lg-8">
          <section className="mb-5" aria-labelledby="details-heading">
            <h2 id="details-heading" className="h4">
              {t("staff.account.details")}
            </h2>
            <dl className="stp-definition">
              <dt>{t("staff.users.username")}</dt>
              <dd className="font-monospace">{account.username}</dd>
              <dt>{t("staff.users.name")}</dt>
              <dd>{account.displayName}</dd>
              <dt>{t("staff.users.email")}</dt>
              <dd>{account.email}</dd>
              <dt>{t("staff.users.roles")}</dt>
              <dd>{account.roles.join(", ")}</dd>
              <dt>{t("staff.users.status")}</dt>
              <dd>
                <StaffStatus row={account} />
              </dd>
              <dt>{t("staff.users.totp")}</dt>
              <dd>{account.totpEnrolled ? t("staff.common.yes") : t("staff.common.no")}</dd>
            </dl>
          </section>

          <section className="mb-5" aria-labelledby="roles-heading">
            <h2 id="roles-heading" className="h4">
              {t("staff.account.rolesHeading")}
            </h2>
            <Form method="post" noValidate key={`roles-${result ? JSON.stringify(result) : ""}`}>
              <CsrfField />
              <input type="hidden" name="intent" value="roles" />
              <RoleFields idPrefix="" values={roleValues} offices={offices} error={failed?.intent === "roles" ? errors.roles : undefined} />
              <button type="submit" className="btn btn-primary">
                {t("staff.account.saveRoles")}
              </button>
            </Form>
          </section>

          <section className="mb-5" aria-labelledby="reset-heading">
            <h2 id="reset-heading" className="h4">
              {t("staff.account.resetHeading")}
            </h2>
            <p>{t("staff.account.resetText")}</p>
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="intent" value="reset" />
              <div className="form-check mb-3">
                <input className="form-check-input" type="checkbox" id="clearTotp" name="clearTotp" value="1" />
                <label className="form-check-label" htmlFor="clearTotp">
                  {t("staff.account.clearTotp")}
                </label>
              </div>
              <button type="submit" className="btn btn-outline-primary" id="reset-submit">
                {t("staff.account.reset")}
              </button>
            </Form>
          </section>

          {account.status === "locked" ? (
            <section className="mb-5" aria-labelledby="unlock-heading">
              <h2 id="unlock-heading" className="h4">
                {t("staff.account.unlockHeading")}
              </h2>
              <p>{t("staff.account.unlockText", { time: account.lockedUntil ?? "" })}</p>
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="intent" value="unlock" />
                <button type="submit" className="btn btn-outline-primary" id="unlock-submit">
                  {t("staff.account.unlock")}
                </button>
              </Form>
            </section>
          ) : null}

          <section className="mb-5" aria-labelledby="active-heading">
            <h2 id="active-heading" className="h4">
              {t("staff.account.activeHeading")}
            </h2>
            <p>{t(account.status === "inactive" ? "staff.account.activateText" : "staff.account.deactivateText")}</p>
            <Form method="post">
              <CsrfField />
              <input type="hidden" name="intent" value={account.status === "inactive" ? "activate" : "deactivate"} />
              <button type="submit" className={`btn ${account.status === "inactive" ? "btn-outline-primary" : "btn-danger"}`} id="active-submit">
                {t(account.status === "inactive" ? "staff.account.activate" : "staff.account.deactivate")}
              </button>
            </Form>
          </section>
        </div>
      </div>
    </Page>
  );
}
