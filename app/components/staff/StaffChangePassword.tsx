import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { ChangePasswordData } from "~/utils/staff-routes.server";
import { PasswordField, useFormErrors } from "./StaffForm";

/**
 * Changing one's own password: forced after an administrator's reset (the temporary password was
 * just proved, so it is not asked again) or chosen from the back-office home (the current one is asked).
 */
export function StaffChangePassword() {
  const { t } = useTranslation();
  const data = useLoaderData() as ChangePasswordData;
  const errors = useFormErrors(data.errors);
  const title = t("staff.changePassword.title");
  const crumbs = data.forced ? [{ label: title }] : [{ label: t("staff.home.title"), to: "/gestione" }, { label: title }];
  return (
    <Page title={title} lead={t(data.forced ? "staff.changePassword.forcedLead" : "staff.changePassword.voluntaryLead")} breadcrumbs={crumbs} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-6">
          <ErrorSummary errors={errors} title={t("staff.common.errorSummary")} />
          <Form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="ritorno" value={data.returnTo} />
            {/* Lets a password manager store the new password under the right account. */}
            <input type="hidden" name="username" autoComplete="username" value={data.username} />
            {data.forced ? null : (
              <PasswordField id="currentPassword" label={t("staff.changePassword.current")} autoComplete="current-password" required error={errors.currentPassword} />
            )}
            <PasswordField
              id="newPassword"
              label={t("staff.changePassword.new")}
              hint={t("staff.changePassword.newHint")}
              autoComplete="new-password"
              required
              error={errors.newPassword}
            />
            <PasswordField id="repeatPassword" label={t("staff.changePassword.repeat")} autoComplete="new-password" required error={errors.repeatPassword} />
            <button type="submit" className="btn btn-primary">
              {t("staff.changePassword.submit")}
            </button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
