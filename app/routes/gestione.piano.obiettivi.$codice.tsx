import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { OfficeObjective } from "~/components/plan/OfficeObjective";
import { pageMeta } from "~/utils/meta";
import { objectiveAction, objectiveLoader } from "~/utils/plan-office-routes.server";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return objectiveLoader(request, params.codice, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return objectiveAction(request, params.codice, context);
}

export default OfficeObjective;
