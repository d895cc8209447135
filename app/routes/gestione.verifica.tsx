import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffVerify } from "~/components/staff/StaffVerify";
import { pageMeta } from "~/utils/meta";
import { verifyAction, verifyLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return verifyLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return verifyAction(request, context);
}

export default StaffVerify;
