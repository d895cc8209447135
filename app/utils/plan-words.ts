/**
 * The plan's values in words (baseline, a year's target, progress, a measured value, a milestone's
 * state), with a `t` on the "plan" namespace: shared by the plan's pages and the yearly report PDF.
 */
import type { TFunction } from "i18next";
import { decimalText } from "~/domain/plan";
import type { PlanIndicator, PlanMilestone, PlanTarget } from "~/services/plan.server";
import { formatDate } from "./format";

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


/** An owner in words: "Ufficio – Persona (ruolo)", or the office alone; `t` on the "planreport" namespace. */
export function ownerWords(t: TFunction, o: { office: string; person: string | null; role: string | null }): string {
  const person = o.person ? (o.role ? t("owners.personRole", { person: o.person, role: o.role }) : o.person) : null;
  return person ? t("owners.item", { office: o.office, person }) : o.office;
}
