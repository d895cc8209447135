import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardCsvLoader } from "~/utils/plan-dashboard-routes.server";

/** A line's, action's or objective's dashboard as CSV (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return dashboardCsvLoader(request, params);
}
