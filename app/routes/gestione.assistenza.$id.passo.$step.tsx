import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FormStepPage } from "~/components/applications/CitizenPages";
import { assistedStepAction, assistedStepLoader } from "~/utils/assisted-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return assistedStepLoader(request, params.id, params.step);
}

export function action({ request, params }: ActionFunctionArgs) {
  return assistedStepAction(request, params.id, params.step);
}

export default FormStepPage;
