import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { CsrfField } from "~/components/ui/CsrfField";
import { FieldHelp } from "~/components/ui/FieldHelp";
import { SWITCHES, TEXT_SIZES } from "~/domain/reading-preferences";
import type { preferencesLoader } from "~/utils/reading-preferences.server";
import { usePreferencesT } from "./usePreferencesT";

type PageData = Awaited<ReturnType<typeof preferencesLoader>>;

/**
 * /preferenze-di-lettura: a plain form (no JavaScript needed) with the text size and the other
 * preferences, and a preview. The form is a native one, not Remix's <Form>: saving reloads the whole
 * document, so the new classes of <html> and the chosen font apply at once, with or without JavaScript.
 */
export function ReadingPreferencesPage() {
  const loaded = useLoaderData<PageData>();
  const answered = useActionData<PageData>();
  const d = answered ?? loaded;
  const { t } = usePreferencesT();
  const { t: tr } = useTranslation();
  const p = d.preferences;
  const errors = d.errors ?? {};
  const sizeError = errors["textSize-100"];
  const outcomeText = d.outcome === "salvate" ? t("saved") : d.outcome === "salvate-profilo" ? t("savedProfile") : d.outcome === "ripristinate" ? t("reset") : null;

  return (
    <Page title={t("title")} lead={t("lead")} breadcrumbs={[{ label: t("title") }]} feedback={false}>
      <div className="row stp-prefs">
        <div className="col-12 col-lg-8">
          {outcomeText ? (
            <div className="alert alert-success" role="status">
              {outcomeText}
            </div>
          ) : null}
          <ErrorList title={tr("errors.errorSummaryTitle")} links={Object.entries(errors).map(([field, key]) => ({ href: `#${field}`, text: t(key) }))} />
          <form method="post" action="/preferenze-di-lettura" noValidate className="stp-prefs-form">
            <CsrfField />
            {d.returnTo ? <input type="hidden" name="ritorno" value={d.returnTo} /> : null}
            <fieldset className="mb-4" aria-describedby={`textSize-hint${sizeError ? " textSize-error" : ""}`}>
              <legend className="h4">{t("textSize.legend")}</legend>
              <FieldHelp id="textSize" hint={t("textSize.hint")} error={sizeError ? t(sizeError) : undefined} hintClassName="form-text d-block mb-2" />
              {TEXT_SIZES.map((size) => (
                <div className="form-check" key={size}>
                  <input
                    className="form-check-input"
                    type="radio"
                    name="textSize"
                    id={`textSize-${size}`}
                    value={size}
                    defaultChecked={p.textSize === size}
                    aria-invalid={sizeError ? true : undefined}
                  />
                  <label className="form-check-label" htmlFor={`textSize-${size}`}>
                    {t(size === 100 ? "textSize.normal" : "textSize.option", { size })}
                  </label>
                </div>
              ))}
            </fieldset>
            <fieldset className="mb-4" aria-describedby="options-hint">
              <legend className="h4">{t("options.legend")}</legend>
              <FieldHelp id="options" hint={t("options.hint")} hintClassName="form-text d-block mb-2" />
              {SWITCHES.map((s) => (
                <div className="form-check" key={s}>
                  <input className="form-check-input" type="checkbox" name={s} id={s} defaultChecked={p[s]} aria-describedby={`${s}-hint`} />
                  <label className="form-check-label" htmlFor={s}>
                    {t(`options.${s}.label`)}
                  </label>
                  <FieldHelp id={s} hint={t(`options.${s}.hint`)} />
                </div>
              ))}
            </fieldset>
            <p>{t("cookie")}</p>
            <div className="d-flex flex-wrap gap-3 mb-4">
              <button type="submit" name="intent" value="save" className="btn btn-primary">
                {t("save")}
              </button>
              <button type="submit" name="intent" value="reset" className="btn btn-outline-primary">
                {t("resetButton")}
              </button>
            </div>
          </form>
          {d.returnTo ? (
            <p>
              <Link to={d.returnTo}>{t("back")}</Link>
            </p>
          ) : null}
        </div>
        <div className="col-12 col-lg-4">
          <section aria-labelledby="preview-title" className="stp-prefs-preview mb-4">
            <h2 id="preview-title" className="h4">
              {t("preview.title")}
            </h2>
            <p className="stp-prefs-preview-text">{t("preview.text")}</p>
            <p className="small">{t("preview.note")}</p>
          </section>
        </div>
      </div>
    </Page>
  );
}
