import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { useErrorTitle } from "~/components/staff/StaffForm";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { useDesk } from "./CitizenPages";
import { TableScroll } from "~/components/ui/TableScroll";
import type { FeesOfCase } from "~/utils/fee-routes.server";
import { OfficeFees } from "./FeePanels";

const HOME = { to: "/gestione" } as const;
const INBOX = "/gestione/domande";

interface InboxData {
  rows: { id: number; protocol: string | null; service: string; applicant: string; fiscalCode: string; state: string; submittedAt: string; dueOn: string; overdue: boolean; assignee: string | null }[];
  total: number;
  page: number;
  pages: number;
  counts: { serviceSlug: string; serviceTitle: string; state: string; n: number }[];
  overdueTotal: number;
  services: { slug: string; title: string }[];
  states: string[];
  values: Record<string, string>;
  errors: Record<string, string>;
  search: string;
}

export function Inbox() {
  const { t } = useDesk();
  const d = useLoaderData() as InboxData;
  const v = d.values;
  useErrorTitle(Object.keys(d.errors).length > 0);
  const pageLink = (n: number) => {
    const params = new URLSearchParams(d.search);
    params.set("pagina", String(n));
    return `${INBOX}?${params.toString()}`;
  };
  const exportLink = `${INBOX}/esporta${d.search}`;
  const byService = new Map<string, { title: string; counts: Record<string, number> }>();
  for (const c of d.counts) {
    const entry = byService.get(c.serviceSlug) ?? { title: c.serviceTitle, counts: {} };
    entry.counts[c.state] = c.n;
    byService.set(c.serviceSlug, entry);
  }
  const text = (name: string, label: string, hint?: string) => (
    <div className="col-12 col-md-6 col-lg-4 form-group mb-3">
      <label htmlFor={`f-${name}`} className="active">
        {label}
      </label>
      {hint ? (
        <p id={`f-${name}-hint`} className="small text-muted mb-1">
          {hint}
        </p>
      ) : null}
      {d.errors[`f-${name}`] ? (
        <p id={`f-${name}-error`} className="text-danger fw-semibold mb-1">
          {d.errors[`f-${name}`]}
        </p>
      ) : null}
      <input
        type="text"
        id={`f-${name}`}
        name={name}
        className="form-control"
        defaultValue={v[name]}
        aria-invalid={d.errors[`f-${name}`] ? true : undefined}
        aria-describedby={[hint ? `f-${name}-hint` : null, d.errors[`f-${name}`] ? `f-${name}-error` : null].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );
  return (
    <Page title={t("office.title")} lead={t("office.lead")} breadcrumbs={[{ label: "Back office", ...HOME }, { label: t("office.title") }]} feedback={false}>
      <ErrorList links={Object.entries(d.errors).map(([id, text]) => ({ href: `#${id}`, text }))} title={t("errorSummary")} answer={d} />
      {d.overdueTotal ? (
        <p className="alert alert-warning">
          {t("office.overdueTotal", { count: d.overdueTotal })} <Link to={`${INBOX}?scadute=1`}>{t("office.overdue")}</Link>
        </p>
      ) : null}
      <form method="get" className="mb-4" aria-labelledby="filters-title">
        <h2 id="filters-title" className="h5">
          {t("office.filters")}
        </h2>
        <div className="row">
          {text("cerca", t("office.search"), t("office.searchHint"))}
          <div className="col-12 col-md-6 col-lg-4 mb-3 select-wrapper">
            <label htmlFor="f-servizio">{t("office.service")}</label>
            <select id="f-servizio" name="servizio" defaultValue={v.servizio}>
              <option value="">{t("office.any")}</option>
              {d.services.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-6 col-lg-4 mb-3 select-wrapper">
            <label htmlFor="f-stato">{t("office.state")}</label>
            <select id="f-stato" name="stato" defaultValue={v.stato}>
              <option value="">{t("office.any")}</option>
              {d.states.map((s) => (
                <option key={s} value={s}>
                  {t(`office.states.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="col-12 col-md-6 col-lg-4 mb-3 select-wrapper">
            <label htmlFor="f-assegnate">{t("office.assigned")}</label>
            <select id="f-assegnate" name="assegnate" defaultValue={v.assegnate}>
              <option value="">{t("office.any")}</option>
              <option value="me">{t("office.assignedMe")}</option>
              <option value="none">{t("office.assignedNone")}</option>
            </select>
          </div>
          {text("dal", t("office.from"), t("office.dateHint"))}
          {text("al", t("office.to"), t("office.dateHint"))}
          <div className="col-12 mb-3 form-check">
            <input className="form-check-input" type="checkbox" id="f-scadute" name="scadute" value="1" defaultChecked={v.scadute === "1"} />
            <label className="form-check-label" htmlFor="f-scadute">
              {t("office.overdue")}
            </label>
          </div>
        </div>
        <div className="d-flex flex-wrap gap-3">
          <button type="submit" className="btn btn-primary">
            {t("office.apply")}
          </button>
          <Link to={INBOX} className="btn btn-outline-primary">
            {t("office.reset")}
          </Link>
          <a href={exportLink} className="btn btn-outline-primary" download>
            {t("office.export")}
          </a>
        </div>
      </form>
      <p role="status">{t("office.results", { total: d.total, page: d.page, pages: d.pages })}</p>
      {d.rows.length ? (
        <TableScroll label={t("office.title")}>
          <table className="table">
            <caption className="visually-hidden">{t("office.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("office.protocol")}</th>
                <th scope="col">{t("office.service")}</th>
                <th scope="col">{t("office.applicant")}</th>
                <th scope="col">{t("office.state")}</th>
                <th scope="col">{t("office.submittedAt")}</th>
                <th scope="col">{t("office.dueOn")}</th>
                <th scope="col">{t("office.assignee")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.id} className={r.overdue ? "table-danger" : undefined}>
                  <th scope="row">
                    <Link to={`${INBOX}/${r.id}`} className="font-monospace">
                      {r.protocol}
                    </Link>
                  </th>
                  <td>{r.service}</td>
                  <td>
                    {r.applicant}
                    <br />
                    <span className="small font-monospace">{r.fiscalCode}</span>
                  </td>
                  <td>{t(`office.states.${r.state}`)}</td>
                  <td>{r.submittedAt}</td>
                  <td>
                    {r.dueOn}
                    {r.overdue ? <strong className="d-block text-danger">{t("office.late")}</strong> : null}
                  </td>
                  <td>{r.assignee ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t("office.none")}</p>
      )}
      {d.pages > 1 ? (
        <nav aria-label={t("office.pagination")} className="d-flex gap-3 my-3">
          {d.page > 1 ? <Link to={pageLink(d.page - 1)}>{t("office.previous")}</Link> : null}
          {d.page < d.pages ? <Link to={pageLink(d.page + 1)}>{t("office.next")}</Link> : null}
        </nav>
      ) : null}
      {byService.size ? (
        <section aria-labelledby="counts-title" className="mt-5">
          <h2 id="counts-title" className="h4">
            {t("office.counts")}
          </h2>
          <TableScroll label={t("office.counts")}>
            <table className="table table-sm">
              <caption className="visually-hidden">{t("office.counts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("office.service")}</th>
                  {d.states.map((s) => (
                    <th scope="col" key={s}>
                      {t(`office.states.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...byService.entries()].map(([slug, e]) => (
                  <tr key={slug}>
                    <th scope="row">{e.title}</th>
                    {d.states.map((s) => (
                      <td key={s}>{e.counts[s] ?? 0}</td>
                    ))}
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

interface CaseData {
  id: number;
  protocol: string;
  service: string;
  applicant: string;
  fiscalCode: string;
  submittedBy: string | null;
  state: string;
  submittedAt: string;
  /** Filled by an operator with the citizen (issue 7 §7), already translated. */
  assisted?: string | null;
  dueOn: string;
  overdue: boolean;
  assignedId: number | null;
  processors: { id: number; name: string }[];
  sections: { title: string; rows: { label: string; value: string }[] }[];
  files: { id: number; name: string; size: number; sha256: string; scan: string; purpose: string }[];
  history: { id: number; at: string; event: string; by: string; note: string | null; visibility: string }[];
  messages: { id: number; at: string; sender: string; staff: string | null; visibility: string; body: string }[];
  actions: string[];
  mayProcess: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
  done: boolean;
  fees: FeesOfCase;
}

export function OfficeCase() {
  const { t } = useDesk();
  const d = useLoaderData() as CaseData;
  useErrorTitle(Object.keys(d.errors).length > 0);
  // A payment is asked with its own form (amount and purpose), below the other actions.
  const transitions = d.actions.filter((a) => a !== "withdraw" && a !== "submit" && a !== "request_payment");
  return (
    <Page title={t("office.case.title", { protocol: d.protocol })} lead={d.service} breadcrumbs={[{ label: "Back office", ...HOME }, { label: t("office.title"), to: INBOX }, { label: d.protocol }]} feedback={false}>
      <ErrorList links={Object.entries(d.errors).map(([id, text]) => ({ href: `#${id}`, text }))} title={t("errorSummary")} answer={d} />
      {d.done ? (
        <div className="alert alert-success" role="status">
          {t("office.case.done")}
        </div>
      ) : null}
      <div className="row">
        <div className="col-12 col-lg-7">
          <section aria-labelledby="facts" className="mb-4">
            <h2 id="facts" className="h4">
              {t("office.case.facts")}
            </h2>
            <dl className="row" data-testid="office-facts">
              <dt className="col-sm-5">{t("office.applicant")}</dt>
              <dd className="col-sm-7">
                {d.applicant} <span className="font-monospace small">{d.fiscalCode}</span>
              </dd>
              {d.submittedBy ? (
                <>
                  <dt className="col-sm-5">{t("office.case.submittedBy")}</dt>
                  <dd className="col-sm-7 font-monospace">{d.submittedBy}</dd>
                </>
              ) : null}
              <dt className="col-sm-5">{t("office.state")}</dt>
              <dd className="col-sm-7" data-testid="office-state">
                {t(`office.states.${d.state}`)}
              </dd>
              <dt className="col-sm-5">{t("office.submittedAt")}</dt>
              <dd className="col-sm-7">
                {d.submittedAt}
                {d.assisted ? <span className="d-block" data-testid="office-case-assisted">{d.assisted}</span> : null}
              </dd>
              <dt className="col-sm-5">{t("office.dueOn")}</dt>
              <dd className={`col-sm-7${d.overdue ? " text-danger fw-bold" : ""}`}>
                {d.dueOn} {d.overdue ? `(${t("office.late")})` : null}
              </dd>
              <dt className="col-sm-5">{t("office.assignee")}</dt>
              <dd className="col-sm-7">{d.processors.find((p) => p.id === d.assignedId)?.name ?? t("office.case.notAssigned")}</dd>
            </dl>
          </section>
          <section aria-labelledby="answers" className="mb-4">
            <h2 id="answers" className="h4">
              {t("office.case.answers")}
            </h2>
            {d.sections.map((s) => (
              <Fragment key={s.title}>
                <h3 className="h6 mt-3">{s.title}</h3>
                <dl className="row">
                  {s.rows.map((r, i) => (
                    <Fragment key={i}>
                      <dt className="col-sm-5">{r.label}</dt>
                      <dd className="col-sm-7" style={{ whiteSpace: "pre-line" }}>
                        {r.value}
                      </dd>
                    </Fragment>
                  ))}
                </dl>
              </Fragment>
            ))}
          </section>
          <section aria-labelledby="docs" className="mb-4">
            <h2 id="docs" className="h4">
              {t("office.case.documents")}
            </h2>
            <ul>
              <li>
                <a href={`${INBOX}/${d.id}/ricevuta`} download>
                  {t("office.case.receipt")}
                </a>
              </li>
              {d.files.map((f) => (
                <li key={f.id}>
                  <a href={`${INBOX}/${d.id}/file/${f.id}`} download>
                    {f.name}
                  </a>{" "}
                  <span className="small">
                    ({Math.max(1, Math.round(f.size / 1024))} kB, {f.scan}) <span className="font-monospace text-break">SHA-256 {f.sha256}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="msgs" className="mb-4">
            <h2 id="msgs" className="h4">
              {t("office.case.messages")}
            </h2>
            {d.messages.length ? (
              <ol className="list-unstyled">
                {d.messages.map((m) => (
                  <li key={m.id} className={`card card-bg mb-2 border-start border-4 ${m.visibility === "internal" ? "border-warning" : m.sender === "office" ? "border-primary" : "border-secondary"}`}>
                    <div className="card-body py-2">
                      <p className="small text-muted mb-1">
                        {m.visibility === "internal" ? `${t("office.case.internal")} – ` : null}
                        {m.sender === "citizen" ? t("office.case.fromCitizen", { date: m.at }) : t("office.case.fromOffice", { name: m.staff ?? "", date: m.at })}
                      </p>
                      <p className="mb-0" style={{ whiteSpace: "pre-line" }}>
                        {m.body}
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("office.case.noneYet")}</p>
            )}
          </section>
          <section aria-labelledby="hist" className="mb-4">
            <h2 id="hist" className="h4">
              {t("office.case.history")}
            </h2>
            <ol>
              {d.history.map((h) => (
                <li key={h.id}>
                  {h.at} – {t(`event.${h.event}`)} ({h.by})
                </li>
              ))}
            </ol>
          </section>
        </div>
        {d.mayProcess ? (
          <div className="col-12 col-lg-5">
            <section aria-labelledby="work" className="mb-4">
              <h2 id="work" className="h4">
                {t("office.case.actions")}
              </h2>
              {transitions.length ? (
                <form method="post" encType="multipart/form-data" className="mb-4 border rounded p-3" noValidate>
                  <CsrfField />
                  <div className="form-group mb-3">
                    <label htmlFor="message" className="active fw-semibold">
                      {t("office.case.message")}
                    </label>
                    <p id="message-hint" className="small text-muted mb-1">
                      {t("office.case.messageHint")} {transitions.includes("request_integration") ? t("office.case.eventHints.request_integration") : null}{" "}
                      {transitions.includes("reject") ? t("office.case.eventHints.reject") : null}
                    </p>
                    {d.errors.message ? (
                      <p id="message-error" className="text-danger fw-semibold mb-1">
                        {d.errors.message}
                      </p>
                    ) : null}
                    <textarea id="message" name="message" rows={5} className="form-control" defaultValue={d.values.message} aria-invalid={d.errors.message ? true : undefined} aria-describedby={["message-hint", d.errors.message ? "message-error" : null].filter(Boolean).join(" ")} />
                  </div>
                  {transitions.includes("request_integration") ? (
                    <div className="form-group mb-3">
                      <label htmlFor="days" className="active">
                        {t("office.case.replyDays")}
                      </label>
                      <p id="days-hint" className="small text-muted mb-1">
                        {t("office.case.replyDaysHint")}
                      </p>
                      <input type="text" inputMode="numeric" id="days" name="days" className="form-control" defaultValue={d.values.days || "10"} aria-describedby="days-hint" />
                    </div>
                  ) : null}
                  <OfficeFiles error={d.errors["office-files"]} />
                  <div className="d-flex flex-wrap gap-2">
                    {transitions.map((a) => (
                      <button key={a} type="submit" name="intent" value={a} className={`btn ${a === "reject" ? "btn-outline-danger" : a === "accept" || a === "take_in_charge" ? "btn-primary" : "btn-outline-primary"}`}>
                        {t(`office.case.events.${a}`)}
                      </button>
                    ))}
                    {d.state !== "draft" ? (
                      <button type="submit" name="intent" value="message" className="btn btn-outline-primary">
                        {t("office.case.sendMessage")}
                      </button>
                    ) : null}
                  </div>
                </form>
              ) : (
                <form method="post" encType="multipart/form-data" className="mb-4 border rounded p-3" noValidate>
                  <CsrfField />
                  <div className="form-group mb-3">
                    <label htmlFor="message" className="active fw-semibold">
                      {t("office.case.message")}
                    </label>
                    {d.errors.message ? (
                      <p id="message-error" className="text-danger fw-semibold mb-1">
                        {d.errors.message}
                      </p>
                    ) : null}
                    <textarea id="message" name="message" rows={4} className="form-control" defaultValue={d.values.message} aria-invalid={d.errors.message ? true : undefined} aria-describedby={d.errors.message ? "message-error" : undefined} />
                  </div>
                  <OfficeFiles error={d.errors["office-files"]} />
                  <button type="submit" name="intent" value="message" className="btn btn-outline-primary">
                    {t("office.case.sendMessage")}
                  </button>
                </form>
              )}
              <OfficeFees fees={d.fees} canAsk={d.actions.includes("request_payment")} values={d.values} errors={d.errors} />
              <form method="post" className="mb-4 border rounded p-3">
                <CsrfField />
                <div className="select-wrapper mb-3">
                  <label htmlFor="assignee">{t("office.case.assign")}</label>
                  {d.errors.assignee ? (
                    <p id="assignee-error" className="text-danger fw-semibold mb-1">
                      {d.errors.assignee}
                    </p>
                  ) : null}
                  <select id="assignee" name="assignee" defaultValue={d.assignedId ?? ""} aria-describedby={d.errors.assignee ? "assignee-error" : undefined}>
                    <option value="">{t("office.case.notAssigned")}</option>
                    {d.processors.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" name="intent" value="assign" className="btn btn-outline-primary">
                  {t("office.case.assignButton")}
                </button>
              </form>
              <form method="post" className="border rounded p-3" noValidate>
                <CsrfField />
                <div className="form-group mb-3">
                  <label htmlFor="note" className="active fw-semibold">
                    {t("office.case.note")}
                  </label>
                  <p id="note-hint" className="small text-muted mb-1">
                    {t("office.case.noteHint")}
                  </p>
                  {d.errors.note ? (
                    <p id="note-error" className="text-danger fw-semibold mb-1">
                      {d.errors.note}
                    </p>
                  ) : null}
                  <textarea id="note" name="note" rows={3} className="form-control" defaultValue={d.values.note} aria-invalid={d.errors.note ? true : undefined} aria-describedby={["note-hint", d.errors.note ? "note-error" : null].filter(Boolean).join(" ")} />
                </div>
                <button type="submit" name="intent" value="note" className="btn btn-outline-primary">
                  {t("office.case.addNote")}
                </button>
              </form>
            </section>
          </div>
        ) : null}
      </div>
    </Page>
  );
}

/** The documents the office sends the citizen with a message or an action. */
function OfficeFiles({ error }: { error?: string }) {
  const { t } = useDesk();
  return (
    <div className="mb-3">
      <label htmlFor="office-files" className="form-label fw-semibold">
        {t("office.case.documentsLabel")} ({t("form.optional")})
      </label>
      {error ? (
        <p id="office-files-error" className="text-danger fw-semibold mb-1">
          {error}
        </p>
      ) : null}
      <p id="office-files-rules" className="small text-muted mb-1">
        {t("office.case.documentsHint")} {t("documents.rules", { types: "PDF, PNG, JPEG", max: 10, count: 5 })}
      </p>
      <input
        type="file"
        id="office-files"
        name="documents"
        className="form-control"
        multiple
        accept="application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg"
        aria-invalid={error ? true : undefined}
        aria-describedby={["office-files-rules", error ? "office-files-error" : null].filter(Boolean).join(" ")}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

export function Outbox() {
  const { t } = useDesk();
  const d = useLoaderData() as {
    smtp: boolean;
    rows: { id: number; to: string; subject: string; body: string; createdAt: string; sentAt: string | null; attempts: number; gaveUp: boolean; nextTry: string | null; lastError: string | null }[];
  };
  return (
    <Page title={t("office.outbox.title")} lead={t(d.smtp ? "office.outbox.leadSmtp" : "office.outbox.lead")} breadcrumbs={[{ label: "Back office", ...HOME }, { label: t("office.outbox.title") }]} feedback={false}>
      <p className="alert alert-info">{t(d.smtp ? "office.outbox.smtpOn" : "office.outbox.smtpOff")}</p>
      {d.rows.length ? (
        <TableScroll label={t("office.outbox.title")}>
          <table className="table">
            <caption className="visually-hidden">{t("office.outbox.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("office.outbox.createdAt")}</th>
                <th scope="col">{t("office.outbox.to")}</th>
                <th scope="col">{t("office.outbox.subject")}</th>
                <th scope="col">{t("office.outbox.sentAt")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.createdAt}</td>
                  <td>{r.to}</td>
                  <th scope="row">
                    <details>
                      <summary>{r.subject}</summary>
                      <p style={{ whiteSpace: "pre-line" }}>{r.body}</p>
                    </details>
                  </th>
                  <td>
                    {r.sentAt ?? (r.gaveUp ? <strong className="text-danger">{t("office.outbox.gaveUp", { attempts: r.attempts })}</strong> : t("office.outbox.notSent"))}
                    {r.nextTry ? <div className="small">{t("office.outbox.retry", { attempts: r.attempts, at: r.nextTry })}</div> : null}
                    {r.lastError ? <div className="small text-break">{t("office.outbox.lastError", { error: r.lastError })}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t("office.outbox.none")}</p>
      )}
    </Page>
  );
}
