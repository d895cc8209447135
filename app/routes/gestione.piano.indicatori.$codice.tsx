import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { OfficeIndicator } from "~/components/plan/OfficeIndicator";
import { pageMeta } from "~/utils/meta";
import { indicatorAction, indicatorLoader } from "~/utils/plan-office-routes.server";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return indicatorLoader(request, params.codice, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return indicatorAction(request, params.codice, context);
}

export default OfficeIndicator;
