import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { LoginFailure } from "~/components/auth/LoginFailure";
import { pageMeta } from "~/utils/meta";
import { acsAction } from "~/utils/saml-routes.server";

export const meta = pageMeta;

export function loader() {
  return redirect("/accedi", 303);
}

export function action({ request }: ActionFunctionArgs) {
  return acsAction(request, "spid");
}

export default LoginFailure;
