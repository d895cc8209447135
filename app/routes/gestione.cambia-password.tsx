import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffChangePassword } from "~/components/staff/StaffChangePassword";
import { pageMeta } from "~/utils/meta";
import { changePasswordAction, changePasswordLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return changePasswordLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return changePasswordAction(request, context);
}

export default StaffChangePassword;
