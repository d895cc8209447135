import plandashEn from "~/locales/plandash.en";
import plandashIt from "~/locales/plandash.it";
import { useNamespace } from "~/utils/namespace";

/** The dashboards' texts (also for the links to them from the other plan pages). */
export const useDashT = () => useNamespace("plandash", { it: plandashIt, en: plandashEn });

/** Where each dashboard lives: the same shape under the public page and under the back office. */
export const PUBLIC_PLAN = "/amministrazione/piano-integrato";
export const OFFICE_PLAN = "/gestione/piano";

const SEGMENT = { line: "linee", action: "azioni", objective: "obiettivi" } as const;

export type DashboardRef = { kind: "plan" } | { kind: keyof typeof SEGMENT; code: string };

export function dashboardPath(ref: DashboardRef, office = false): string {
  const base = `${office ? OFFICE_PLAN : PUBLIC_PLAN}/cruscotto`;
  return ref.kind === "plan" ? base : `${base}/${SEGMENT[ref.kind]}/${encodeURIComponent(ref.code)}`;
}
