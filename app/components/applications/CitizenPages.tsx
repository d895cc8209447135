import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { FieldView } from "~/forms/view";
import deskEn from "~/locales/desk.en";
import deskIt from "~/locales/desk.it";
import { useNamespace } from "~/utils/namespace";
import { FormFields } from "./FormFields";
import { TableScroll } from "~/components/ui/TableScroll";
import type { FeesOfCase } from "~/utils/fee-routes.server";
import { CitizenFees } from "./FeePanels";
import { Glossed } from "~/components/plain/Glossed";
import { ListenButton } from "~/components/plain/ListenButton";
import { PlainSummary } from "~/components/plain/PlainSummary";

/** «In parole semplici» of a page of the flow (issue 7 §2), with its glossary terms explained on the spot. */
function PlainStep({ text, step }: { text: string; step?: boolean }) {
  const { t } = useDesk();
  return (
    <PlainSummary id="in-parole-semplici" title={step ? t("plain.stepTitle") : t("plain.title")}>
      <p className="mb-2">
        <Glossed text={text} />
      </p>
    </PlainSummary>
  );
}

export const useDesk = () => useNamespace("desk", { it: deskIt, en: deskEn });

const AREA = { to: "/area-personale" } as const;
const LIST = "/area-personale/domande";

function Progress({ current, total, label }: { current: number; total: number; label: string }) {
  return (
    <p className="text-muted mb-2" data-testid="progress">
      {label}
    </p>
  );
}

function useCrumbs(service: string) {
  const { t } = useDesk();
  return [{ label: t("area"), ...AREA }, { label: t("list.title"), to: LIST }, { label: service }];
}

/** What an assisted application's pages add (issue 7 §7): the back office's crumbs and whom the operator fills it for. */
interface Assisting {
  crumbs?: { label: string; to?: string }[];
  assisting?: string;
}

