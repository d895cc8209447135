import type { LoaderFunctionArgs } from "@remix-run/node";
import { objectivesCsvLoader } from "~/utils/plan-routes.server";

/** The plan's objectives as CSV (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request }: LoaderFunctionArgs) {
  return objectivesCsvLoader(request);
}
