import type { LoaderFunctionArgs } from "@remix-run/node";
import { planJsonLoader } from "~/utils/plan-routes.server";

/** The whole plan as one JSON document (open data, docs/plan-open-data.md): a resource route. */
export function loader({ request }: LoaderFunctionArgs) {
  return planJsonLoader(request);
}
