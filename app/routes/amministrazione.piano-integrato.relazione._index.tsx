import type { LoaderFunctionArgs } from "@remix-run/node";
import { PlanReportChooser } from "~/components/plan/PlanReport";
import { pageMeta } from "~/utils/meta";
import { publicReportChooserLoader } from "~/utils/plan-report-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return publicReportChooserLoader(request);
}

export default PlanReportChooser;
