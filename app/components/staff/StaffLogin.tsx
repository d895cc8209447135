import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { FieldErrors, LoginData } from "~/utils/staff-routes.server";
import { PasswordField, TextField, useFormErrors } from "./StaffForm";

/**
 * The password step of the staff login. No CAPTCHA and nothing that blocks pasting or password
 * managers (WCAG 3.3.8); every refusal shows the same message, and the password is never sent back.
 */
export function StaffLogin() {
  const { t } = useTranslation();
  const data = useLoaderData() as LoginData;
  const action = useActionData() as { errors: FieldErrors; values: { username: string } } | undefined;
  const errors = useFormErrors(data.errors);
  const username = action?.values.username ?? data.values.username;
  // Each refusal empties the password field, as a script-less page would (the password is never sent back).
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (action) setRound((r) => r + 1);
  }, [action]);
  const title = t("staff.login.title");
  return (
    <Page title={title} lead={t("staff.login.lead")} breadcrumbs={[{ label: title }]} feedback={false}>
      <div className="row">
        <div className="col-12 col-lg-6">
          {data.loggedOut && !action ? (
            <div className="alert alert-info" role="status">
              <p className="mb-0">{t("staff.login.loggedOut")}</p>
            </div>
          ) : null}
          <ErrorSummary errors={errors} title={t("staff.common.errorSummary")} />
          <Form method="post" noValidate>
            <input type="hidden" name="ritorno" value={data.returnTo} />
            <TextField
              id="username"
              label={t("staff.login.username")}
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              defaultValue={username}
              key={`u-${round}`}
              error={errors.username}
            />
            <PasswordField key={`p-${round}`} id="password" label={t("staff.login.password")} autoComplete="current-password" required error={errors.password} />
            <button type="submit" className="btn btn-primary">
              {t("staff.login.submit")}
            </button>
          </Form>
          {data.demo ? (
            <div className="callout note mt-5">
              <div className="callout-title">{t("staff.login.demoTitle")}</div>
              <p className="mb-0">
                {t("staff.login.demoText", { usernames: data.demo.usernames, password: data.demo.password, secret: data.demo.secret })}
              </p>
            </div>
          ) : null}
          <section className="mt-5" aria-labelledby="citizens-heading">
            <h2 id="citizens-heading" className="h5">
              {t("staff.login.citizensHeading")}
            </h2>
            <p>
              <Link to="/accedi">{t("staff.login.citizensLink")}</Link>
            </p>
          </section>
        </div>
      </div>
    </Page>
  );
}
