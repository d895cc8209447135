import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { OfficeCase } from "~/components/applications/OfficePages";
import { caseAction, caseLoader } from "~/utils/backoffice-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return caseLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return caseAction(request, params.id);
}

export default OfficeCase;
