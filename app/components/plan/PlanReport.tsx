import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import planreportEn from "~/locales/planreport.en";
import planreportIt from "~/locales/planreport.it";
import type { PublicOwner } from "~/domain/plan-owners";
import type { ReportTable } from "~/services/plan-report.server";
import { useNamespace } from "~/utils/namespace";
import { ownerWords } from "~/utils/plan-words";
import type { ReportChooserData, ReportPageData } from "~/utils/plan-report-routes.server";

export const usePlanReportT = () => useNamespace("planreport", { it: planreportIt, en: planreportEn });

/** The years of the yearly report, each as a PDF and as a web page, in Italian and in English (plain links: no JavaScript). */
export function PlanReportChooser() {
  const d = useLoaderData() as ReportChooserData;
  const { t } = usePlanReportT();
  const langs = [
    { code: "it", name: t("report.langIt") },
    { code: "en", name: t("report.langEn") },
  ];
  return (
    <Page title={t("report.chooseTitle")} lead={t("report.chooseLead")} breadcrumbs={d.breadcrumbs} feedback={false}>
      {d.years.map((year) => (
        <section key={year} aria-labelledby={`anno-${year}`} className="mb-4" data-testid="plan-report-year">
          <h2 id={`anno-${year}`} className="h4">
            {t("report.year")} {year}
          </h2>
          <ul>
            {langs.map((l) => {
              const q = l.code === "it" ? "" : `?lang=${l.code}`;
              return (
                <li key={l.code}>
                  {t("report.links", { year, lang: l.name })}:{" "}
                  <a href={`${d.base}/${year}/pdf${q}`} hrefLang={l.code} download>
                    {t("report.pdfLink", { year })} ({l.name})
                  </a>
                  {" · "}
                  <Link to={`${d.base}/${year}${q}`} hrefLang={l.code}>
                    {t("report.htmlLink", { year })} ({l.name})
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </Page>
  );
}

function ReportTableView({ table, testId }: { table: ReportTable; testId?: string }) {
  return (
    <TableScroll label={table.caption}>
      <table className="table table-sm" data-testid={testId}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The yearly report as a web page: the same view the PDF is drawn from. */
export function PlanReportPage() {
  const { view: v, pdf, chooser, backLabel } = useLoaderData() as ReportPageData;
  const { t } = usePlanReportT();
  return (
    <Page title={v.title} lead={v.lead} breadcrumbs={[{ label: t("report.chooseTitle"), to: chooser }, { label: String(v.year) }]} feedback={false}>
      <p>
        <a href={pdf} download data-testid="plan-report-pdf">
          {t("report.pdfLink", { year: v.year })}
        </a>
        {" · "}
        <Link to={chooser}>{backLabel}</Link>
      </p>
      <dl className="row" data-testid="plan-report-facts">
        {v.facts.map((f) => (
          <div key={f.label} className="col-12 d-md-flex">
            <dt className="me-2">{f.label}:</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p>{v.note}</p>
      {v.lines.map((line) => (
        <section key={line.heading} className="mt-5">
          <h2>{line.heading}</h2>
          {line.actions.map((action) => (
            <section key={action.heading} className="mt-4">
              <h3>{action.heading}</h3>
              {action.objectives.map((o) => (
                <section key={o.code} className="mt-4" aria-labelledby={`ob-${o.code}`} data-testid="plan-report-objective">
                  <h4 id={`ob-${o.code}`}>{o.heading}</h4>
                  <p>{o.text}</p>
                  <p className="fw-semibold mb-1">{o.status}</p>
                  <p>{o.statusReason}</p>
                  <p>{o.owners}</p>
                  {o.indicators ? <ReportTableView table={o.indicators} /> : <p>{v.empty.indicators}</p>}
                  <p className="fw-semibold mb-1">{o.commentsTitle}</p>
                  {o.comments.length ? (
                    <ul>
                      {o.comments.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  ) : (
                    <p>{v.empty.comments}</p>
                  )}
                  {o.milestones ? <ReportTableView table={o.milestones} /> : <p>{v.empty.milestones}</p>}
                </section>
              ))}
            </section>
          ))}
        </section>
      ))}
      <section className="mt-5" aria-labelledby="riepilogo">
        <h2 id="riepilogo">{v.summary.heading}</h2>
        <ReportTableView table={v.summary.table} testId="plan-report-summary" />
        <p>{v.summary.milestones}</p>
      </section>
    </Page>
  );
}

/** An objective's owners in words (office – person (role)), never a username; with the editor's link for those who may use it. */
export function ObjectiveOwners({ owners, editTo, headingLevel = 2 }: { owners: PublicOwner[]; editTo?: string | null; headingLevel?: 2 | 3 }) {
  const { t } = usePlanReportT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="owners-list-title" className="mb-4" data-testid="plan-owners-list">
      <Heading id="owners-list-title" className="h5">
        {t("owners.title")}
      </Heading>
      {owners.length === 0 ? (
        <p>{t("owners.none")}</p>
      ) : (
        <ul>
          {owners.map((o, i) => (
            <li key={i}>{ownerWords(t, o)}</li>
          ))}
        </ul>
      )}
      {editTo ? (
        <p>
          <Link to={editTo} data-testid="plan-owners-edit">
            {t("owners.editLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
