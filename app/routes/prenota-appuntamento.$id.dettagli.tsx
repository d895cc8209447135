import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DetailsStep } from "~/components/appointments/BookingSteps";
import { detailsStepAction, detailsStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return detailsStepLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return detailsStepAction(request, params.id, context);
}

export default DetailsStep;