export function AssistingNotice({ text }: { text?: string }) {
  return text ? (
    <p className="alert alert-info" role="note" data-testid="assisting">
      {text}
    </p>
  ) : null;
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

// ---------------------------------------------------------------------------------------------

interface ListItem {
  id: number;
  serviceTitle: string;
  state: string;
  protocol: string | null;
  submittedAt: string | null;
  updatedAt: string;
  unread: number;
  replyBy?: string | null;
  daysLeft?: number | null;
  /** Set when an operator filled it with the citizen (issue 7 §7), already translated. */
  assisted?: string | null;
}

export function ApplicationsList() {
  const { t } = useDesk();
  const d = useLoaderData() as { actionNeeded: ListItem[]; drafts: ListItem[]; others: ListItem[]; notice: string | null; actingFor: string | null };
  const empty = !d.actionNeeded.length && !d.drafts.length && !d.others.length;
  return (
    <Page title={t("list.title")} lead={t("list.lead")} breadcrumbs={[{ label: t("area"), ...AREA }, { label: t("list.title") }]} feedback={false}>
      {d.notice ? (
        <div className="alert alert-success" role="status">
          {t(`list.notice.${d.notice}`)}
        </div>
      ) : null}
      {d.actingFor ? <p className="alert alert-warning">{t("actingFor", { name: d.actingFor })}</p> : null}
      {empty ? (
        <p>
          {t("list.empty")} <Link to="/servizi">{t("list.findService")}</Link>
        </p>
      ) : null}
      {d.actionNeeded.length ? (
        <section aria-labelledby="action-needed" className="mb-5">
          <h2 id="action-needed" className="h3">
            {t("list.actionNeeded")}
          </h2>
          <ul className="list-unstyled">
            {d.actionNeeded.map((a) => (
              <li key={a.id} className="card card-bg border-start border-4 border-warning mb-3">
                <div className="card-body">
                  <h3 className="h5">
                    <Link to={`${LIST}/${a.id}`}>{a.serviceTitle}</Link>
                  </h3>
                  <p className="mb-1">
                    {t("list.protocol")}: <span className="font-monospace">{a.protocol}</span>
                  </p>
                  {a.replyBy ? (
                    <p className="fw-semibold mb-0">
                      {a.daysLeft !== null && a.daysLeft !== undefined && a.daysLeft >= 0 ? t("list.daysLeft", { count: a.daysLeft, date: a.replyBy }) : t("list.late", { date: a.replyBy })}
                    </p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.drafts.length ? (
        <section aria-labelledby="drafts" className="mb-5">
          <h2 id="drafts" className="h3">
            {t("list.drafts")}
          </h2>
          <TableScroll label={t("list.drafts")}>
            <table className="table">
              <caption className="visually-hidden">{t("list.drafts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("list.service")}</th>
                  <th scope="col">{t("list.savedAt")}</th>
                  <th scope="col">{t("list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.drafts.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.serviceTitle}</th>
                    <td>{a.updatedAt}</td>
                    <td>
                      <Link className="btn btn-primary btn-sm me-2 mb-1" to={`${LIST}/${a.id}`} aria-label={t("list.resumeLabel", { service: a.serviceTitle })}>
                        {t("list.resume")}
                      </Link>
                      <form method="post" className="d-inline">
                        <CsrfField />
                        <input type="hidden" name="application" value={a.id} />
                        <button type="submit" name="intent" value="delete" className="btn btn-outline-danger btn-sm mb-1" aria-label={t("list.deleteLabel", { service: a.serviceTitle })}>
                          {t("list.delete")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
      {d.others.length ? (
        <section aria-labelledby="sent" className="mb-5">
          <h2 id="sent" className="h3">
            {t("list.sent")}
          </h2>
          <TableScroll label={t("list.sent")}>
            <table className="table">
              <caption className="visually-hidden">{t("list.sent")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("list.service")}</th>
                  <th scope="col">{t("list.protocol")}</th>
                  <th scope="col">{t("list.submittedAt")}</th>
                  <th scope="col">{t("list.state")}</th>
                </tr>
              </thead>
              <tbody>
                {d.others.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      <Link to={`${LIST}/${a.id}`}>{a.serviceTitle}</Link>
                      {a.unread ? <span className="badge bg-primary ms-2">{t("list.unread", { count: a.unread })}</span> : null}
                      {a.assisted ? <span className="d-block small fw-normal">{a.assisted}</span> : null}
                    </th>
                    <td className="font-monospace">{a.protocol}</td>
                    <td>{a.submittedAt}</td>
                    <td>{t(`state.${a.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

export function StartApplication() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    service: { slug: string; title: string; summary: string; active: boolean };
    draft: { id: number; updatedAt: string } | null;
    steps: number;
    hasAttachments: boolean;
    refused: string | null;
    actingFor: string | null;
  };
  return (
    <Page title={t("start.title", { service: d.service.title })} lead={d.service.summary} breadcrumbs={[{ label: t("area"), ...AREA }, { label: t("list.title"), to: LIST }, { label: d.service.title }]} feedback={false}>
      {d.refused ? (
        <div className="alert alert-danger" role="alert">
          {t(`start.refused.${d.refused}`)}
        </div>
      ) : null}
      {d.actingFor ? <p className="alert alert-warning">{t("actingFor", { name: d.actingFor })}</p> : null}
      <h2 className="h4">{t("start.beforeTitle")}</h2>
      <ul>
        <li>{t("start.saved")}</li>
        <li>{t("start.privacy")}</li>
        {d.hasAttachments ? <li>{t("start.documents")}</li> : null}
        <li>
          <Link to={`/servizi/${d.service.slug}`}>{t("start.servicePage")}</Link>
        </li>
      </ul>
      <form method="post" className="mt-4">
        <CsrfField />
        {d.draft ? (
          <>
            <p>{t("start.draftFound", { date: d.draft.updatedAt })}</p>
            <button type="submit" name="intent" value="resume" className="btn btn-primary me-3 mb-2">
              {t("start.resume")}
            </button>
            <button type="submit" name="intent" value="new" className="btn btn-outline-primary mb-2">
              {t("start.restart")}
            </button>
          </>
        ) : (
          <button type="submit" name="intent" value="resume" className="btn btn-primary">
            {t("start.begin")}
          </button>
        )}
      </form>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

export function PrivacyStep() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    id: number;
    service: string;
    purpose: string;
    controller: { name: string; address: string; pec: string; email: string } | null;
    accepted: boolean;
    errors: Record<string, string>;
    progress: { current: number; total: number };
  };
  const error = d.errors.accept ? t(d.errors.accept.replace(/^desk:/, "")) : null;
  useErrorTitle(Boolean(error));
  return (
    <Page title={t("privacy.title")} breadcrumbs={useCrumbs(d.service)} feedback={false}>
      <Progress {...d.progress} label={t("progress", d.progress)} />
      <ErrorList title={t("errorSummary")} links={error ? [{ href: "#accept", text: error }] : []} answer={d} />
      <PlainStep text={t("plain.privacy")} step />
      <p className="lead">{t("privacy.lead", { service: d.service })}</p>
      <h2 className="h4">{t("privacy.purposeTitle")}</h2>
      <p>{d.purpose}</p>
      {d.controller ? (
        <>
          <h2 className="h4">{t("privacy.controllerTitle")}</h2>
          <p>{t("privacy.controller", d.controller)}</p>
        </>
      ) : null}
      <h2 className="h4">{t("privacy.rightsTitle")}</h2>
      <p>{t("privacy.rights")}</p>
      <p>
        <Link to="/privacy">{t("privacy.full")}</Link>
      </p>
      <form method="post" noValidate className="mt-4">
        <CsrfField />
        <fieldset aria-describedby={error ? "accept-error" : undefined}>
          <legend className="visually-hidden">{t("privacy.title")}</legend>
          {error ? (
            <p id="accept-error" className="text-danger fw-semibold">
              {error}
            </p>
          ) : null}
          <div className="form-check">
            <input className="form-check-input" type="checkbox" id="accept" name="accept" value="yes" defaultChecked={d.accepted} aria-invalid={error ? true : undefined} />
            <label className="form-check-label" htmlFor="accept">
              {t("privacy.accept")}
            </label>
          </div>
        </fieldset>
        <button type="submit" className="btn btn-primary mt-3">
          {t("continue")}
        </button>
      </form>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

export function FormStepPage() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    id: number;
    stepId: string;
    title: string;
    intro: string | null;
    plain: string;
    service: string;
    fields: FieldView[];
    errorLinks: { href: string; text: string }[];
    back: string;
    backToSummary: boolean;
    progress: { current: number; total: number };
  } & Assisting;
  useErrorTitle(d.errorLinks.length > 0);
  const crumbs = useCrumbs(d.service);
  return (
    <Page title={d.title} breadcrumbs={d.crumbs ?? crumbs} feedback={false}>
      <AssistingNotice text={d.assisting} />
      <Progress {...d.progress} label={t("progress", d.progress)} />
      <ErrorList title={t("errorSummary")} links={d.errorLinks} answer={d} />
      <PlainStep text={d.plain} step />
      {d.intro ? (
        <p className="lead">
          <Glossed text={d.intro} />
        </p>
      ) : null}
      <form method="post" noValidate key={d.stepId}>
        <CsrfField />
        {d.backToSummary ? <input type="hidden" name="riepilogo" value="1" /> : null}
        <FormFields
          fields={d.fields}
          labels={{ add: t("form.addItem"), remove: t("form.removeItem"), removeItem: (n) => t("form.removeItemN", { n }), required: t("form.required"), optional: t("form.optional") }}
        />
        <div className="d-flex flex-wrap gap-3 mt-4">
          <button type="submit" name="intent" value="continue" className="btn btn-primary">
            {d.backToSummary ? t("form.saveAndBack") : t("continue")}
          </button>
          <button type="submit" name="intent" value="save" className="btn btn-outline-primary" formNoValidate>
            {t("form.saveAndExit")}
          </button>
        </div>
      </form>
      <p className="mt-4">
        <Link to={d.back}>{t("back")}</Link>
      </p>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

interface SpecView {
  name: string;
  label: string;
  hint: string | null;
  required: boolean;
  accept: string[];
  maxBytes: number;
  maxFiles: number;
  files: { id: number; name: string; size: number; scan: string }[];
}

export function DocumentsPage() {
  const { t } = useDesk();
  const d = useLoaderData() as { id: number; service: string; specs: SpecView[]; errors: Record<string, string>; scanner: string; back: string; progress: { current: number; total: number }; notice: string | null } & Assisting;
  const links = Object.entries(d.errors).map(([id, text]) => ({ href: `#${id === "doc-all" ? `doc-${d.specs[0]?.name ?? ""}` : id}`, text }));
  useErrorTitle(links.length > 0);
  const crumbs = useCrumbs(d.service);
  return (
    <Page title={t("documents.title")} breadcrumbs={d.crumbs ?? crumbs} feedback={false}>
      <AssistingNotice text={d.assisting} />
      <Progress {...d.progress} label={t("progress", d.progress)} />
      <ErrorList title={t("errorSummary")} links={links} answer={d} />
      {d.notice ? (
        <div className="alert alert-success" role="status">
          {t("documents.added")}
        </div>
      ) : null}
      <PlainStep text={t("plain.documents")} step />
      <p className="lead">{t("documents.lead")}</p>
      <p className="small">{d.scanner === "none" ? t("documents.notScanned") : t("documents.scanned")}</p>
      <form method="post" encType="multipart/form-data" noValidate>
        <CsrfField />
        {d.specs.map((s) => {
          const id = `doc-${s.name}`;
          const error = d.errors[id];
          const full = s.files.length >= s.maxFiles;
          return (
            <fieldset key={s.name} className="border rounded p-3 mb-4">
              <legend className="h5 float-none w-auto px-2">
                {s.label}
                {s.required ? null : <span className="fw-normal"> ({t("form.optional")})</span>}
              </legend>
              {s.hint ? <p className="small">{s.hint}</p> : null}
              <p className="small text-muted" id={`${id}-rules`}>
                {t("documents.rules", { types: s.accept.map((k) => k.toUpperCase()).join(", "), max: Math.round(s.maxBytes / (1024 * 1024)), count: s.maxFiles })}
              </p>
              {s.files.length ? (
                <ul className="list-unstyled">
                  {s.files.map((f) => (
                    <li key={f.id} className="d-flex flex-wrap align-items-center gap-2 mb-2">
                      <span>
                        {f.name} ({sizeText(f.size)})
                      </span>
                      <button type="submit" name="intent" value={`remove:${f.id}`} className="btn btn-outline-danger btn-sm" aria-label={t("documents.removeLabel", { file: f.name })}>
                        {t("documents.remove")}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
              {error ? (
                <p id={`${id}-error`} className="text-danger fw-semibold">
                  {error}
                </p>
              ) : null}
              {full ? null : (
                <div className="mb-2">
                  <label htmlFor={id} className="form-label fw-semibold">
                    {t("documents.choose", { document: s.label })}
                  </label>
                  <input
                    type="file"
                    className="form-control"
                    id={id}
                    name={s.name}
                    multiple={s.maxFiles - s.files.length > 1}
                    accept={s.accept.map((k) => (k === "pdf" ? "application/pdf,.pdf" : k === "png" ? "image/png,.png" : "image/jpeg,.jpg,.jpeg")).join(",")}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-rules`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
                  />
                </div>
              )}
            </fieldset>
          );
        })}
        <div className="d-flex flex-wrap gap-3">
          <button type="submit" name="intent" value="upload" className="btn btn-outline-primary">
            {t("documents.upload")}
          </button>
          <button type="submit" name="intent" value="continue" className="btn btn-primary">
            {t("continue")}
          </button>
        </div>
      </form>
      <p className="mt-4">
        <Link to={d.back}>{t("back")}</Link>
      </p>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

interface SectionView {
  stepId: string;
  title: string;
  change: string;
  rows: { label: string; value: string; anchor: string }[];
}

export function Answers({
  sections,
  changeLabel,
  level,
}: {
  sections: SectionView[] | { title: string; rows: { label: string; value: string }[] }[];
  changeLabel?: (what: string) => string;
  /** The level of each section's heading: 2 right under the page's title, 3 inside a section. */
  level: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((s) => (
        <section key={s.title} className="mb-4" aria-label={s.title}>
          <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
            <Heading className="h5">{s.title}</Heading>
            {"change" in s && changeLabel ? (
              <Link to={s.change} aria-label={changeLabel(s.title)}>
                {changeLabel("")}
              </Link>
            ) : null}
          </div>
          <dl className="row">
            {s.rows.map((r, i) => (
              <div key={i} className="col-12 border-bottom py-2 d-md-flex">
                <dt className="col-md-5 fw-semibold">{r.label}</dt>
                <dd className="col-md-7 mb-0" style={{ whiteSpace: "pre-line" }}>
                  {r.value}
                  {"anchor" in r && "change" in s && changeLabel ? (
                    <>
                      {" "}
                      <Link to={`${s.change}#${r.anchor}`} className="small ms-2" aria-label={changeLabel(r.label)}>
                        {changeLabel("")}
                      </Link>
                    </>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

export function SummaryPage() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    id: number;
    service: string;
    sections: SectionView[];
    documents: { label: string; files: string[] }[];
    hasDocuments: boolean;
    incomplete: { stepTitle: string; href: string } | null;
    missingDocuments: boolean;
    progress: { current: number; total: number };
  };
  const changeLabel = (what: string) => (what ? t("summary.changeLabel", { what }) : t("summary.change"));
  return (
    <Page title={t("summary.title")} breadcrumbs={useCrumbs(d.service)} feedback={false}>
      <Progress {...d.progress} label={t("progress", d.progress)} />
      <ListenButton />
      <PlainStep text={t("plain.summary")} />
      <p className="lead">{t("summary.lead", { service: d.service })}</p>
      {d.incomplete ? (
        <div className="alert alert-warning" role="status">
          {t("summary.incomplete")} <Link to={d.incomplete.href}>{d.incomplete.stepTitle}</Link>
        </div>
      ) : null}
      <Answers sections={d.sections} changeLabel={changeLabel} level={2} />
      {d.hasDocuments ? (
        <section className="mb-4" aria-labelledby="summary-docs">
          <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
            <h2 id="summary-docs" className="h5">
              {t("documents.title")}
            </h2>
            <Link to={`${LIST}/${d.id}/allegati`} aria-label={t("summary.changeLabel", { what: t("documents.title") })}>
              {t("summary.change")}
            </Link>
          </div>
          <dl>
            {d.documents.map((doc) => (
              <div key={doc.label} className="border-bottom py-2 d-md-flex">
                <dt className="col-md-5 fw-semibold">{doc.label}</dt>
                <dd className="col-md-7 mb-0">{doc.files.length ? doc.files.join(", ") : t("form.notAnswered")}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <h2 className="h4 mt-4">{t("summary.sendTitle")}</h2>
      <p>
        <Glossed text={t("summary.declaration")} />
      </p>
      <form method="post">
        <CsrfField />
        <button type="submit" className="btn btn-primary btn-lg" disabled={Boolean(d.incomplete) || d.missingDocuments}>
          {t("summary.submit")}
        </button>
      </form>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

export function ConfirmationPage() {
  const { t } = useDesk();
  const d = useLoaderData() as { id: number; protocol: string; service: string; submittedAt: string; dueOn: string | null };
  return (
    <Page title={t("confirmation.title")} breadcrumbs={useCrumbs(d.service)} feedback={false}>
      <div className="alert alert-success" role="status">
        <p className="h4 mb-2">{t("confirmation.sent", { service: d.service })}</p>
        <p className="mb-0">
          {t("confirmation.protocol")}: <strong className="font-monospace" data-testid="protocol">{d.protocol}</strong>
        </p>
        <p className="mb-0">{t("confirmation.at", { date: d.submittedAt })}</p>
      </div>
      <PlainStep text={t("plain.confirmation")} />
      {d.dueOn ? <p>{t("confirmation.due", { date: d.dueOn })}</p> : null}
      <p>{t("confirmation.next")}</p>
      <p>
        <a className="btn btn-primary me-3 mb-2" href={`${LIST}/${d.id}/ricevuta`} download>
          {t("confirmation.receipt")}
        </a>
        <Link className="btn btn-outline-primary mb-2" to={`${LIST}/${d.id}`}>
          {t("confirmation.follow")}
        </Link>
      </p>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------

export function CasePage() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    id: number;
    protocol: string;
    service: string;
    state: string;
    outcome: string | null;
    submittedAt: string;
    dueOn: string | null;
    integration: { message: string; replyBy: string | null; daysLeft: number | null } | null;
    history: { id: number; at: string; event: string; by: string }[];
    messages: { id: number; at: string; from: string; body: string }[];
    files: { id: number; name: string; size: number; purpose: string; sha256: string; at: string }[];
    sections: { title: string; rows: { label: string; value: string }[] }[];
    canWrite: boolean;
    canWithdraw: boolean;
    values: { body?: string };
    errors: Record<string, string>;
    notice: string | null;
    scanner: string;
    fees: FeesOfCase;
    assisted?: string | null;
  };
  const errorLinks = Object.entries(d.errors).map(([id, text]) => ({ href: `#${id}`, text }));
  useErrorTitle(errorLinks.length > 0);
  const answering = d.integration !== null;
  return (
    <Page title={t("case.heading", { service: d.service })} breadcrumbs={useCrumbs(d.service)} feedback={false}>
      <ErrorList title={t("errorSummary")} links={errorLinks} answer={d} />
      <PlainStep text={t("plain.case")} />
      {d.notice ? (
        <div className="alert alert-success" role="status">
          {t(d.notice === "ritirata" ? "case.withdrawn" : "case.sent")}
        </div>
      ) : null}
      <dl className="row mb-4" data-testid="case-facts">
        <dt className="col-sm-4">{t("list.protocol")}</dt>
        <dd className="col-sm-8 font-monospace">{d.protocol}</dd>
        <dt className="col-sm-4">{t("list.state")}</dt>
        <dd className="col-sm-8" data-testid="case-state">
          <strong>{t(`state.${d.state}`)}</strong>
          {d.outcome ? ` – ${t(`outcome.${d.outcome}`)}` : null}
        </dd>
        <dt className="col-sm-4">{t("list.submittedAt")}</dt>
        <dd className="col-sm-8">
          {d.submittedAt}
          {d.assisted ? <span className="d-block" data-testid="case-assisted">{d.assisted}</span> : null}
        </dd>
        {d.dueOn && !d.outcome ? (
          <>
            <dt className="col-sm-4">{t("case.dueOn")}</dt>
            <dd className="col-sm-8">{d.dueOn}</dd>
          </>
        ) : null}
      </dl>
      {d.integration ? (
        <section className="alert alert-warning" aria-labelledby="integration-title">
          <h2 id="integration-title" className="h4">
            {t("case.integrationTitle")}
          </h2>
          <p style={{ whiteSpace: "pre-line" }}>{d.integration.message}</p>
          {d.integration.replyBy ? (
            <p className="fw-semibold mb-0">
              {d.integration.daysLeft !== null && d.integration.daysLeft >= 0 ? t("list.daysLeft", { count: d.integration.daysLeft, date: d.integration.replyBy }) : t("list.late", { date: d.integration.replyBy })}
            </p>
          ) : null}
        </section>
      ) : null}
      <CitizenFees fees={d.fees} />
      {d.canWrite ? (
        <section className="mb-5" aria-labelledby="write-title">
          <h2 id="write-title" className="h4">
            {answering ? t("case.answerTitle") : t("case.writeTitle")}
          </h2>
          <form method="post" encType="multipart/form-data" noValidate>
            <CsrfField />
            <div className="form-group mb-3">
              <label htmlFor="body" className="active fw-semibold">
                {t("case.body")}
              </label>
              {d.errors.body ? (
                <p id="body-error" className="text-danger fw-semibold">
                  {d.errors.body}
                </p>
              ) : null}
              <textarea id="body" name="body" className="form-control" rows={5} defaultValue={d.values.body ?? ""} aria-invalid={d.errors.body ? true : undefined} aria-describedby={d.errors.body ? "body-error" : undefined} />
            </div>
            <div className="mb-3">
              <label htmlFor="answer-files" className="form-label fw-semibold">
                {t("case.answerFiles")} ({t("form.optional")})
              </label>
              {d.errors["answer-files"] ? (
                <p id="answer-files-error" className="text-danger fw-semibold">
                  {d.errors["answer-files"]}
                </p>
              ) : null}
              <p className="small text-muted" id="answer-files-rules">
                {t("documents.rules", { types: "PDF, PNG, JPEG", max: 10, count: 3 })} {d.scanner === "none" ? t("documents.notScanned") : ""}
              </p>
              <input
                type="file"
                id="answer-files"
                name="answer"
                className="form-control"
                multiple
                accept="application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg"
                aria-invalid={d.errors["answer-files"] ? true : undefined}
                aria-describedby={["answer-files-rules", d.errors["answer-files"] ? "answer-files-error" : null].filter(Boolean).join(" ")}
              />
            </div>
            <button type="submit" name="intent" value={answering ? "answer" : "message"} className="btn btn-primary">
              {answering ? t("case.sendAnswer") : t("case.send")}
            </button>
          </form>
        </section>
      ) : null}
      <section className="mb-5" aria-labelledby="messaggi">
        <h2 id="messaggi" className="h4" tabIndex={-1}>
          {t("case.messages")}
        </h2>
        {d.messages.length ? (
          <ol className="list-unstyled">
            {d.messages.map((m) => (
              <li key={m.id} className={`card card-bg mb-3 border-start border-4 ${m.from === "office" ? "border-primary" : "border-secondary"}`}>
                <div className="card-body">
                  <p className="small text-muted mb-1">{t(`case.from.${m.from}`, { date: m.at })}</p>
                  <p className="mb-0" style={{ whiteSpace: "pre-line" }}>
                    {m.body}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("case.noMessages")}</p>
        )}
      </section>
      <section className="mb-5" aria-labelledby="documenti">
        <h2 id="documenti" className="h4">
          {t("case.documents")}
        </h2>
        <ul>
          <li>
            <a href={`${LIST}/${d.id}/ricevuta`} download>
              {t("confirmation.receipt")}
            </a>
          </li>
          {d.files.map((f) => (
            <li key={f.id}>
              <a href={`${LIST}/${d.id}/file/${f.id}`} download>
                {f.name}
              </a>{" "}
              ({sizeText(f.size)}, {t(`case.purpose.${f.purpose}`)}, {f.at})
            </li>
          ))}
        </ul>
      </section>
      {d.canWithdraw ? (
        <section className="mb-5" aria-labelledby="ritira">
          <h2 id="ritira" className="h4" tabIndex={-1}>
            {t("case.withdrawTitle")}
          </h2>
          <p>{t("case.withdrawText")}</p>
          <form method="post" encType="multipart/form-data" noValidate>
            <CsrfField />
            <fieldset aria-describedby={d.errors["confirm-withdraw"] ? "confirm-withdraw-error" : undefined}>
              <legend className="visually-hidden">{t("case.withdrawTitle")}</legend>
              {d.errors["confirm-withdraw"] ? (
                <p id="confirm-withdraw-error" className="text-danger fw-semibold">
                  {d.errors["confirm-withdraw"]}
                </p>
              ) : null}
              <div className="form-check mb-3">
                <input className="form-check-input" type="checkbox" id="confirm-withdraw" name="confirmWithdraw" value="1" aria-invalid={d.errors["confirm-withdraw"] ? true : undefined} />
                <label className="form-check-label" htmlFor="confirm-withdraw">
                  {t("case.withdrawConfirm")}
                </label>
              </div>
            </fieldset>
            <button type="submit" name="intent" value="withdraw" className="btn btn-outline-danger">
              {t("case.withdraw")}
            </button>
          </form>
        </section>
      ) : null}
      <section className="mb-5" aria-labelledby="storia">
        <h2 id="storia" className="h4">
          {t("case.history")}
        </h2>
        <ol data-testid="history">
          {d.history.map((h) => (
            <li key={h.id}>
              {h.at} – {t(`event.${h.event}`)}
            </li>
          ))}
        </ol>
      </section>
      <section className="mb-5" aria-labelledby="risposte">
        <h2 id="risposte" className="h4">
          {t("case.answers")}
        </h2>
        <Answers sections={d.sections} level={3} />
      </section>
    </Page>
  );
}
