import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CasePage } from "~/components/applications/CitizenPages";
import { caseLoader, caseAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return caseLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return caseAction(request, params.id);
}

export default CasePage;
