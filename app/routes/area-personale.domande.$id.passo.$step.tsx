import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FormStepPage } from "~/components/applications/CitizenPages";
import { stepLoader, stepAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return stepLoader(request, params.id, params.step);
}

export function action({ request, params }: ActionFunctionArgs) {
  return stepAction(request, params.id, params.step);
}

export default FormStepPage;
