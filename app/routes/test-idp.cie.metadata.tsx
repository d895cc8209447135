import type { LoaderFunctionArgs } from "@remix-run/node";
import { testIdpMetadataLoader } from "~/utils/test-idp-routes.server";

export function loader({ request }: LoaderFunctionArgs) {
  return testIdpMetadataLoader(request, "cie");
}
