import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { TimeStep } from "~/components/appointments/BookingSteps";
import { timeStepAction, timeStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return timeStepLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return timeStepAction(request, params.id, context);
}

export default TimeStep;
