import type { TFunction } from "i18next";
import { TableScroll } from "~/components/ui/TableScroll";
import { decimalText } from "~/domain/plan";
import planEn from "~/locales/plan.en";
import planIt from "~/locales/plan.it";
import type { PlanIndicator, PlanMilestone, PlanTarget } from "~/services/plan.server";
import { formatDate } from "~/utils/format";
import { useNamespace } from "~/utils/namespace";

export const usePlanT = () => useNamespace("plan", { it: planIt, en: planEn });

import { baselineText, milestoneStateText, progressText, targetText, valueText } from "~/utils/plan-words";

export { baselineText, milestoneStateText, progressText, targetText, valueText };

/**
 * Indicators with their starting value and expected values per year, the latest published value and
 * how far it got: one row per indicator, its name as the row header.
 */
export function IndicatorTable({
  caption,
  indicators,
  years,
  lang,
  objectiveOf,
  testId,
}: {
  caption: string;
  indicators: (PlanIndicator & { objectiveCode?: string })[];
  years: number[];
  lang: string;
  objectiveOf?: (i: PlanIndicator & { objectiveCode?: string }) => string;
  testId: string;
}) {
  const { t } = usePlanT();
  return (
    <TableScroll label={caption}>
      <table className="table table-sm" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator.name")}</th>
            {objectiveOf ? <th scope="col">{t("indicator.objective")}</th> : null}
            <th scope="col">{t("indicator.unit")}</th>
            <th scope="col">{t("indicator.baseline")}</th>
            {years.map((y) => (
              <th scope="col" key={y}>
                {t("indicator.target", { year: y })}
              </th>
            ))}
            <th scope="col">{t("indicator.latest")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.code} data-indicator={i.code}>
              <th scope="row">
                {i.name}
                <div className="small fw-normal">{i.code}</div>
              </th>
              {objectiveOf ? <td>{objectiveOf(i)}</td> : null}
              <td>{i.unit}</td>
              <td>{baselineText(t, i, lang)}</td>
              {years.map((y) => {
                const g = i.targets.find((x) => x.year === y);
                return (
                  <td key={y}>
                    {targetText(t, i, g, lang)}
                    {g && g.progress.state !== "no_measurement" ? <div className="small">{progressText(t, g)}</div> : null}
                  </td>
                );
              })}
              <td>
                {i.latest ? (
                  <>
                    {valueText(t, i, i.latest.value, lang)}
                    <div className="small">{t("indicator.measuredOn", { date: formatDate(i.latest.measuredOn, lang) })}</div>
                  </>
                ) : (
                  t("indicator.noMeasurement")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
