import type { LoaderFunctionArgs } from "@remix-run/node";
import { StaffHome } from "~/components/staff/StaffHome";
import { pageMeta } from "~/utils/meta";
import { homeLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return homeLoader(request);
}

export default StaffHome;
