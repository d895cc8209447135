import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { StatusMessage, useErrorTitle } from "~/components/staff/StaffForm";
import type { EditLanguage, ServiceEditValues, TextField } from "~/services/catalogue-admin.server";
import type { ServiceEditData, ServiceEditResult } from "~/utils/catalogue-routes.server";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { Choice, TextInput } from "./CatalogueFields";

/**
 * The texts in the order of the public page, with what the form needs to draw each one (the rules
 * themselves live in the service: TEXT_RULES in app/services/catalogue-admin.server.ts).
 */
const TEXTS: { field: TextField; multiline: boolean; hint?: boolean; optional?: boolean }[] = [
  { field: "title", multiline: false, hint: true },
  { field: "summary", multiline: true, hint: true },
  { field: "plain_summary", multiline: true, hint: true },
  { field: "audience_type", multiline: false, hint: true },
  { field: "audience", multiline: true },
  { field: "description", multiline: true },
  { field: "how_to", multiline: true },
  { field: "needed", multiline: true },
  { field: "outcome", multiline: true },
  { field: "deadlines", multiline: true },
  { field: "cost", multiline: true },
  { field: "access", multiline: true, hint: true },
  { field: "conditions", multiline: true, hint: true },
  { field: "keywords", multiline: false, hint: true, optional: true },
];

const LANGUAGES: EditLanguage[] = ["it", "en"];
const SETTINGS = ["online_url", "bookable", "active", "spid_level"];

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Come fare (italiano)": how a message or a list names one text of one language. */
function fieldName(t: T, lang: EditLanguage, field: TextField): string {
  return t("edit.fieldInLanguage", { field: t(`edit.fields.${field}`), language: t(`edit.languages.${lang}`) });
}

/** The message for one error code of one field id ("it-how_to", "mode", "conflict"…). */
function messageFor(t: T, id: string, code: string): string {
  const text = /^(it|en)-(\w+)$/.exec(id);
  return text ? t(`errors.${code}`, { field: fieldName(t, text[1] as EditLanguage, text[2] as TextField) }) : t(`errors.${code}`);
}

/** The name of a changed part as the service reports it ("it.how_to", "bookable"…). */
function changedName(t: T, name: string): string {
  const [lang, field] = name.split(".");
  if (field && (lang === "it" || lang === "en")) return fieldName(t, lang, field as TextField);
  return SETTINGS.includes(name) ? t(`edit.settingsFields.${name}`) : name;
}

function TextsFieldset({ lang, values, errors }: { lang: EditLanguage; values: ServiceEditValues; errors: Record<string, string> }) {
  const { t } = useTranslation("catalogue");
  const legendId = `texts-${lang}`;
  return (
    <fieldset className="mb-5">
      <legend className="h3 mb-3">
        <span id={legendId} tabIndex={-1}>
          {t(lang === "it" ? "edit.textsIt" : "edit.textsEn")}
        </span>
      </legend>
      {lang === "en" ? <p id="english-hint">{t("edit.englishHint")}</p> : null}
      <p id={`format-hint-${lang}`} className="small">
        {t("edit.formatHint")}
      </p>
      {TEXTS.map(({ field, multiline, hint, optional }) => {
        const id = `${lang}-${field}`;
        const code = errors[id];
        return (
          <TextInput
            key={id}
            id={id}
            label={t(`edit.fields.${field}`)}
            hiddenLabel={`(${t(`edit.languages.${lang}`)})`}
            hint={hint ? t(`edit.hints.${field}`) : undefined}
            describedBy={multiline ? `format-hint-${lang}` : undefined}
            error={code ? messageFor(t, id, code) : undefined}
            defaultValue={values.texts[lang][field]}
            multiline={multiline}
            lang={lang}
            required={!optional}
          />
        );
      })}
    </fieldset>
  );
}

