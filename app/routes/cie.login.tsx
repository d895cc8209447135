import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { loginAction } from "~/utils/saml-routes.server";

export function loader() {
  return redirect("/accedi", 303);
}

export function action({ request }: ActionFunctionArgs) {
  return loginAction(request, "cie");
}
