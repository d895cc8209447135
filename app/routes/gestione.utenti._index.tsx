import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffUsers } from "~/components/staff/StaffUsers";
import { pageMeta } from "~/utils/meta";
import { usersAction, usersLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return usersLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return usersAction(request, context);
}

export default StaffUsers;
