import type { LoaderFunctionArgs } from "@remix-run/node";
import { StaffDay } from "~/components/appointments/StaffAppointments";
import { staffDayLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return staffDayLoader(request);
}

export default StaffDay;
