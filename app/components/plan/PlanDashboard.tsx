import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import { OBJECTIVE_STATUSES, type ObjectiveStatus } from "~/domain/plan";
import { MILESTONE_STATES, PROGRESS_STATES, type ProgressState, sharePercent } from "~/domain/plan-dashboard";
import type { ScopeRef } from "~/services/plan-dashboard.server";
import { formatDate } from "~/utils/format";
import type { DashboardData } from "~/utils/plan-dashboard-routes.server";
import { type BarFill, BarFigure } from "./BarFigure";
import { dashboardPath, OFFICE_PLAN, PUBLIC_PLAN, useDashT } from "./dashboard-links";
import { usePlanT } from "./PlanParts";

const PROGRESS_FILL: Record<ProgressState, BarFill> = { reached: "solid-green", not_reached: "stripes-red", no_measurement: "dots-grey", no_baseline: "cross-amber" };
const STATUS_FILL: Record<ObjectiveStatus, BarFill> = { not_started: "dots-grey", on_track: "solid-green", at_risk: "cross-amber", late: "stripes-red", done: "solid-blue" };
const MILESTONE_FILL: Record<(typeof MILESTONE_STATES)[number], BarFill> = { done: "solid-green", late: "stripes-red", due: "dots-grey" };

/**
 * The dashboard of the plan or of one of its parts (issue 6 §5), public or in the back office: how the
 * indicators stand against each year's expected value, the objectives by status, the milestones by
 * state and the late ones; each chart with its key finding in words and its data table.
 */
