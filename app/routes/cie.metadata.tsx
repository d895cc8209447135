import type { LoaderFunctionArgs } from "@remix-run/node";
import { metadataLoader } from "~/utils/saml-routes.server";

export function loader({ request }: LoaderFunctionArgs) {
  return metadataLoader(request, "cie");
}
