import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanDashboard } from "~/components/plan/PlanDashboard";
import { pageMeta } from "~/utils/meta";
import { publicDashboardLoader } from "~/utils/plan-dashboard-routes.server";

export const meta = pageMeta;

/** The dashboard of a line (`linee/L1`), an action (`azioni/L1.A1`) or an objective (`obiettivi/OB-01`). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return publicDashboardLoader(request, params);
}

export default PlanDashboard;
