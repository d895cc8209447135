import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { FieldHelp } from "~/components/ui/FieldHelp";
import { TableScroll } from "~/components/ui/TableScroll";
import type { IdentifyField } from "~/domain/assisted";
import assistedEn from "~/locales/assisted.en";
import assistedIt from "~/locales/assisted.it";
import type { IdentifyData } from "~/utils/assisted-routes.server";
import { useNamespace } from "~/utils/namespace";
import { Answers, AssistingNotice, useDesk } from "./CitizenPages";

const useAssistedT = () => useNamespace("assisted", { it: assistedIt, en: assistedEn });

const BASE = "/gestione/assistenza";

/** Field ids: the error summary links to them. */
const IDS: Record<IdentifyField, string> = {
  service: "service",
  channel: "channel-counter",
  fiscalCode: "fiscalCode",
  givenName: "givenName",
  familyName: "familyName",
  documentType: "documentType",
  documentNumber: "documentNumber",
  verification: "verification",
  privacy: "privacy",
};

const describedBy = (id: string, hint: boolean, error: string | undefined) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

function TextInput({ name, label, hint, value, error, autoComplete }: { name: IdentifyField; label: string; hint?: string; value: string; error?: string; autoComplete?: string }) {
  const id = IDS[name];
  return (
    <div className="form-group mb-4">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        autoComplete={autoComplete ?? "off"}
        defaultValue={value}
        key={`${name}-${value}`}
        className={`form-control${error ? " is-invalid" : ""}`}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        aria-invalid={error ? true : undefined}
      />
      <FieldHelp id={id} hint={hint} error={error} />
    </div>
  );
}

