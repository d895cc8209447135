import type { LoaderFunctionArgs } from "@remix-run/node";
import { receiptLoader } from "~/utils/backoffice-routes.server";

/** The application's receipt, for the office (a resource route: no page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return receiptLoader(request, params.id);
}
