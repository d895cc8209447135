import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { BookingStart } from "~/components/appointments/BookingSteps";
import { officeStepAction, officeStepLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return officeStepLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return officeStepAction(request, context);
}

export default BookingStart;
