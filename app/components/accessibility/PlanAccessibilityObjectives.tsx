import { Link } from "@remix-run/react";
import { STATEMENT_PATH } from "~/domain/accessibility-links";
import { ObjectivesTable } from "./StatementPage";
import { useA11yT } from "./useA11yT";

type Row = { id: number; year: number; objective: string; intervention: string; deadline: string; state: string };

/** On a plan objective's page: the comune's yearly accessibility objectives that contribute to it. */
export function PlanAccessibilityObjectives({ rows }: { rows: Row[] }) {
  const { t } = useA11yT();
  if (rows.length === 0) return null;
  const years = [...new Set(rows.map((r) => r.year))];
  return (
    <section aria-labelledby="obiettivi-accessibilita" className="mb-5">
      <h2 id="obiettivi-accessibilita">{t("plan.heading")}</h2>
      <p>
        {t("plan.intro")} <Link to={`${STATEMENT_PATH}#obiettivi`}>{t("plan.link")}</Link>
      </p>
      {years.map((year) => (
        <ObjectivesTable key={year} caption={t("statement.objectives.caption", { year })} rows={rows.filter((r) => r.year === year)} />
      ))}
    </section>
  );
}
