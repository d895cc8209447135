import type { LoaderFunctionArgs } from "@remix-run/node";
import { dashboardJsonLoader } from "~/utils/plan-dashboard-routes.server";

/** The whole plan's dashboard as JSON (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request }: LoaderFunctionArgs) {
  return dashboardJsonLoader(request, {});
}
