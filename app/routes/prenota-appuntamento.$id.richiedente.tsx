import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ApplicantStep } from "~/components/appointments/BookingSteps";
import { applicantStepAction, applicantStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return applicantStepLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return applicantStepAction(request, params.id, context);
}

export default ApplicantStep;
