import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { EnrolData } from "~/utils/staff-routes.server";
import { useFormErrors } from "./StaffForm";
import { CodeField } from "./StaffVerify";

/**
 * Enrolment of the second factor: the QR code for a camera, the same key written out in groups of
 * four (to read aloud, or to type with a screen reader or a magnifier), the otpauth link for an app
 * on this device, then the first code to prove the app works.
 */
export function StaffEnrol() {
  const { t } = useTranslation();
  const data = useLoaderData() as EnrolData;
  const errors = useFormErrors(data.errors);
  const title = t("staff.enrol.title");
  return (
    <Page title={title} lead={t("staff.enrol.lead")} breadcrumbs={[{ label: title }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-8">
          <ErrorSummary errors={errors} title={t("staff.common.errorSummary")} />
          <ol>
            <li>{t("staff.enrol.step1")}</li>
            <li>{t("staff.enrol.step2")}</li>
            <li>{t("staff.enrol.step3")}</li>
          </ol>
          <section className="mb-4" aria-labelledby="qr-heading">
            <h2 id="qr-heading" className="h4">
              {t("staff.enrol.qrHeading")}
            </h2>
            <img src={data.qrDataUri} alt={t("staff.enrol.qrAlt")} width={220} height={220} className="bg-white border p-2" />
          </section>
          <section className="mb-4" aria-labelledby="key-heading">
            <h2 id="key-heading" className="h4">
              {t("staff.enrol.keyHeading")}
            </h2>
            <p className="mb-1">
              {t("staff.enrol.keyLabel")}
            </p>
            <p className="h4 font-monospace" id="totp-key" data-testid="totp-key">
              {data.readable}
            </p>
            <p className="small">{t("staff.enrol.keyDetails")}</p>
            <p>
              <a href={data.otpauthUri}>{t("staff.enrol.link")}</a>
            </p>
          </section>
          <section aria-labelledby="confirm-heading">
            <h2 id="confirm-heading" className="h4">
              {t("staff.enrol.codeHeading")}
            </h2>
            <Form method="post" noValidate>
              <CsrfField />
              <input type="hidden" name="ritorno" value={data.returnTo} />
              <CodeField label={t("staff.enrol.code")} hint={t("staff.enrol.codeHint")} error={errors.code} />
              <button type="submit" className="btn btn-primary">
                {t("staff.enrol.submit")}
              </button>
            </Form>
          </section>
        </div>
      </div>
    </Page>
  );
}
