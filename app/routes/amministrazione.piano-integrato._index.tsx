import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanOverview } from "~/components/plan/PlanOverview";
import { pageMeta } from "~/utils/meta";
import { planPageLoader } from "~/utils/plan-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return planPageLoader(request);
}

export default PlanOverview;
