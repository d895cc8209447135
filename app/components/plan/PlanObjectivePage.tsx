import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Page } from "~/components/layout/Page";
import { PlanAccessibilityObjectives } from "~/components/accessibility/PlanAccessibilityObjectives";
import { TableScroll } from "~/components/ui/TableScroll";
import { formatDate } from "~/utils/format";
import type { objectivePageLoader } from "~/utils/plan-routes.server";
import { dashboardPath, useDashT } from "./dashboard-links";
import { IndicatorTable, milestoneStateText, usePlanT, valueText } from "./PlanParts";
import { usePlanReportT } from "./PlanReport";
import { ownerWords } from "~/utils/plan-words";

const BASE = "/amministrazione/piano-integrato";

/** One objective of the plan: its text and sub-items, indicators with targets, milestones, published measurements. */
export function PlanObjectivePage() {
  const { objective: o, line, action, coordinator, years, missions, sdgs, lang, accessibilityObjectives } = useLoaderData<Awaited<ReturnType<typeof objectivePageLoader>>>();
  const { t } = usePlanT();
  const { t: td } = useDashT();
  const { t: tr } = usePlanReportT();
  const { t: tc } = useTranslation();
  const langQuery = lang === "it" ? "" : `?lang=${lang}`;
  const milestoneCaption = t("milestone.caption", { objective: o.title });
  const measured = o.indicators.filter((i) => i.published.length > 0);
  const indicatorNotes = o.indicators;

  return (
    <Page
      title={o.title}
      lead={o.planNumber === null ? t("objective.noPlanNumber") : t("objective.planNumber", { number: o.planNumber })}
      breadcrumbs={[
        { label: tc("management.title"), to: "/amministrazione" },
        { label: t("page.title"), to: `${BASE}${langQuery}` },
        { label: o.title },
      ]}
    >
      <div className="row">
        <div className="col-12 col-lg-10">
          <p className="fw-semibold" data-testid="objective-status">
            {t("objective.status", { status: t(`status.${o.status}`) })}
            {o.statusChangedAt ? ` (${formatDate(o.statusChangedAt, lang)})` : ""}
          </p>
          <p>
            <Link to={`${dashboardPath({ kind: "objective", code: o.code })}${langQuery}`}>{td("links.objective")}</Link>
          </p>
          <dl className="row">
            <dt className="col-12 col-md-4">{t("objective.action")}</dt>
            <dd className="col-12 col-md-8">
              {t("line.heading", { number: line.number, title: line.title })} — {t("line.action", { code: action.code, title: action.title })}
              <div className="small">
                {t("objective.actionBasis")}: {o.actionBasis}
              </div>
            </dd>
            <dt className="col-12 col-md-4">{t("objective.period")}</dt>
            <dd className="col-12 col-md-8">{o.period}</dd>
            <dt className="col-12 col-md-4">{t("objective.responsible")}</dt>
            <dd className="col-12 col-md-8" data-testid="objective-owners">
              {o.owners.length ? o.owners.map((w) => ownerWords(tr, w)).join("; ") : t("objective.noResponsible", { coordinator })}
            </dd>
            <dt className="col-12 col-md-4">{t("objective.missions")}</dt>
            <dd className="col-12 col-md-8">
              {missions.map((m) => `${m.code} ${m.name}`).join("; ")}
              <div className="small">
                {t("objective.contribution")}: {o.contributionNote}
              </div>
            </dd>
            <dt className="col-12 col-md-4">{t("objective.sdgs")}</dt>
            <dd className="col-12 col-md-8">{sdgs.length ? sdgs.map((s) => `${s.number}. ${s.shortName}`).join("; ") : t("objective.noSdgs")}</dd>
          </dl>

          <section aria-labelledby="testo" className="mb-5">
            <h2 id="testo">{t("objective.items")}</h2>
            <p>{o.text}</p>
            {o.items.length ? (
              <ul data-testid="objective-items">
                {o.items.map((i) => (
                  <li key={i.code}>
                    {i.letter}) {i.text}
                  </li>
                ))}
              </ul>
            ) : null}
            {o.expectedResults.map((r) => (
              <p key={r}>
                <strong>{t("objective.expected")}:</strong> {r}
              </p>
            ))}
            <p className="small">{t("objective.source", { lines: o.sourceLines })}</p>
          </section>
        </div>
      </div>

      <section aria-labelledby="indicatori" className="mb-5">
        <h2 id="indicatori">{t("objective.indicators")}</h2>
        <IndicatorTable caption={t("indicator.caption", { objective: o.title })} indicators={o.indicators} years={years} lang={lang} testId="objective-indicators" />
        {indicatorNotes.length ? (
          <ul className="small">
            {indicatorNotes.map((i) => (
              <li key={i.code}>
                <strong>{i.code}</strong> — {t("indicator.dataSource")}: {i.dataSource}. {i.derived && i.note ? t("indicator.derived", { note: i.note }) : (i.note ?? "")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="traguardi" className="mb-5">
        <h2 id="traguardi">{t("objective.milestones")}</h2>
        <p>{t("objective.summary", o.summary)}</p>
        <TableScroll label={milestoneCaption}>
          <table className="table table-sm" data-testid="objective-milestones">
            <caption>{milestoneCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("milestone.title")}</th>
                <th scope="col">{t("milestone.due")}</th>
                <th scope="col">{t("milestone.state")}</th>
              </tr>
            </thead>
            <tbody>
              {o.milestones.map((m) => (
                <tr key={m.code}>
                  <th scope="row">
                    {m.title}
                    <div className="small fw-normal">{m.code}</div>
                  </th>
                  <td>
                    {formatDate(m.dueOn, lang)}
                    <div className="small">{m.dateBasis}</div>
                  </td>
                  <td>{milestoneStateText(t, m, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <PlanAccessibilityObjectives rows={accessibilityObjectives} />

      <section aria-labelledby="misurazioni" className="mb-5">
        <h2 id="misurazioni">{t("objective.published")}</h2>
        {measured.length === 0 ? (
          <p data-testid="objective-no-measurements">{t("objective.noPublished")}</p>
        ) : (
          measured.map((i) => {
            const caption = t("published.caption", { indicator: i.name });
            return (
              <TableScroll key={i.code} label={caption}>
                <table className="table table-sm" data-testid={`published-${i.code}`}>
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("published.measuredOn")}</th>
                      <th scope="col">{t("published.value")}</th>
                      <th scope="col">{t("published.comment")}</th>
                      <th scope="col">{t("published.evidence")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.published.map((u) => (
                      <tr key={u.id}>
                        <th scope="row">{formatDate(u.measuredOn, lang)}</th>
                        <td>
                          {valueText(t, i, u.value, lang)} {i.kind === "quantity" ? i.unit : ""}
                          {u.correctedBy ? <div className="small">{t("published.corrected")}</div> : null}
                        </td>
                        <td>{u.comment}</td>
                        <td>
                          {/* Only web links are followed: a stored value is never run as a script URL. */}
                          {u.evidenceFileName ? (
                            <a href={`/amministrazione/piano-integrato/evidenze/${u.id}`} className="d-block">
                              {u.evidenceFileName}
                            </a>
                          ) : null}
                          {u.evidenceUrl && /^https?:\/\//i.test(u.evidenceUrl) ? (
                            <a href={u.evidenceUrl} className="d-block text-break">
                              {u.evidenceFileName ? u.evidenceUrl : t("published.evidence")}
                            </a>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            );
          })
        )}
      </section>

      <p>
        <Link to={`${BASE}${langQuery}`}>{t("objective.back")}</Link>
      </p>
    </Page>
  );
}
