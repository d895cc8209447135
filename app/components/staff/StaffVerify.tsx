import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { VerifyData } from "~/utils/staff-routes.server";
import { TextField, useFormErrors } from "./StaffForm";

/** The one-time code field, shared by the login's second step and the enrolment's confirmation. */
export function CodeField({ label, hint, error }: { label: string; hint: string; error?: string }) {
  return (
    <TextField
      id="code"
      label={label}
      hint={hint}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={12}
      required
      mono
      className="w-auto"
      size={10}
      error={error}
    />
  );
}

/** The second step of the staff login: the 6-digit code of the authenticator app. */
export function StaffVerify() {
  const { t } = useTranslation();
  const data = useLoaderData() as VerifyData;
  const errors = useFormErrors(data.errors);
  const title = t("staff.verify.title");
  return (
    <Page title={title} lead={t("staff.verify.lead")} breadcrumbs={[{ label: title }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-6">
          <ErrorSummary errors={errors} title={t("staff.common.errorSummary")} />
          <Form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="ritorno" value={data.returnTo} />
            <CodeField label={t("staff.verify.code")} hint={t("staff.verify.codeHint")} error={errors.code} />
            <button type="submit" className="btn btn-primary">
              {t("staff.verify.submit")}
            </button>
          </Form>
          <p className="mt-4">{t("staff.verify.lostDevice")}</p>
        </div>
      </div>
    </Page>
  );
}
