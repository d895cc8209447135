/**
 * The public plan pages and their open data (issue 6), thin handlers over app/services/plan.server.ts:
 * every one reads the same tree, judged on today's date in Italy, in the reader's language.
 */
import type { TFunction } from "i18next";
import { todayInItaly } from "~/domain/dates";
import type { ObjectiveStatus } from "~/domain/plan";
import { type CsvWords, findObjective, getPlanTree, indicatorsCsv, objectivesCsv, planJsonDocument } from "~/services/plan.server";
import { db } from "./db.server";
import { notFound } from "./http.server";
import { getFixedT } from "./i18next.server";
import { planAccessibilityObjectives } from "./accessibility-routes.server";

async function treeFor(request: Request) {
  const { t, lang } = await getFixedT(request);
  const tree = await getPlanTree(db(), lang, todayInItaly());
  if (!tree) notFound();
  return { t, lang, tree };
}

export async function planPageLoader(request: Request) {
  const { t, lang, tree } = await treeFor(request);
  return { tree, lang, meta: { title: t("plan:page.title"), description: t("plan:page.lead") } };
}

export async function objectivePageLoader(request: Request, slug: string) {
  const { t, lang, tree } = await treeFor(request);
  const found = findObjective(tree, slug);
  if (!found) notFound();
  const { line, action, objective } = found;
  return {
    objective,
    line: { code: line.code, number: line.number, title: line.title },
    action: { code: action.code, title: action.title },
    coordinator: tree.coordinator,
    years: tree.years,
    asOf: tree.asOf,
    missions: tree.pnrrMissions.filter((m) => objective.pnrrMissions.includes(m.code)),
    sdgs: tree.sdgs.filter((s) => objective.sdgs.includes(s.number)),
    accessibilityObjectives: await planAccessibilityObjectives(objective.code, lang),
    lang,
    meta: { title: objective.title, description: t("plan:page.title") },
  };
}

export const OPEN_DATA_HEADERS = {
  // Open data: anyone may fetch it from anywhere, and a proxy may keep it a short while.
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
};

export async function planJsonLoader(request: Request) {
  const { lang, tree } = await treeFor(request);
  return new Response(`${JSON.stringify(planJsonDocument(tree, lang), null, 2)}\n`, {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Language": lang },
  });
}

function csvWords(t: TFunction): CsvWords {
  return { status: (s: ObjectiveStatus) => t(`plan:status.${s}`), yes: t("plan:csv.yes"), no: t("plan:csv.no") };
}

export function csvResponse(body: string, name: string, lang: string) {
  return new Response(body, {
    headers: {
      ...OPEN_DATA_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Language": lang,
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}

export async function objectivesCsvLoader(request: Request) {
  const { t, lang, tree } = await treeFor(request);
  return csvResponse(objectivesCsv(tree, csvWords(t)), `piao-${tree.firstYear}-${tree.lastYear}-obiettivi.csv`, lang);
}

export async function indicatorsCsvLoader(request: Request) {
  const { t, lang, tree } = await treeFor(request);
  return csvResponse(indicatorsCsv(tree, lang, csvWords(t)), `piao-${tree.firstYear}-${tree.lastYear}-indicatori.csv`, lang);
}
