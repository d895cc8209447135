import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { TestIdpInvalidRequest } from "~/components/auth/TestIdp";
import { pageMeta } from "~/utils/meta";
import { ssoHandler } from "~/utils/test-idp-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return ssoHandler(request);
}

export function action({ request }: ActionFunctionArgs) {
  return ssoHandler(request);
}

export default TestIdpInvalidRequest;
