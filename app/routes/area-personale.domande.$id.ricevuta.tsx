import type { LoaderFunctionArgs } from "@remix-run/node";
import { receiptLoader } from "~/utils/application-routes.server";

/** The PDF receipt (a resource route: no page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return receiptLoader(request, params.id);
}
