import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { TokenCancel } from "~/components/appointments/BookingOutcome";
import { tokenCancelAction, tokenCancelLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return tokenCancelLoader(request, params.token);
}

export function action({ request, params }: ActionFunctionArgs) {
  return tokenCancelAction(request, params.token);
}

export default TokenCancel;
