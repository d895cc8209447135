import { useLoaderData, useActionData } from "@remix-run/react";
import { type FormEvent, useRef, useState } from "react";
import { Page } from "~/components/layout/Page";
import { CsrfField } from "~/components/ui/CsrfField";
import { ErrorList } from "~/components/ui/ErrorSummary";
import { TableScroll } from "~/components/ui/TableScroll";
import { useErrorTitle } from "~/components/staff/StaffForm";
import type { RollsData } from "~/utils/tax-routes.server";
import { useTaxT } from "./TaxPosition";

/**
 * The tax office loads the IMU rolls. Without JavaScript the form posts as it is; with it the file
 * goes up through XMLHttpRequest so a progress bar can follow a large file, and the page the server
 * answers (the result, or the report of every bad line) replaces this one.
 */
export function RollsUpload() {
  const { t } = useTaxT();
  const loaded = useLoaderData() as RollsData;
  const answered = useActionData() as RollsData | undefined;
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
    <Page title={t("rolls.title")} lead={t("rolls.lead")} breadcrumbs={[{ label: "Back office", to: "/gestione" }, { label: t("rolls.title") }]} feedback={false}>
      <ErrorList title={t("rolls.title")} links={links} answer={d} />
      {d.loaded ? (
        <div className="alert alert-success" role="status" data-testid="rolls-loaded">
          {d.loaded}
        </div>
      ) : null}
      <p data-testid="rolls-current">{d.current}</p>
      <form method="post" encType="multipart/form-data" onSubmit={send} noValidate className="mb-4">
        <CsrfField />
        <div className="mb-3">
          <label htmlFor="file" className="form-label fw-semibold">
            {t("rolls.file")}
          </label>
          <p id="file-hint" className="small text-muted mb-1">
            {t("rolls.fileHint")}
          </p>
          <input type="file" id="file" name="file" accept=".csv,text/csv,text/plain" className="form-control" aria-describedby="file-hint" aria-invalid={d.report ? true : undefined} />
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
        <p>{t("rolls.formatText", { required: d.required })}</p>
      </section>
    </Page>
  );
}
