import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { AppointmentsArea } from "~/components/appointments/AppointmentsArea";
import { areaAction, areaLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return areaLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return areaAction(request);
}

export default AppointmentsArea;
