import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import { OBJECTIVE_STATUSES } from "~/domain/plan";
import { formatDate } from "~/utils/format";
import type { planPageLoader } from "~/utils/plan-routes.server";
import { dashboardPath, useDashT } from "./dashboard-links";
import { IndicatorTable, usePlanT } from "./PlanParts";
import { usePlanReportT } from "./PlanReport";

const BASE = "/amministrazione/piano-integrato";

/** The public page of the comune's plan (Amministrazione trasparente style): readable without login. */
export function PlanOverview() {
  const { tree, lang } = useLoaderData<Awaited<ReturnType<typeof planPageLoader>>>();
  const { t } = usePlanT();
  const { t: td } = useDashT();
  const { t: tr } = usePlanReportT();
  const { t: tc } = useTranslation();
  const objectives = tree.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives)).sort((a, b) => a.code.localeCompare(b.code));
  const actions = tree.lines.flatMap((l) => l.actions);
  const allIndicators = objectives.flatMap((o) => o.indicators.map((i) => ({ ...i, objectiveCode: o.code })));
  const linked = new Set(tree.matrix.map((m) => `${m.actionCode}|${m.croceviaCode}`));
  const noStatusYet = objectives.every((o) => o.statusChangedAt === null);
  const sections = [
    ["riepilogo", t("sections.summary")],
    ["linee", t("sections.lines")],
    ["indicatori", t("sections.indicators")],
    ["crocevia", t("sections.matrix", { agenda: tree.agenda })],
    ["pnrr", t("sections.missions")],
    ["dati-aperti", t("sections.openData")],
  ] as const;
  const statusCaption = t("summary.statusCaption");
  const matrixCaption = t("matrix.caption", { agenda: tree.agenda });
  const langQuery = lang === "it" ? "" : `?lang=${lang}`;

  return (
    <Page
      title={t("page.title")}
      lead={t("page.lead")}
      breadcrumbs={[{ label: tc("management.title"), to: "/amministrazione" }, { label: t("page.title") }]}
    >
      <div className="row">
        <div className="col-12 col-lg-10">
          <p>{t("page.intro1")}</p>
          <p>{t("page.intro2")}</p>
          <p>{t("page.intro3")}</p>
          <p className="small">{t("page.source", { section: tree.section, legalBasis: tree.legalBasis, coordinator: tree.coordinator })}</p>

          <nav aria-labelledby="plan-contents" className="mb-4">
            <h2 id="plan-contents" className="h5">
              {t("page.contents")}
            </h2>
            <ul>
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>

          <section aria-labelledby="riepilogo" className="mb-5">
            <h2 id="riepilogo">{t("sections.summary")}</h2>
            <p>{t("summary.asOf", { date: formatDate(tree.asOf, lang) })}</p>
            <TableScroll label={statusCaption}>
              <table className="table table-sm w-auto" data-testid="plan-status-counts">
                <caption>{statusCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("summary.status")}</th>
                    <th scope="col" className="text-end">
                      {t("summary.count")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {OBJECTIVE_STATUSES.map((s) => (
                    <tr key={s}>
                      <th scope="row">{t(`status.${s}`)}</th>
                      <td className="text-end">{tree.summary.statuses[s]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {noStatusYet ? <p>{t("summary.noStatus")}</p> : null}
            <p data-testid="plan-milestone-summary">{t("summary.milestones", tree.summary.milestones)}</p>
            <p>
              <Link to={`${dashboardPath({ kind: "plan" })}${langQuery}`}>{td("links.plan")}</Link>
            </p>
          </section>

          <section aria-labelledby="linee" className="mb-5">
            <h2 id="linee">{t("sections.lines")}</h2>
            {tree.lines.map((line) => (
              <section key={line.code} aria-labelledby={`linea-${line.code}`} className="mb-4" data-line={line.code}>
                <h3 id={`linea-${line.code}`} className="h4">
                  {t("line.heading", { number: line.number, title: line.title })}
                </h3>
                {line.description ? <p>{line.description}</p> : null}
                <p className="small">
                  <Link to={`${dashboardPath({ kind: "line", code: line.code })}${langQuery}`}>{td("links.line", { number: line.number })}</Link>
                </p>
                {line.actions.map((action) => (
                  <div key={action.code} className="ms-lg-3 mb-3" data-action={action.code}>
                    <h4 className="h5">{t("line.action", { code: action.code, title: action.title })}</h4>
                    <p className="small">
                      <Link to={`${dashboardPath({ kind: "action", code: action.code })}${langQuery}`}>{td("links.action", { code: action.code })}</Link>
                    </p>
                    {action.objectives.length === 0 ? (
                      <p className="small">{t("line.noObjectives")}</p>
                    ) : (
                      <ul className="list-unstyled">
                        {action.objectives.map((o) => (
                          <li key={o.code} className="mb-3 border-start ps-3" data-objective={o.code}>
                            <h5 className="h6 mb-1">
                              <Link to={`${BASE}/${o.slug}${langQuery}`}>{o.title}</Link>
                            </h5>
                            <p className="small mb-1">
                              {o.planNumber === null ? t("objective.noPlanNumber") : t("objective.planNumber", { number: o.planNumber })} · {o.code} ·{" "}
                              <strong>{t("objective.status", { status: t(`status.${o.status}`) })}</strong>
                            </p>
                            <p className="mb-1">{o.text}</p>
                            {o.items.length ? (
                              <ul className="mb-1">
                                {o.items.map((i) => (
                                  <li key={i.code}>
                                    {i.letter}) {i.text}
                                  </li>
                                ))}
                              </ul>
                            ) : null}
                            <p className="small mb-0">{t("objective.summary", o.summary)}</p>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </section>
            ))}
          </section>
        </div>
      </div>

      <section aria-labelledby="indicatori" className="mb-5">
        <h2 id="indicatori">{t("sections.indicators")}</h2>
        <IndicatorTable caption={t("indicator.allCaption")} indicators={allIndicators} years={tree.years} lang={lang} objectiveOf={(i) => i.objectiveCode ?? ""} testId="plan-indicators" />
      </section>

      <section aria-labelledby="crocevia" className="mb-5">
        <h2 id="crocevia">{t("sections.matrix", { agenda: tree.agenda })}</h2>
        <p>{t("matrix.note")}</p>
        <TableScroll label={matrixCaption}>
          <table className="table table-sm" data-testid="plan-matrix">
            <caption>{matrixCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("matrix.action")}</th>
                {tree.crocevia.map((c) => (
                  <th scope="col" key={c.code}>
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.code}>
                  <th scope="row">
                    {a.code} {a.title}
                  </th>
                  {tree.crocevia.map((c) => (
                    <td key={c.code}>{linked.has(`${a.code}|${c.code}`) ? <strong>{t("matrix.yes")}</strong> : t("matrix.no")}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {tree.crocevia.filter((c) => c.matrixNote).map((c) => (
          <p key={c.code} className="small">
            {c.title}: {c.matrixNote}
          </p>
        ))}
      </section>

      <div className="row">
        <div className="col-12 col-lg-10">
          <section aria-labelledby="pnrr" className="mb-5">
            <h2 id="pnrr">{t("sections.missions")}</h2>
            <p>{t("missions.note")}</p>
            <ul>
              {tree.pnrrMissions.map((m) => {
                const codes = objectives.filter((o) => o.pnrrMissions.includes(m.code)).map((o) => o.code);
                return (
                  <li key={m.code} className="mb-2">
                    <strong>
                      {m.code} {m.name}
                    </strong>
                    : {m.description}
                    <div className="small">{codes.length ? t("missions.objectives", { codes: codes.join(", ") }) : t("missions.none")}</div>
                  </li>
                );
              })}
            </ul>
          </section>

          <section aria-labelledby="dati-aperti" className="mb-5">
            <h2 id="dati-aperti">{t("sections.openData")}</h2>
            <p>{t("openData.lead")}</p>
            <ul>
              <li>
                <a href={`${BASE}.json${langQuery}`} data-testid="plan-json">
                  {t("openData.json")}
                </a>
              </li>
              <li>
                <a href={`${BASE}/obiettivi.csv${langQuery}`} download data-testid="plan-objectives-csv">
                  {t("openData.objectivesCsv")}
                </a>
              </li>
              <li>
                <a href={`${BASE}/indicatori.csv${langQuery}`} download data-testid="plan-indicators-csv">
                  {t("openData.indicatorsCsv")}
                </a>
              </li>
              <li>
                <a href={`${BASE}/relazione${langQuery}`} data-testid="plan-reports">
                  {tr("report.publicTitle")}
                </a>
                : {tr("report.publicLead")}
              </li>
            </ul>
          </section>
        </div>
      </div>
    </Page>
  );
}
