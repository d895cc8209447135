import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffLogin } from "~/components/staff/StaffLogin";
import { pageMeta } from "~/utils/meta";
import { loginAction, loginLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return loginLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return loginAction(request, context);
}

export default StaffLogin;
