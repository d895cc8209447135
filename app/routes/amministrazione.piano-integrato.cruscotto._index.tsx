import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanDashboard } from "~/components/plan/PlanDashboard";
import { pageMeta } from "~/utils/meta";
import { publicDashboardLoader } from "~/utils/plan-dashboard-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return publicDashboardLoader(request, {});
}

export default PlanDashboard;
