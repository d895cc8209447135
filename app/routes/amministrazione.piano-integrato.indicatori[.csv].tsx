import type { LoaderFunctionArgs } from "@remix-run/node";
import { indicatorsCsvLoader } from "~/utils/plan-routes.server";

/** The plan's indicators with their targets per year as CSV (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request }: LoaderFunctionArgs) {
  return indicatorsCsvLoader(request);
}
