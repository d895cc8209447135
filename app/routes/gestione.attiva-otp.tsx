import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffEnrol } from "~/components/staff/StaffEnrol";
import { pageMeta } from "~/utils/meta";
import { enrolAction, enrolLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return enrolLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return enrolAction(request, context);
}

export default StaffEnrol;
