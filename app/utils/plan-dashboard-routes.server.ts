/**
 * The plan's dashboards (issue 6 §5): thin handlers over app/services/plan-dashboard.server.ts for the
 * public pages (/amministrazione/piano-integrato/cruscotto…), their JSON and CSV, and the back office
 * (/gestione/piano/cruscotto…). The part of the plan is in the URL: nothing (the whole plan),
 * `linee/<code>`, `azioni/<code>` or `obiettivi/<code>`.
 */
import type { TFunction } from "i18next";
import type { DashboardFact } from "~/domain/plan-dashboard";
import {
  type CategoryWords,
  dashboardCsv,
  dashboardJsonDocument,
  type DashboardScope,
  type DashboardView,
  getOfficeDashboard,
  getPlanDashboard,
} from "~/services/plan-dashboard.server";
import { requireStaff } from "./auth.server";
import { db } from "./db.server";
import { notFound, requestClock as clock } from "./http.server";
import { getFixedT } from "./i18next.server";
import { csvResponse, OPEN_DATA_HEADERS } from "./plan-routes.server";

/** The Italian URL segment of each kind of part. */
const SEGMENT_KIND = { linee: "line", azioni: "action", obiettivi: "objective" } as const;

function scopeOf(segment: string | undefined, code: string | undefined): DashboardScope | null {
  if (segment === undefined) return { kind: "plan" };
  const kind = SEGMENT_KIND[segment as keyof typeof SEGMENT_KIND];
  return kind && code ? { kind, code } : null;
}

export interface DashboardParams {
  tipo?: string;
  codice?: string;
}

function titleOf(t: TFunction, view: DashboardView): string {
  const s = view.scope;
  return t(`plandash:title.${s.kind}`, { code: s.code, title: s.title, number: s.number });
}

async function publicView(request: Request, params: DashboardParams) {
  const { t, lang } = await getFixedT(request);
  const scope = scopeOf(params.tipo, params.codice);
  const view = scope ? await getPlanDashboard(db(), lang, clock().today, scope) : null;
  if (!view) notFound();
  return { t, lang, view };
}

export async function publicDashboardLoader(request: Request, params: DashboardParams) {
  const { t, lang, view } = await publicView(request, params);
  return { view, lang, office: false, awaiting: null, meta: { title: titleOf(t, view), description: t("plandash:lead") } };
}

export async function officeDashboardLoader(request: Request, params: DashboardParams) {
  await requireStaff(request, "plan.record_progress");
  const { t, lang } = await getFixedT(request);
  const scope = scopeOf(params.tipo, params.codice);
  const found = scope ? await getOfficeDashboard(db(), lang, clock().today, scope) : null;
  if (!found) notFound();
  const { awaiting, ...view } = found;
  return { view, lang, office: true, awaiting, meta: { title: t("plandash:officeTitle", { title: titleOf(t, view) }) } };
}

export type DashboardData = Awaited<ReturnType<typeof publicDashboardLoader>> | Awaited<ReturnType<typeof officeDashboardLoader>>;

/** `piao-2022-2024-cruscotto` for the plan, `…-cruscotto-L1` for a part. */
function fileName(view: DashboardView, ext: string): string {
  const part = view.scope.kind === "plan" ? "" : `-${view.scope.code}`;
  return `piao-${view.plan.firstYear}-${view.plan.lastYear}-cruscotto${part}.${ext}`;
}

export async function dashboardJsonLoader(request: Request, params: DashboardParams) {
  const { lang, view } = await publicView(request, params);
  return new Response(`${JSON.stringify(dashboardJsonDocument(view, lang), null, 2)}\n`, {
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/json; charset=utf-8", "Content-Language": lang },
  });
}

function categoryWords(t: TFunction): CategoryWords {
  const keys: Record<DashboardFact["figure"], string> = { indicator_progress: "plan:indicator.progress", objective_status: "plan:status", milestones: "plandash:milestones.state" };
  return (figure, category) => t(`${keys[figure]}.${category}`);
}

export async function dashboardCsvLoader(request: Request, params: DashboardParams) {
  const { t, lang, view } = await publicView(request, params);
  return csvResponse(dashboardCsv(view, categoryWords(t)), fileName(view, "csv"), lang);
}
