import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { testIdpAnswer } from "~/utils/test-idp-routes.server";

export function loader() {
  return redirect("/accedi", 303);
}

export function action({ request }: ActionFunctionArgs) {
  return testIdpAnswer(request);
}
