import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { imuCalculatorAction, notPost } from "~/utils/tax-api.server";

/** POST /api/v1/imu/calcolo — the public IMU calculator (app/utils/tax-api.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return notPost(request);
}

export function action({ request }: ActionFunctionArgs) {
  return imuCalculatorAction(request);
}
