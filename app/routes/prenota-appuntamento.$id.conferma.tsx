import type { LoaderFunctionArgs } from "@remix-run/node";
import { BookingConfirmation } from "~/components/appointments/BookingOutcome";
import { confirmationLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return confirmationLoader(request, params.id);
}

export default BookingConfirmation;
