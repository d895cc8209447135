import type { LoaderFunctionArgs } from "@remix-run/node";
import { noticePlanPdfLoader } from "~/utils/tax-routes.server";

/** The pagoPA notice of a year's coming instalments: single payment and each instalment (PDF). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return noticePlanPdfLoader(request, params.tax, params.year);
}
