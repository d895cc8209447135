import type { LoaderFunctionArgs } from "@remix-run/node";
import { fineNoticePdfLoader } from "~/utils/fine-routes.server";

/** The fine's pagoPA notice as a PDF (the report number and plate in the query are the proof). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return fineNoticePdfLoader(request, params.notice);
}
