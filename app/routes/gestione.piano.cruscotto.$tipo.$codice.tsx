import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanDashboard } from "~/components/plan/PlanDashboard";
import { pageMeta } from "~/utils/meta";
import { officeDashboardLoader } from "~/utils/plan-dashboard-routes.server";

export const meta = pageMeta;

/** The back office's dashboard of a line, an action or an objective (`linee/L1`, `azioni/L1.A1`, `obiettivi/OB-01`). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return officeDashboardLoader(request, params);
}

export default PlanDashboard;
