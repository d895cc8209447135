import type { LoaderFunctionArgs } from "@remix-run/node";
import { StaffAudit } from "~/components/staff/StaffAudit";
import { pageMeta } from "~/utils/meta";
import { auditLoader } from "~/utils/staff-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return auditLoader(request);
}

export default StaffAudit;
