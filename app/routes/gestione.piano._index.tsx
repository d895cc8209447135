import type { LoaderFunctionArgs } from "@remix-run/node";
import { OfficePlan } from "~/components/plan/OfficePlan";
import { pageMeta } from "~/utils/meta";
import { officeLoader } from "~/utils/plan-office-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return officeLoader(request);
}

export default OfficePlan;
