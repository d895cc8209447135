import type { TFunction } from "i18next";
import { TableScroll } from "~/components/ui/TableScroll";
import { decimalText } from "~/domain/plan";
import planEn from "~/locales/plan.en";
import planIt from "~/locales/plan.it";
import type { PlanIndicator, PlanMilestone, PlanTarget } from "~/services/plan.server";
import { formatDate } from "~/utils/format";
import { useNamespace } from "~/utils/namespace";

export const usePlanT = () => useNamespace("plan", { it: planIt, en: planEn });

type Indicator = Pick<PlanIndicator, "kind" | "direction" | "baseline" | "targets" | "latest" | "unit">;

/** The starting value in words: "non realizzato" for a milestone, "da misurare" when unknown. */
export function baselineText(t: TFunction, i: Indicator, lang: string): string {
  const { value, year } = i.baseline;
  if (value === null) return t("indicator.noBaseline");
  const shown = i.kind === "milestone" ? (value === "0" ? t("indicator.notDone") : t("indicator.done")) : decimalText(value, lang);
  return year === null ? shown : t("indicator.baselineYear", { value: shown, year });
}

/** What a year's target asks, in words ("circa 400", "realizzato", "in diminuzione rispetto…"). */
export function targetText(t: TFunction, i: Indicator, g: PlanTarget | undefined, lang: string): string {
  if (!g) return t("indicator.noTarget");
  if (g.type === "done") return t("indicator.done");
  if (g.type === "trend") return t(`indicator.trend.${i.direction}`);
  const value = decimalText(g.value ?? "", lang);
  return g.approximate ? t("indicator.approximate", { value }) : value;
}

export function progressText(t: TFunction, g: PlanTarget): string {
  const state = t(`indicator.progress.${g.progress.state}`);
  return g.progress.percent === null || g.progress.state === "no_measurement" ? state : `${state} (${t("indicator.progress.percent", { percent: g.progress.percent })})`;
}

export function valueText(t: TFunction, i: Pick<PlanIndicator, "kind">, value: string, lang: string): string {
  if (i.kind === "milestone") return value === "0" ? t("indicator.notDone") : t("indicator.done");
  return decimalText(value, lang);
}

export function milestoneStateText(t: TFunction, m: Pick<PlanMilestone, "state" | "dueOn" | "doneOn">, lang: string): string {
  return m.state === "done" && m.doneOn ? t("milestoneState.done", { date: formatDate(m.doneOn, lang) }) : t(`milestoneState.${m.state === "done" ? "due" : m.state}`, { date: formatDate(m.dueOn, lang) });
}

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
