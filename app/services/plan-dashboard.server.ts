/**
 * The plan's dashboards (issue 6 §5): one for the whole plan and one for each strategic line, action
 * and objective, read from the same tree as the public page (approved values only), and their open
 * data (docs/plan-open-data.md, "Cruscotti"). The back office sees the same numbers plus how many
 * updates in that part still await a decision (never counted in the charts).
 */
import { csvDocument, type ObjectiveStatus } from "~/domain/plan";
import { dashboardFacts, type DashboardFact, planDashboard, type PlanDashboard } from "~/domain/plan-dashboard";
import type { DbOrTrx } from "~/utils/db.server";
import { getPlanTree, type PlanObjective, type PlanTree } from "./plan.server";
import { officeOverview } from "./plan-updates.server";

export const DASHBOARD_SCOPES = ["plan", "line", "action", "objective"] as const;
export type DashboardScopeKind = (typeof DASHBOARD_SCOPES)[number];
export type DashboardScope = { kind: "plan" } | { kind: Exclude<DashboardScopeKind, "plan">; code: string };

export interface ScopeRef {
  kind: DashboardScopeKind;
  code: string;
  title: string;
  /** The line's number (lines only), for "Linea 1. …". */
  number?: number;
  /** The objective's public page slug (objectives only). */
  slug?: string;
}

export interface DashboardView {
  plan: { code: string; title: string; years: number[]; firstYear: number; lastYear: number };
  scope: ScopeRef;
  /** From the plan down to the scope's parent, for the breadcrumbs. */
  parents: ScopeRef[];
  /** The parts one level down, each with its own dashboard. */
  children: ScopeRef[];
  dashboard: PlanDashboard;
}

const objectiveRef = (o: PlanObjective): ScopeRef => ({ kind: "objective", code: o.code, title: o.title, slug: o.slug });

/** The dashboard of one part of an already-built tree; null when the code names nothing. */
export function dashboardOf(tree: PlanTree, scope: DashboardScope): DashboardView | null {
  const planRef: ScopeRef = { kind: "plan", code: tree.code, title: tree.title };
  const lineRef = (l: PlanTree["lines"][number]): ScopeRef => ({ kind: "line", code: l.code, title: l.title, number: l.number });
  const actionRef = (a: PlanTree["lines"][number]["actions"][number]): ScopeRef => ({ kind: "action", code: a.code, title: a.title });
  let found: { scope: ScopeRef; parents: ScopeRef[]; children: ScopeRef[]; objectives: PlanObjective[] } | null = null;
  if (scope.kind === "plan") {
    found = { scope: planRef, parents: [], children: tree.lines.map(lineRef), objectives: tree.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives)) };
  }
  for (const line of tree.lines) {
    if (found) break;
    if (scope.kind === "line" && line.code === scope.code) {
      found = { scope: lineRef(line), parents: [planRef], children: line.actions.map(actionRef), objectives: line.actions.flatMap((a) => a.objectives) };
    }
    for (const action of line.actions) {
      if (scope.kind === "action" && action.code === scope.code) {
        found = { scope: actionRef(action), parents: [planRef, lineRef(line)], children: action.objectives.map(objectiveRef), objectives: action.objectives };
      }
      const objective = scope.kind === "objective" ? action.objectives.find((o) => o.code === scope.code) : undefined;
      if (objective) found = { scope: objectiveRef(objective), parents: [planRef, lineRef(line), actionRef(action)], children: [], objectives: [objective] };
    }
  }
  if (!found) return null;
  return {
    plan: { code: tree.code, title: tree.title, years: tree.years, firstYear: tree.firstYear, lastYear: tree.lastYear },
    scope: found.scope,
    parents: found.parents,
    children: found.children,
    dashboard: planDashboard(found.objectives, tree.years, tree.asOf),
  };
}

/** The public dashboard of a part of the plan, judged on `today`; null when the plan or the part does not exist. */
export async function getPlanDashboard(db: DbOrTrx, lang: string, today: string, scope: DashboardScope): Promise<DashboardView | null> {
  const tree = await getPlanTree(db, lang, today);
  return tree ? dashboardOf(tree, scope) : null;
}

/** The back office's dashboard: the public numbers plus the updates of that part awaiting a decision. */
export async function getOfficeDashboard(db: DbOrTrx, lang: string, today: string, scope: DashboardScope): Promise<(DashboardView & { awaiting: number }) | null> {
  const overview = await officeOverview(db, lang, today);
  const view = overview ? dashboardOf(overview.tree, scope) : null;
  if (!overview || !view) return null;
  const awaiting = view.dashboard.indicatorProgress.reduce((n, i) => n + (overview.pending.get(i.code) ?? 0), 0);
  return { ...view, awaiting };
}

// ---------------------------------------------------------------------------------------------
// Open data: field names fixed, texts in the asked language.

export const DASHBOARD_JSON_SCHEMA = "sportello-piano-cruscotto/1";

export function dashboardJsonDocument(view: DashboardView, lang: string) {
  const d = view.dashboard;
  return {
    schema: DASHBOARD_JSON_SCHEMA,
    documentation: "docs/plan-open-data.md",
    language: lang,
    license: "CC-BY-4.0",
    plan: view.plan.code,
    scope: { type: view.scope.kind, code: view.scope.code, title: view.scope.title },
    asOf: d.asOf,
    years: view.plan.years,
    objectives: d.objectives,
    indicators: d.indicators,
    progress: d.progress,
    statuses: d.statuses,
    milestones: d.milestones,
    lateMilestones: d.lateMilestones,
    indicatorProgress: d.indicatorProgress,
    parts: view.children.map((c) => ({ type: c.kind, code: c.code, title: c.title })),
  };
}

export const DASHBOARD_CSV_HEADER = [
  "ambito", "codice_ambito", "situazione_al", "voce", "anno", "categoria", "descrizione", "numero", "totale", "obiettivo", "scadenza",
] as const;

/** The category of a chart row in words, in the asked language. */
export type CategoryWords = (figure: DashboardFact["figure"], category: DashboardFact["category"] | ObjectiveStatus) => string;

export function dashboardCsv(view: DashboardView, words: CategoryWords): string {
  const d = view.dashboard;
  const head = [view.scope.kind, view.scope.code, d.asOf] as const;
  const rows = [
    ...dashboardFacts(d).map((f) => [...head, f.figure, f.year, f.category, words(f.figure, f.category), f.count, f.total, "", ""]),
    ...d.lateMilestones.map((m) => [...head, "late_milestone", "", m.code, m.title, "", "", m.objectiveCode, m.dueOn]),
  ];
  return csvDocument([[...DASHBOARD_CSV_HEADER], ...rows]);
}
