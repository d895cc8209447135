import type { LoaderFunctionArgs } from "@remix-run/node";
import { TestIdpLogin } from "~/components/auth/TestIdp";
import { pageMeta } from "~/utils/meta";
import { testIdpLoginLoader } from "~/utils/test-idp-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return testIdpLoginLoader(request);
}

export default TestIdpLogin;
