import type { LoaderFunctionArgs } from "@remix-run/node";
import { imuF24Loader } from "~/utils/tax-routes.server";

/** The prefilled F24 of the next open IMU instalment of a year, as a PDF. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return imuF24Loader(request, params.year);
}
