import { Link, useLoaderData } from "@remix-run/react";
import { Page } from "~/components/layout/Page";
import { TableScroll } from "~/components/ui/TableScroll";
import { DIGITAL_OMBUDSMAN_URL, FEEDBACK_PATH, type KnownIssueKind } from "~/domain/accessibility-statement";
import type { StatementData } from "~/utils/accessibility-routes.server";
import { useA11yT } from "./useA11yT";

const SECTIONS = ["stato", "contenuti", "redazione", "feedback", "attuazione", "informazioni", "obiettivi"] as const;
const KINDS: KnownIssueKind[] = ["non_compliance", "disproportionate_burden", "out_of_scope"];

/** The accessibility statement on the AGID model, generated from the checks (issue 7 §9). */
export function StatementPage() {
  const d = useLoaderData() as StatementData;
  const { t } = useA11yT();
  const title = t("statement.title");
  const headings: Record<(typeof SECTIONS)[number], string> = {
    stato: t("statement.conformity.heading"),
    contenuti: t("statement.content.heading"),
    redazione: t("statement.drafting.heading"),
    feedback: t("statement.feedback.heading"),
    attuazione: t("statement.enforcement.heading"),
    informazioni: t("statement.entity.heading"),
    obiettivi: t("statement.objectives.heading"),
  };
  const c = d.conformity;
  const reasonText = (r: (typeof c.reasons)[number]) => {
    if (r === "automated_violations") return t("statement.conformity.reasons.automated_violations", { count: d.run?.violations ?? 0 });
    if (r === "manual_not_done") return t("statement.conformity.reasons.manual_not_done", { count: c.manual.notDone, total: c.manual.total });
    if (r === "manual_failed") return t("statement.conformity.reasons.manual_failed", { count: c.manual.failed });
    return t(`statement.conformity.reasons.${r}`);
  };
  const years = [...new Set(d.objectives.map((o) => o.year))];
  return (
    <Page title={title} lead={t("statement.lead", { entity: d.comune.name })} breadcrumbs={[{ label: title }]}>
      <p>{t("statement.appliesTo", { site: d.site })}</p>
      {d.officialUrl ? (
        <p>
          {t("statement.official")} <a href={d.officialUrl}>{t("statement.officialLink")}</a>
        </p>
      ) : (
        <p>{t("statement.officialMissing")}</p>
      )}
      <nav aria-labelledby="statement-index" className="mb-4">
        <h2 className="h5" id="statement-index">
          {t("statement.index")}
        </h2>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`}>{headings[s]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="stato">{headings.stato}</h2>
      <p>{t("statement.conformity.intro")}</p>
      <p className="lead" data-testid="conformity-state">
        <strong>{t(`statement.conformity.label.${c.state}`)}.</strong> {t(`statement.conformity.state.${c.state}`)}
      </p>
      {c.reasons.length > 0 ? (
        <>
          <p className="mb-1">{t("statement.conformity.because")}</p>
          <ul data-testid="conformity-reasons">
            {c.reasons.map((r) => (
              <li key={r}>{reasonText(r)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="h4">{t("statement.automated.heading")}</h3>
      <p data-testid="automated-run">
        {d.run
          ? d.run.failed === null
            ? t("statement.automated.resultNoFailed", { date: d.run.checkedOn, states: d.run.states, violations: d.run.violations })
            : t("statement.automated.result", { date: d.run.checkedOn, states: d.run.states, failed: d.run.failed, violations: d.run.violations })
          : t("statement.automated.none")}
      </p>
      <p>{t("statement.automated.note")}</p>
      <h3 className="h4">{t("statement.manual.heading")}</h3>
      <TableScroll label={t("statement.manual.caption")}>
        <table className="table" data-testid="manual-checks">
          <caption>{t("statement.manual.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("statement.manual.columns.check")}</th>
              <th scope="col">{t("statement.manual.columns.criteria")}</th>
              <th scope="col">{t("statement.manual.columns.method")}</th>
              <th scope="col">{t("statement.manual.columns.who")}</th>
              <th scope="col">{t("statement.manual.columns.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {d.checks.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.description}</th>
                <td>{m.wcag.length ? m.wcag.join(", ") : t("statement.manual.noCriteria")}</td>
                <td>{m.method}</td>
                <td>{m.who ? `${m.who}${m.date ? `, ${m.date}` : ""}` : t("statement.manual.nobody")}</td>
                <td>
                  {t(`statement.manual.outcome.${m.outcome}`)}
                  {m.notes ? <span className="d-block small">{m.notes}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 id="contenuti">{headings.contenuti}</h2>
      {KINDS.map((kind) => {
        const items = d.issues.filter((i) => i.kind === kind);
        return (
          <section key={kind} aria-labelledby={`contenuti-${kind}`}>
            <h3 className="h4" id={`contenuti-${kind}`}>
              {t(`statement.content.${kind}`)}
            </h3>
            {items.length === 0 ? (
              <p>{t("statement.content.none")}</p>
            ) : (
              <ul>
                {items.map((i) => (
                  <li key={i.id}>
                    {i.description}
                    {i.wcag.length ? ` (WCAG ${i.wcag.join(", ")})` : ""} {t("statement.content.alternative")} {i.remedy}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}

      <h2 id="redazione">{headings.redazione}</h2>
      <p>{t("statement.drafting.prepared", { date: d.preparedOn })}</p>
      <p>{t("statement.drafting.method")}</p>
      <p>{t("statement.drafting.lastReview", { date: d.lastReviewOn })}</p>

      <h2 id="feedback">{headings.feedback}</h2>
      <p>{t("statement.feedback.text")}</p>
      <p>
        <Link to={FEEDBACK_PATH} className="btn btn-primary" data-testid="feedback-link">
          {t("statement.feedback.link")}
        </Link>
      </p>
      <p>
        {t("statement.feedback.contacts", { email: d.comune.email, phone: d.comune.phone })}
      </p>
      {d.overdueFeedback > 0 ? <p data-testid="overdue-feedback">{t("statement.feedback.overdue", { count: d.overdueFeedback })}</p> : null}

      <h2 id="attuazione">{headings.attuazione}</h2>
      <p>{t("statement.enforcement.text")}</p>
      <p>
        <a href={DIGITAL_OMBUDSMAN_URL}>{t("statement.enforcement.link")}</a>
      </p>

      <h2 id="informazioni">{headings.informazioni}</h2>
      <dl>
        <dt>{t("statement.entity.name")}</dt>
        <dd>{d.comune.name}</dd>
        <dt>{t("statement.entity.address")}</dt>
        <dd>{d.comune.address}</dd>
        <dt>{t("statement.entity.pec")}</dt>
        <dd>{d.comune.pec}</dd>
        <dt>{t("statement.entity.rtd")}</dt>
        <dd>{t("statement.entity.rtdValue")}</dd>
        <dt>{t("statement.entity.platform")}</dt>
        <dd>{t("statement.entity.platformValue")}</dd>
      </dl>

      <h2 id="obiettivi">{headings.obiettivi}</h2>
      <p>
        {t("statement.objectives.intro")} <Link to="/amministrazione/piano-integrato/bisogni-over-65-e-disabili">{t("statement.objectives.planLink")}</Link>
      </p>
      {!d.hasObjectivesOfYear ? <p data-testid="objectives-missing">{t("statement.objectives.missing", { year: d.objectivesYear, date: d.objectivesDueOn })}</p> : null}
      {years.length === 0 ? <p>{t("statement.objectives.none")}</p> : null}
      {years.map((year) => (
        <ObjectivesTable key={year} caption={t("statement.objectives.caption", { year })} rows={d.objectives.filter((o) => o.year === year)} />
      ))}
    </Page>
  );
}

/** A year's accessibility objectives; also on the plan objective's page. Objectives are written in Italian. */
export function ObjectivesTable({ caption, rows }: { caption: string; rows: { id: number; objective: string; intervention: string; deadline: string; state: string }[] }) {
  const { t, i18n } = useA11yT();
  const lang = i18n.language === "it" ? undefined : "it";
  return (
    <TableScroll label={caption}>
      <table className="table" data-testid="accessibility-objectives">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statement.objectives.columns.objective")}</th>
            <th scope="col">{t("statement.objectives.columns.intervention")}</th>
            <th scope="col">{t("statement.objectives.columns.deadline")}</th>
            <th scope="col">{t("statement.objectives.columns.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row" lang={lang}>
                {o.objective}
              </th>
              <td lang={lang}>{o.intervention}</td>
              <td>{o.deadline}</td>
              <td>{t(`statement.objectives.state.${o.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
