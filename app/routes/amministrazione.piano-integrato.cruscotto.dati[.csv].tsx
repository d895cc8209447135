import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardCsvLoader } from "~/utils/plan-dashboard-routes.server";

/** The whole plan's dashboard as CSV (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request }: LoaderFunctionArgs) {
  return dashboardCsvLoader(request, {});
}
