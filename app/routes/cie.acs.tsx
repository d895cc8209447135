import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { LoginFailure } from "~/components/auth/LoginFailure";
import { pageMeta } from "~/utils/meta";
import { acsAction, acsLoader } from "~/utils/saml-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return acsLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return acsAction(request, "cie");
}

export default LoginFailure;
