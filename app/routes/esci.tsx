import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { logoutAction } from "~/utils/saml-routes.server";

export function loader() {
  return redirect("/", 303);
}

export function action({ request }: ActionFunctionArgs) {
  return logoutAction(request);
}
