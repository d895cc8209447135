import type { LoaderFunctionArgs } from "@remix-run/node";
import { sloLoader } from "~/utils/saml-routes.server";

export function loader({ request }: LoaderFunctionArgs) {
  return sloLoader(request, "cie");
}
