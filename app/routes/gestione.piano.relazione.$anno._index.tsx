import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanReportPage } from "~/components/plan/PlanReport";
import { pageMeta } from "~/utils/meta";
import { staffReportPageLoader } from "~/utils/plan-report-routes.server";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return staffReportPageLoader(request, params.anno);
}

export default PlanReportPage;
