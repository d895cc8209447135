import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ReasonStep } from "~/components/appointments/BookingSteps";
import { reasonStepAction, reasonStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return reasonStepLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return reasonStepAction(request, params.id, context);
}

export default ReasonStep;
