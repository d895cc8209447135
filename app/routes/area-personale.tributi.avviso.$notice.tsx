import type { LoaderFunctionArgs } from "@remix-run/node";
import { noticePdfLoader } from "~/utils/tax-routes.server";

/** The pagoPA notice as a PDF (the citizen's own notices only). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return noticePdfLoader(request, params.notice);
}
