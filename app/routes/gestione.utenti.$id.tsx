import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffAccount } from "~/components/staff/StaffAccount";
import { pageMeta } from "~/utils/meta";
import { accountAction, accountLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return accountLoader(request, params, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return accountAction(request, params, context);
}

export default StaffAccount;