/** The administrator's editor of one service page (/gestione/servizi/:slug). */
export function ServiceEditor() {
  const { t } = useTranslation("catalogue");
  const { t: common } = useTranslation();
  const data = useLoaderData() as ServiceEditData;
  const answer = useActionData() as ServiceEditResult | undefined;
  const errors = answer?.errors ?? {};
  const values = answer?.values ?? data.values;
  const links = Object.entries(errors).map(([id, code]) => ({ href: `#${id}`, text: messageFor(t, id, code) }));
  useErrorTitle(links.length > 0);
  const title = t("edit.title", { service: data.service.title });
  const listTitle = t("list.title");
  const stale = answer?.kind === "stale" ? answer.stale : null;
  const v = values;

  return (
    <Page
      title={title}
      lead={t("edit.lead", { category: data.service.categoryName, office: data.service.officeName })}
      breadcrumbs={[{ label: common("staff.home.title"), to: "/gestione" }, { label: listTitle, to: "/gestione/servizi" }, { label: data.service.title }]}
      feedback={false}
    >
      <div className="row">
        <div className="col-12 col-lg-9">
          {data.notice && !answer ? (
            <>
              <StatusMessage text={t(data.notice === "saved" ? "edit.saved" : "edit.unchanged")} />
              {data.notice === "saved" ? <p>{data.cacheSeconds > 0 ? t("edit.cacheLater", { seconds: data.cacheSeconds }) : t("edit.cacheNow")}</p> : null}
            </>
          ) : null}
          <p>
            <Link to={data.service.publicPath}>{t("edit.viewPublic")}</Link>
          </p>
          {data.brokenDeskLink ? (
            <div className="callout warning" data-testid="broken-desk-link">
              <p className="mb-0">{t("edit.brokenDeskLink")}</p>
            </div>
          ) : null}
          <ErrorList title={t("errors.summaryTitle")} links={links} answer={answer} />
          {stale ? (
            <section id="conflict" tabIndex={-1} className="callout danger my-4" aria-labelledby="conflict-heading" data-testid="conflict">
              <h2 id="conflict-heading" className="callout-title h5">
                {t("edit.stale.heading")}
              </h2>
              <p>{t("edit.stale.text", { date: stale.savedAt })}</p>
              {stale.differing.length ? (
                <>
                  <p className="mb-1">{t("edit.stale.differing")}</p>
                  <ul>
                    {stale.differing.map((name) => (
                      <li key={name}>{changedName(t, name)}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t("edit.stale.none")}</p>
              )}
              <p className="mb-0">{t("edit.stale.howTo")}</p>
            </section>
          ) : errors.conflict ? (
            <p id="conflict" tabIndex={-1} className="text-danger">
              {messageFor(t, "conflict", errors.conflict)}
            </p>
          ) : null}

          <nav aria-labelledby="form-contents" className="mb-4">
            <h2 id="form-contents" className="h5">
              {t("edit.contents")}
            </h2>
            <ul>
              <li>
                <a href="#texts-it">{t("edit.textsIt")}</a>
              </li>
              <li>
                <a href="#texts-en">{t("edit.textsEn")}</a>
              </li>
              <li>
                <a href="#access-heading">{t("edit.accessHeading")}</a>
              </li>
              <li>
                <a href="#status-heading">{t("edit.statusHeading")}</a>
              </li>
            </ul>
          </nav>
          <p>{t("edit.requiredHint")}</p>

          {/* A new form after each answer that changes the version, so the fields show that answer's values. */}
          <Form method="post" noValidate key={`${answer?.kind ?? "loaded"}-${v.updatedAt}`}>
            <CsrfField />
            <input type="hidden" name="updatedAt" value={v.updatedAt} />
            {LANGUAGES.map((lang) => (
              <TextsFieldset key={lang} lang={lang} values={v} errors={errors} />
            ))}

            <h2 id="access-heading" className="h3 mb-3" tabIndex={-1}>
              {t("edit.accessHeading")}
            </h2>
            <fieldset className="mb-4" aria-describedby={errors.mode ? "mode-error" : undefined}>
              <legend className="h5">{t("edit.mode.legend")}</legend>
              {errors.mode ? (
                <p className="text-danger" id="mode-error">
                  {messageFor(t, "mode", errors.mode)}
                </p>
              ) : null}
              <Choice type="radio" id="mode" name="mode" value="online" label={t("edit.mode.online")} hint={t("edit.mode.onlineHint")} defaultChecked={v.mode === "online"} invalid={Boolean(errors.mode)} />
              <div className="ms-4 ms-md-5 mb-3 border-start ps-3">
                <fieldset className="mb-3" aria-describedby={`onlineTarget-status${errors.onlineTarget ? " onlineTarget-error" : ""}`}>
                  <legend className="h6">{t("edit.target.legend")}</legend>
                  <p className="small" id="onlineTarget-status">
                    {data.deskFormAvailable ? t("edit.target.deskAvailable") : t("edit.target.deskMissing")}
                  </p>
                  {errors.onlineTarget ? (
                    <p className="text-danger" id="onlineTarget-error">
                      {messageFor(t, "onlineTarget", errors.onlineTarget)}
                    </p>
                  ) : null}
                  <Choice
                    type="radio"
                    id="onlineTarget"
                    name="onlineTarget"
                    value="desk"
                    label={t("edit.target.desk", { path: data.service.deskFormPath })}
                    defaultChecked={v.onlineTarget === "desk"}
                    invalid={Boolean(errors.onlineTarget)}
                  />
                  <Choice
                    type="radio"
                    id="onlineTarget-external"
                    name="onlineTarget"
                    value="external"
                    label={t("edit.target.external")}
                    defaultChecked={v.onlineTarget === "external"}
                    invalid={Boolean(errors.onlineTarget)}
                  />
                  <div className="ms-4 mt-5">
                    <TextInput
                      id="externalUrl"
                      label={t("edit.target.url")}
                      hint={t("edit.target.urlHint")}
                      error={errors.externalUrl ? messageFor(t, "externalUrl", errors.externalUrl) : undefined}
                      defaultValue={v.externalUrl}
                      multiline={false}
                      type="url"
                      inputMode="url"
                    />
                  </div>
                </fieldset>
                <Choice type="checkbox" id="bookable" name="bookable" value="1" label={t("edit.target.bookable")} defaultChecked={v.mode === "online" && v.bookable} />
              </div>
              <Choice type="radio" id="mode-booking" name="mode" value="booking" label={t("edit.mode.booking")} hint={t("edit.mode.bookingHint")} defaultChecked={v.mode === "booking"} invalid={Boolean(errors.mode)} />
              <Choice
                type="radio"
                id="mode-information"
                name="mode"
                value="information"
                label={t("edit.mode.information")}
                hint={t("edit.mode.informationHint")}
                defaultChecked={v.mode === "information"}
                invalid={Boolean(errors.mode)}
              />
            </fieldset>

            <h2 id="status-heading" className="h3 mb-3" tabIndex={-1}>
              {t("edit.statusHeading")}
            </h2>
            <fieldset className="mb-4">
              <legend className="h5">{t("edit.active.legend")}</legend>
              <Choice type="radio" id="active" name="active" value="1" label={t("edit.active.active")} hint={t("edit.active.activeHint")} defaultChecked={v.active} />
              <Choice type="radio" id="active-suspended" name="active" value="0" label={t("edit.active.suspended")} hint={t("edit.active.suspendedHint")} defaultChecked={!v.active} />
            </fieldset>
            <fieldset className="mb-4" aria-describedby={`spidLevel-hint${errors.spidLevel ? " spidLevel-error" : ""}`}>
              <legend className="h5">{t("edit.spid.legend")}</legend>
              <p className="small" id="spidLevel-hint">
                {t("edit.spid.hint")}
              </p>
              {errors.spidLevel ? (
                <p className="text-danger" id="spidLevel-error">
                  {messageFor(t, "spidLevel", errors.spidLevel)}
                </p>
              ) : null}
              {(["1", "2", "3"] as const).map((level) => (
                <Choice
                  key={level}
                  type="radio"
                  id={level === "1" ? "spidLevel" : `spidLevel-${level}`}
                  name="spidLevel"
                  value={level}
                  label={t(`edit.spid.level${level}`)}
                  defaultChecked={v.spidLevel === level}
                  invalid={Boolean(errors.spidLevel)}
                />
              ))}
            </fieldset>
            <button type="submit" className="btn btn-primary mb-5">
              {stale ? t("edit.saveAgain") : t("edit.save")}
            </button>
          </Form>
        </div>
      </div>
    </Page>
  );
}
