import type { LoaderFunctionArgs } from "@remix-run/node";
import { inboxCsvLoader } from "~/utils/backoffice-routes.server";

/** The filtered inbox as CSV (a resource route: no page). */
export function loader({ request }: LoaderFunctionArgs) {
  return inboxCsvLoader(request);
}
