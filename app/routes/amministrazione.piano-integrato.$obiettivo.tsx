import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanObjectivePage } from "~/components/plan/PlanObjectivePage";
import { pageMeta } from "~/utils/meta";
import { objectivePageLoader } from "~/utils/plan-routes.server";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return objectivePageLoader(request, params.obiettivo ?? "");
}

export default PlanObjectivePage;