export function PlanDashboard() {
  const { view, lang, office, awaiting } = useLoaderData() as DashboardData;
  const { t } = useDashT();
  const { t: tp } = usePlanT();
  const { t: tc } = useTranslation();
  const d = view.dashboard;
  const s = view.scope;
  const langQuery = office || lang === "it" ? "" : `?lang=${lang}`;
  const path = (ref: ScopeRef) => `${dashboardPath(ref.kind === "plan" ? { kind: "plan" } : { kind: ref.kind, code: ref.code }, office)}${langQuery}`;
  const titleOf = (ref: ScopeRef) => t(`title.${ref.kind}`, { code: ref.code, title: ref.title, number: ref.number });
  const title = titleOf(s);
  const dataPath = (ext: string) => `${dashboardPath(s.kind === "plan" ? { kind: "plan" } : { kind: s.kind, code: s.code })}/dati.${ext}${lang === "it" ? "" : `?lang=${lang}`}`;
  const count = (value: number, total: number) => t("barValue", { value, total });
  const share = (value: number, total: number) => t("share", { percent: sharePercent(value, total) });
  const empty = d.objectives === 0;

  const crumbs = office
    ? [
        { label: tp("office.backOffice"), to: "/gestione" },
        { label: tp("office.title"), to: OFFICE_PLAN },
      ]
    : [
        { label: tc("management.title"), to: "/amministrazione" },
        { label: tp("page.title"), to: `${PUBLIC_PLAN}${langQuery}` },
      ];
  const trail = [...crumbs, ...view.parents.map((p) => ({ label: p.kind === "plan" ? t("crumb") : titleOf(p), to: path(p) })), { label: s.kind === "plan" ? t("crumb") : title }];

  const sections = [
    ...(empty ? [] : ([["andamento", t("sections.progress")], ["stati", t("sections.statuses")], ["traguardi", t("sections.milestones")]] as const)),
    ...(view.children.length || s.kind === "objective" ? ([["parti", t(`sections.parts.${s.kind}`)]] as const) : []),
    ["dati", t("sections.openData")] as const,
  ];

  const progressTable = (
    <TableScroll label={t("progress.tableCaption")}>
      <table className="table table-sm w-auto" data-testid="dashboard-progress-table">
        <caption>{t("progress.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("progress.year")}</th>
            {PROGRESS_STATES.map((st) => (
              <th scope="col" key={st} className="text-end">
                {t(`progress.state.${st}`)}
              </th>
            ))}
            <th scope="col" className="text-end">
              {t("progress.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.progress.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              {PROGRESS_STATES.map((st) => (
                <td key={st} className="text-end" data-cell={`${p.year}-${st}`}>
                  {p.counts[st]}
                </td>
              ))}
              <td className="text-end">{p.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  const countTable = <K extends string>(caption: string, head: string, countHead: string, keys: readonly K[], label: (k: K) => string, value: (k: K) => number, total: number, testId: string) => (
    <TableScroll label={caption}>
      <table className="table table-sm w-auto" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="text-end">
              {countHead}
            </th>
            <th scope="col" className="text-end">
              {t("statuses.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{label(k)}</th>
              <td className="text-end" data-cell={k}>
                {value(k)}
              </td>
              <td className="text-end">{share(value(k), total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );

  return (
    <Page title={title} lead={t("lead")} breadcrumbs={trail} feedback={!office}>
      <div className="row">
        <div className="col-12 col-lg-10">
          <p data-testid="dashboard-as-of">{t("asOf", { date: formatDate(d.asOf, lang) })}</p>
          {office && awaiting !== null ? (
            <p data-testid="dashboard-awaiting">
              {awaiting ? t("awaiting", { count: awaiting }) : t("awaitingNone")} {awaiting ? <Link to={OFFICE_PLAN}>{t("awaitingLink")}</Link> : null}
            </p>
          ) : null}
          <nav aria-labelledby="dashboard-contents" className="mb-4">
            <h2 id="dashboard-contents" className="h5">
              {t("contents")}
            </h2>
            <ul>
              {sections.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>

          {empty ? (
            <p data-testid="dashboard-empty">{t("empty")}</p>
          ) : (
            <>
              <section aria-labelledby="andamento" className="mb-5">
                <h2 id="andamento">{t("sections.progress")}</h2>
                <BarFigure
                  id="grafico-andamento"
                  title={t("progress.figure")}
                  summary={d.progress.map((p) => (
                    <p key={p.year} className="mb-1">
                      {p.total === 0 ? t("progress.summaryYearNone", { year: p.year }) : t("progress.summaryYear", { year: p.year, count: p.total, ...p.counts })}
                    </p>
                  ))}
                  groups={d.progress.map((p) => ({
                    key: String(p.year),
                    heading: String(p.year),
                    bars: PROGRESS_STATES.map((st) => ({
                      key: `${p.year}-${st}`,
                      label: t(`progress.state.${st}`),
                      value: p.counts[st],
                      total: p.total,
                      valueText: count(p.counts[st], p.total),
                      fill: PROGRESS_FILL[st],
                    })),
                  }))}
                  note={t("progress.note")}
                  table={progressTable}
                />
                <h3 className="h5">{t("progress.indicatorsTitle")}</h3>
                <TableScroll label={t("progress.indicatorsCaption")}>
                  <table className="table table-sm" data-testid="dashboard-indicators">
                    <caption>{t("progress.indicatorsCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("progress.indicator")}</th>
                        {s.kind === "objective" ? null : <th scope="col">{t("progress.objective")}</th>}
                        {view.plan.years.map((y) => (
                          <th scope="col" key={y}>
                            {y}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {d.indicatorProgress.map((i) => (
                        <tr key={i.code} data-indicator={i.code}>
                          <th scope="row">
                            {i.name}
                            <div className="small fw-normal">{i.code}</div>
                          </th>
                          {s.kind === "objective" ? null : <td>{i.objectiveCode}</td>}
                          {i.years.map((y) => (
                            <td key={y.year}>
                              {y.state === "no_target" ? t("progress.noTarget") : tp(`indicator.progress.${y.state}`)}
                              {y.percent !== null && y.state !== "no_target" ? <div className="small">{tp("indicator.progress.percent", { percent: y.percent })}</div> : null}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </section>

              <section aria-labelledby="stati" className="mb-5">
                <h2 id="stati">{t("sections.statuses")}</h2>
                <BarFigure
                  id="grafico-stati"
                  title={t("statuses.figure")}
                  summary={<p>{t("statuses.summary", { count: d.objectives, ...d.statuses })}</p>}
                  groups={[
                    {
                      key: "stati",
                      bars: OBJECTIVE_STATUSES.map((st) => ({
                        key: st,
                        label: tp(`status.${st}`),
                        value: d.statuses[st],
                        total: d.objectives,
                        valueText: count(d.statuses[st], d.objectives),
                        fill: STATUS_FILL[st],
                      })),
                    },
                  ]}
                  table={countTable(t("statuses.tableCaption"), t("statuses.status"), t("statuses.count"), OBJECTIVE_STATUSES, (k) => tp(`status.${k}`), (k) => d.statuses[k], d.objectives, "dashboard-status-table")}
                />
              </section>

              <section aria-labelledby="traguardi" className="mb-5">
                <h2 id="traguardi">{t("sections.milestones")}</h2>
                <BarFigure
                  id="grafico-traguardi"
                  title={t("milestones.figure")}
                  summary={<p>{t("milestones.summary", { date: formatDate(d.asOf, lang), ...d.milestones })}</p>}
                  groups={[
                    {
                      key: "traguardi",
                      bars: MILESTONE_STATES.map((st) => ({
                        key: st,
                        label: t(`milestones.state.${st}`),
                        value: d.milestones[st],
                        total: d.milestones.total,
                        valueText: count(d.milestones[st], d.milestones.total),
                        fill: MILESTONE_FILL[st],
                      })),
                    },
                  ]}
                  table={countTable(t("milestones.tableCaption"), t("milestones.status"), t("milestones.count"), MILESTONE_STATES, (k) => t(`milestones.state.${k}`), (k) => d.milestones[k], d.milestones.total, "dashboard-milestone-table")}
                />
                <h3 className="h5">{t("milestones.lateTitle")}</h3>
                {d.lateMilestones.length === 0 ? (
                  <p data-testid="dashboard-no-late">{t("milestones.noneLate")}</p>
                ) : (
                  <TableScroll label={t("milestones.lateCaption", { date: formatDate(d.asOf, lang) })}>
                    <table className="table table-sm" data-testid="dashboard-late">
                      <caption>{t("milestones.lateCaption", { date: formatDate(d.asOf, lang) })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("milestones.milestone")}</th>
                          <th scope="col">{t("milestones.objective")}</th>
                          <th scope="col">{t("milestones.dueOn")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {d.lateMilestones.map((m) => (
                          <tr key={m.code}>
                            <th scope="row">
                              {m.title}
                              <div className="small fw-normal">{m.code}</div>
                            </th>
                            <td>{m.objectiveCode}</td>
                            <td>{formatDate(m.dueOn, lang)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                )}
              </section>
            </>
          )}

          {view.children.length || s.kind === "objective" ? (
            <section aria-labelledby="parti" className="mb-5">
              <h2 id="parti">{t(`sections.parts.${s.kind}`)}</h2>
              {s.kind === "objective" ? (
                <p>
                  {office ? (
                    <Link to={`${OFFICE_PLAN}/obiettivi/${encodeURIComponent(s.code)}`}>{t("parts.officeObjective", { code: s.code })}</Link>
                  ) : (
                    <Link to={`${PUBLIC_PLAN}/${s.slug}${langQuery}`}>{t("parts.objectivePage", { code: s.code })}</Link>
                  )}
                </p>
              ) : (
                <ul data-testid="dashboard-parts">
                  {view.children.map((c) => (
                    <li key={c.code}>
                      <Link to={path(c)}>{titleOf(c)}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}

          <section aria-labelledby="dati" className="mb-5">
            <h2 id="dati">{t("sections.openData")}</h2>
            <p>{t("openData.lead")}</p>
            <ul>
              <li>
                <a href={dataPath("json")} data-testid="dashboard-json">
                  {t("openData.json")}
                </a>
              </li>
              <li>
                <a href={dataPath("csv")} download data-testid="dashboard-csv">
                  {t("openData.csv")}
                </a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </Page>
  );
}
