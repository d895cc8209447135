import type { LoaderFunctionArgs } from "@remix-run/node";
import { testIdpSlo } from "~/utils/test-idp-routes.server";

export function loader({ request }: LoaderFunctionArgs) {
  return testIdpSlo(request);
}
