import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SummaryStep } from "~/components/appointments/BookingSteps";
import { summaryStepAction, summaryStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return summaryStepLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return summaryStepAction(request, params.id);
}

export default SummaryStep;
