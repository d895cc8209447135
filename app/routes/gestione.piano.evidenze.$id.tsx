import type { LoaderFunctionArgs } from "@remix-run/node";
import { staffEvidenceLoader } from "~/utils/plan-office-routes.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  return staffEvidenceLoader(request, params.id);
}
