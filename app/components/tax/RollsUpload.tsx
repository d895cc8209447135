import { useLoaderData, useActionData } from "@remix-run/react";
import { type FormEvent, useRef, useState } from "react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { FilesData } from "~/utils/taxoffice-routes.server";
import { useTaxOfficeT } from "~/components/applications/FeePanels";
import { useTaxT } from "./TaxPosition";

/**
 * The tax office loads its files: the IMU roll, the TARI accounts, the payments, pagoPA's reporting
 * flow. Without JavaScript the form posts as it is; with it the file goes up through XMLHttpRequest so
 * a progress bar can follow a large file, and the page the server answers (the result, or the report
 * of every bad line) replaces this one.
 */
export function RollsUpload() {
  const { t } = useTaxT();
  const { t: to } = useTaxOfficeT();
  const loaded = useLoaderData() as FilesData;
  const answered = useActionData() as FilesData | undefined;
  const d = answered ?? loaded;
  const [percent, setPercent] = useState<number | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useErrorTitle(d.report !== null);

  function send(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return; // the server says what is missing
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action || window.location.pathname);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPercent(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = () => setPercent(100);
    xhr.onload = () => {
      if (xhr.responseURL && new URL(xhr.responseURL).searchParams.get("esito") === "caricati") {
        window.location.assign(xhr.responseURL);
        return;
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
    };
    xhr.onerror = () => form.submit();
    setPercent(0);
    xhr.send(new FormData(form));
    status.current?.focus();
  }

  const links = d.report ? [{ href: "#file", text: t("rolls.refused", { count: d.report.count }) }] : [];
  return (
    <Page title={to("files.title")} lead={to("files.lead")} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: to("files.title") }]} feedback={false}>
      <ErrorList title={to("files.title")} links={links} answer={d} />
      {d.loaded ? (
        <div className="alert alert-success" role="status" data-testid="rolls-loaded">
          {d.loaded}
        </div>
      ) : null}
      {d.payments ? <PaymentsResult r={d.payments} /> : null}
      {d.reconciliation ? <ReconciliationResult r={d.reconciliation} /> : null}
      <p data-testid="rolls-current">{d.current}</p>
      <p data-testid="files-current">{d.others}</p>
      <form method="post" encType="multipart/form-data" onSubmit={send} noValidate className="mb-4">
        <CsrfField />
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold">{to("files.kind")}</legend>
          {d.kinds.map((k) => (
            <div className="form-check" key={k.value}>
              <input className="form-check-input" type="radio" name="tipo" id={`tipo-${k.value}`} value={k.value} defaultChecked={k.value === d.kind} />
              <label className="form-check-label" htmlFor={`tipo-${k.value}`}>
                {k.label}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="mb-3">
          <label htmlFor="file" className="form-label fw-semibold">
            {t("rolls.file")}
          </label>
          <p id="file-hint" className="small text-muted mb-1">
            {to("files.fileHint")}
          </p>
          <input
            type="file"
            id="file"
            name="file"
            accept=".csv,.xml,text/csv,text/xml,application/xml,text/plain"
            className="form-control"
            aria-describedby="file-hint"
            aria-invalid={d.report ? true : undefined}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={percent !== null}>
          {t("rolls.submit")}
        </button>
        <div className="mt-3" hidden={percent === null}>
          <label htmlFor="rolls-progress" className="visually-hidden">
            {t("rolls.progressLabel")}
          </label>
          <progress id="rolls-progress" max={100} value={percent ?? 0} className="w-100" />
          <p ref={status} tabIndex={-1} role="status" data-testid="rolls-progress-text">
            {percent === null ? "" : percent < 100 ? t("rolls.uploading", { percent }) : t("rolls.checking")}
          </p>
        </div>
      </form>
      {d.report ? (
        <section aria-labelledby="report-title" className="mb-4">
          <h2 id="report-title" className="h4">
            {t("rolls.reportCaption")}
          </h2>
          <p>{t("rolls.refused", { count: d.report.count })}</p>
          {d.report.count > d.report.errors.length ? <p>{t("rolls.refusedMore", { shown: d.report.errors.length })}</p> : null}
          <TableScroll label={t("rolls.reportCaption")}>
            <table className="table table-sm" data-testid="rolls-report">
              <caption className="visually-hidden">{t("rolls.reportCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rolls.line")}</th>
                  <th scope="col">{t("rolls.column")}</th>
                  <th scope="col">{t("rolls.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {d.report.errors.map((e, i) => (
                  <tr key={i}>
                    <th scope="row">{e.line || "–"}</th>
                    <td>{e.column || "–"}</td>
                    <td>
                      {e.reason}
                      {e.value ? <span className="font-monospace"> «{e.value}»</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
      <section aria-labelledby="format-title">
        <h2 id="format-title" className="h4">
          {t("rolls.format")}
        </h2>
        <p>{to("files.formatText")}</p>
        <ul>
          {d.required.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

/** What a payments file did: how many were added, and every line skipped with the reason. */
function PaymentsResult({ r }: { r: NonNullable<FilesData["payments"]> }) {
  const { t } = useTaxOfficeT();
  return (
    <section aria-labelledby="payments-result" className="mb-4">
      <div className="alert alert-success" role="status" data-testid="payments-loaded">
        <h2 id="payments-result" className="h5">
          {r.text}
        </h2>
      </div>
      {r.skipped.length ? (
        <>
          {r.skippedCount > r.skipped.length ? <p>{t("files.skippedMore", { shown: r.skipped.length })}</p> : null}
          <TableScroll label={t("files.skippedCaption")}>
            <table className="table table-sm" data-testid="payments-skipped">
              <caption>{t("files.skippedCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("files.line")}</th>
                  <th scope="col">{t("files.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {r.skipped.map((s) => (
                  <tr key={s.line}>
                    <th scope="row">{s.line}</th>
                    <td>
                      {s.reason} <span className="font-monospace">«{s.value}»</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : (
        <p>{t("files.skippedNone")}</p>
      )}
    </section>
  );
}

/** What a reporting flow did: the flow, the totals by outcome, then every payment with its outcome in words. */
function ReconciliationResult({ r }: { r: NonNullable<FilesData["reconciliation"]> }) {
  const { t } = useTaxOfficeT();
  return (
    <section aria-labelledby="reconciliation-result" className="mb-4">
      <div className="alert alert-success" role="status" data-testid="reconciliation-loaded">
        <h2 id="reconciliation-result" className="h5">
          {r.text}
        </h2>
        <p className="mb-0" data-testid="reconciliation-summary">
          {r.summary}
        </p>
      </div>
      <TableScroll label={t("reconciliation.caption")}>
        <table className="table table-sm" data-testid="reconciliation-report">
          <caption>{t("reconciliation.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reconciliation.position")}</th>
              <th scope="col">{t("reconciliation.iuv")}</th>
              <th scope="col">{t("reconciliation.day")}</th>
              <th scope="col" className="text-end">
                {t("reconciliation.amount")}
              </th>
              <th scope="col">{t("reconciliation.status")}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((p) => (
              <tr key={p.position}>
                <th scope="row">{p.position}</th>
                <td className="font-monospace">{p.iuv}</td>
                <td className="text-nowrap">{p.day}</td>
                <td className="text-end text-nowrap">{p.amount}</td>
                <td>{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
