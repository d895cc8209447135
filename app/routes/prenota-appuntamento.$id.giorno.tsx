import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DayStep } from "~/components/appointments/BookingSteps";
import { dayStepAction, dayStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return dayStepLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return dayStepAction(request, params.id, context);
}

export default DayStep;
