import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { FieldHelp } from "~/components/ui/FieldHelp";
import { STATEMENT_PATH, type FeedbackField } from "~/domain/accessibility-statement";
import type { FeedbackPageData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

const FIELDS: { name: FeedbackField; type?: string; autoComplete: string; hint: boolean; multiline?: boolean }[] = [
  { name: "name", autoComplete: "name", hint: false },
  { name: "email", type: "email", autoComplete: "email", hint: true },
  { name: "phone", type: "tel", autoComplete: "tel", hint: true },
  { name: "pageUrl", autoComplete: "off", hint: true },
  { name: "description", autoComplete: "off", hint: true, multiline: true },
  { name: "assistiveTechnology", autoComplete: "off", hint: true },
];

/** The feedback form of the accessibility statement: no login, works without JavaScript. */
export function FeedbackFormPage() {
  const { t } = useA11yT();
  const loaded = useLoaderData() as FeedbackPageData;
  const answered = useActionData() as FeedbackPageData | undefined;
  const d = answered ?? loaded;
  useErrorTitle(d.errors.length > 0);
  const err = Object.fromEntries(d.errors.map((e) => [e.field, e.text])) as Partial<Record<FeedbackField | "form", string>>;
  const links = d.errors.map((e) => ({ href: `#${e.field === "form" ? "description" : e.field}`, text: e.text }));
  const title = t("form.title");
  return (
    <Page title={title} lead={t("form.lead")} breadcrumbs={[{ label: t("statement.title"), to: STATEMENT_PATH }, { label: title }]} feedback={false}>
      <ErrorList title={t("form.errorsTitle")} links={links} answer={answered} />
      <Form method="post" noValidate className="mb-5" data-testid="a11y-feedback-form">
        <CsrfField />
        {FIELDS.map((f) => {
          const id = f.name;
          const error = err[f.name];
          const described = [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
          const common = {
            id,
            name: f.name,
            defaultValue: d.values[f.name],
            autoComplete: f.autoComplete,
            className: `form-control${error ? " is-invalid" : ""}`,
            "aria-describedby": described,
            "aria-invalid": error ? true : undefined,
          };
          return (
            <div className="form-group mb-4" key={`${f.name}-${d.values[f.name]}`}>
              <label htmlFor={id} className="active">
                {t(`form.${f.name}`)}
              </label>
              {f.multiline ? <textarea rows={6} {...common} /> : <input type={f.type ?? "text"} {...common} />}
              <FieldHelp id={id} hint={f.hint ? t(`form.${f.name}Hint`) : undefined} error={error} />
            </div>
          );
        })}
        <p>
          {t("form.privacy")} <Link to="/privacy">{t("footer.privacy", { ns: "translation" })}</Link>
        </p>
        <button type="submit" className="btn btn-primary">
          {t("form.submit")}
        </button>
      </Form>
    </Page>
  );
}
