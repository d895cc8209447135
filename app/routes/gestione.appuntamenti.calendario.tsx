import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StaffCalendar } from "~/components/appointments/StaffAppointments";
import { calendarAction, calendarLoader } from "~/utils/appointment-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return calendarLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return calendarAction(request, context);
}

export default StaffCalendar;
