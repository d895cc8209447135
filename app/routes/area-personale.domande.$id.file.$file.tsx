import type { LoaderFunctionArgs } from "@remix-run/node";
import { fileLoader } from "~/utils/application-routes.server";

/** One file of the application, downloaded (a resource route: no page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return fileLoader(request, params.id, params.file);
}