/** The operator identifies the citizen, chooses the service and starts; their pending drafts below. */
export function AssistedStart() {
  const { t } = useAssistedT();
  const loaded = useLoaderData() as IdentifyData;
  const answered = useActionData() as IdentifyData | undefined;
  const d = answered ?? loaded;
  useErrorTitle(d.errors.length > 0);
  const err = Object.fromEntries(d.errors.map((e) => [e.field, e.text])) as Partial<Record<IdentifyField, string>>;
  const links = d.errors.map((e) => ({ href: `#${IDS[e.field as IdentifyField]}`, text: e.text }));
  const title = t("title");
  return (
    <Page title={title} lead={t("lead")} breadcrumbs={[{ label: t("area"), to: "/gestione" }, { label: title }]} feedback={false}>
      <ErrorList title={t("errorsTitle")} links={links} answer={answered} />
      {d.saved ? (
        <div className="alert alert-success" role="status">
          {t("saved")}
        </div>
      ) : null}
      <h2 className="h4">{t("identifyTitle")}</h2>
      {d.services.length === 0 ? (
        <p data-testid="assisted-no-services">{t("noServices")}</p>
      ) : (
        <Form method="post" noValidate className="mb-5">
          <CsrfField />
          <div className="select-wrapper mb-4">
            <label htmlFor={IDS.service}>{t("service")}</label>
            <select
              id={IDS.service}
              name="service"
              defaultValue={d.values.service}
              key={`s-${d.values.service}`}
              aria-describedby={describedBy(IDS.service, true, err.service)}
              aria-invalid={err.service ? true : undefined}
              className="w-100 mw-100"
            >
              <option value="">{t("chooseService")}</option>
              {d.services.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <FieldHelp id={IDS.service} hint={t("serviceHint")} error={err.service} />
          </div>
          <fieldset className="mb-4" aria-describedby={err.channel ? "channel-error" : undefined}>
            <legend className="fs-6 fw-semibold">{t("channel")}</legend>
            {(["counter", "phone"] as const).map((c) => (
              <div className="form-check" key={c}>
                <input className="form-check-input" type="radio" name="channel" id={`channel-${c}`} value={c} defaultChecked={d.values.channel === c} key={`c-${c}-${d.values.channel}`} />
                <label className="form-check-label" htmlFor={`channel-${c}`}>
                  {t(`channels.${c}`)}
                </label>
              </div>
            ))}
            <FieldHelp id="channel" error={err.channel} />
          </fieldset>
          <TextInput name="fiscalCode" label={t("fiscalCode")} hint={t("fiscalCodeHint")} value={d.values.fiscalCode} error={err.fiscalCode} />
          <TextInput name="givenName" label={t("givenName")} value={d.values.givenName} error={err.givenName} />
          <TextInput name="familyName" label={t("familyName")} value={d.values.familyName} error={err.familyName} />
          <fieldset className="border rounded p-3 mb-4">
            <legend className="h6 float-none w-auto px-2">{t("counterTitle")}</legend>
            <div className="select-wrapper mb-4">
              <label htmlFor={IDS.documentType}>{t("documentType")}</label>
              <select
                id={IDS.documentType}
                name="documentType"
                defaultValue={d.values.documentType}
                key={`d-${d.values.documentType}`}
                aria-describedby={describedBy(IDS.documentType, false, err.documentType)}
                aria-invalid={err.documentType ? true : undefined}
                className="w-100 mw-100"
              >
                <option value="">{t("chooseDocument")}</option>
                {d.documentTypes.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <FieldHelp id={IDS.documentType} error={err.documentType} />
            </div>
            <TextInput name="documentNumber" label={t("documentNumber")} hint={t("documentNumberHint")} value={d.values.documentNumber} error={err.documentNumber} />
          </fieldset>
          <fieldset className="border rounded p-3 mb-4">
            <legend className="h6 float-none w-auto px-2">{t("phoneTitle")}</legend>
            <TextInput name="verification" label={t("verification")} hint={t("verificationHint")} value={d.values.verification} error={err.verification} />
          </fieldset>
          <div className="form-check mb-4">
            <input
              className="form-check-input"
              type="checkbox"
              id={IDS.privacy}
              name="privacy"
              value="yes"
              aria-invalid={err.privacy ? true : undefined}
              aria-describedby={err.privacy ? `${IDS.privacy}-error` : undefined}
            />
            <label className="form-check-label" htmlFor={IDS.privacy}>
              {t("privacy")}
            </label>
            <FieldHelp id={IDS.privacy} error={err.privacy} />
          </div>
          <button type="submit" className="btn btn-primary">
            {t("start")}
          </button>
        </Form>
      )}
      <h2 className="h4">{t("draftsTitle")}</h2>
      {d.drafts.length === 0 ? (
        <p data-testid="assisted-drafts-empty">{t("draftsEmpty")}</p>
      ) : (
        <TableScroll label={t("draftsCaption")}>
          <table className="table" data-testid="assisted-drafts">
            <caption>{t("draftsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.citizen")}</th>
                <th scope="col">{t("columns.service")}</th>
                <th scope="col">{t("columns.channel")}</th>
                <th scope="col">{t("columns.updated")}</th>
                <th scope="col">{t("columns.action")}</th>
              </tr>
            </thead>
            <tbody>
              {d.drafts.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.name} <span className="text-muted small">({r.fiscalCode})</span>
                  </th>
                  <td>{r.service}</td>
                  <td>{r.channel}</td>
                  <td>{r.updated}</td>
                  <td>
                    <Link to={r.href} aria-label={t("resumeLabel", { name: r.name, service: r.service })}>
                      {t("resume")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Page>
  );
}

interface SummaryData {
  id: number;
  service: string;
  crumbs: { label: string; to?: string }[];
  assisting: string;
  sections: { stepId: string; title: string; change: string; rows: { label: string; value: string; anchor: string }[] }[];
  documents: { label: string; files: string[] }[];
  hasDocuments: boolean;
  incomplete: { stepTitle: string; href: string } | null;
  missingDocuments: boolean;
  progress: { current: number; total: number };
  channel: "counter" | "phone";
  documentsHref: string;
  confirmLabel: string;
  note: string;
  errors: { field: string; text: string }[];
}

/** The summary read or printed with the citizen, their confirmation, and sending. */
export function AssistedSummary() {
  const { t } = useAssistedT();
  const desk = useDesk().t;
  const d = useLoaderData() as SummaryData;
  useErrorTitle(d.errors.length > 0);
  const err = Object.fromEntries(d.errors.map((e) => [e.field, e.text])) as Record<string, string | undefined>;
  const changeLabel = (what: string) => (what ? desk("summary.changeLabel", { what }) : desk("summary.change"));
  return (
    <Page title={t("summaryTitle")} breadcrumbs={d.crumbs} feedback={false}>
      <AssistingNotice text={d.assisting} />
      <p className="text-muted mb-2" data-testid="progress">
        {desk("progress", d.progress)}
      </p>
      <ErrorList title={t("errorsTitle")} links={d.errors.map((e) => ({ href: `#${e.field}`, text: e.text }))} answer={d} />
      <p className="lead">{t("summaryLead", { service: d.service })}</p>
      {d.incomplete ? (
        <div className="alert alert-warning" role="status">
          {desk("summary.incomplete")} <Link to={d.incomplete.href}>{d.incomplete.stepTitle}</Link>
        </div>
      ) : null}
      <Answers sections={d.sections} changeLabel={changeLabel} level={2} />
      {d.hasDocuments ? (
        <section className="mb-4" aria-labelledby="summary-docs">
          <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
            <h2 id="summary-docs" className="h5">
              {desk("documents.title")}
            </h2>
            <Link to={d.documentsHref} aria-label={desk("summary.changeLabel", { what: desk("documents.title") })}>
              {desk("summary.change")}
            </Link>
          </div>
          <dl>
            {d.documents.map((doc) => (
              <div key={doc.label} className="border-bottom py-2 d-md-flex">
                <dt className="col-md-5 fw-semibold">{doc.label}</dt>
                <dd className="col-md-7 mb-0">{doc.files.length ? doc.files.join(", ") : desk("form.notAnswered")}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {d.channel === "counter" ? <p className="d-print-none">{t("printHint")}</p> : null}
      <h2 className="h4 mt-4">{t("confirmTitle")}</h2>
      <p>{desk("summary.declaration")}</p>
      <form method="post" noValidate className="d-print-none">
        <CsrfField />
        <div className="form-check mb-3">
          <input
            className="form-check-input"
            type="checkbox"
            id="confirmed"
            name="confirmed"
            value="yes"
            aria-invalid={err.confirmed ? true : undefined}
            aria-describedby={["confirmed-hint", err.confirmed ? "confirmed-error" : null].filter(Boolean).join(" ")}
          />
          <label className="form-check-label" htmlFor="confirmed">
            {d.confirmLabel}
          </label>
          <FieldHelp id="confirmed" hint={t("confirmTimeHint")} error={err.confirmed} />
        </div>
        <div className="form-group mb-4">
          <label htmlFor="note" className="active">
            {t("note")}
          </label>
          <input
            id="note"
            name="note"
            type="text"
            autoComplete="off"
            defaultValue={d.note}
            className={`form-control${err.note ? " is-invalid" : ""}`}
            aria-describedby={describedBy("note", true, err.note)}
            aria-invalid={err.note ? true : undefined}
          />
          <FieldHelp id="note" hint={t("noteHint")} error={err.note} />
        </div>
        <button type="submit" className="btn btn-primary btn-lg" disabled={Boolean(d.incomplete) || d.missingDocuments}>
          {t("submit")}
        </button>
      </form>
    </Page>
  );
}

/** After sending: the protocol number and what to give the citizen. */
export function AssistedDone() {
  const { t } = useAssistedT();
  const d = useLoaderData() as { id: number; protocol: string; lead: string; emailKnown: boolean; confirmed: string | null };
  const title = t("doneTitle");
  return (
    <Page title={title} breadcrumbs={[{ label: t("area"), to: "/gestione" }, { label: t("title"), to: BASE }, { label: title }]} feedback={false}>
      <div className="alert alert-success" role="status" data-testid="assisted-done">
        <p className="mb-1">{d.lead}</p>
        {d.confirmed ? <p className="mb-0">{d.confirmed}</p> : null}
      </div>
      <p>{t("doneCitizen")}</p>
      <p>{d.emailKnown ? t("doneEmail") : t("doneNoEmail")}</p>
      <ul>
        <li>
          <a href={`/gestione/domande/${d.id}/ricevuta`}>{t("doneReceipt")}</a>
        </li>
        <li>
          <Link to={`/gestione/domande/${d.id}`}>{t("doneCase")}</Link>
        </li>
        <li>
          <Link to={BASE}>{t("another")}</Link>
        </li>
      </ul>
    </Page>
  );
}
