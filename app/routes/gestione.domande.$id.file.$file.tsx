import type { LoaderFunctionArgs } from "@remix-run/node";
import { fileLoader } from "~/utils/backoffice-routes.server";

/** One file of an application, for the office (a resource route: no page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return fileLoader(request, params.id, params.file);
}
