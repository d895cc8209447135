import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicReportPdfLoader } from "~/utils/plan-report-routes.server";

/** The yearly report as a tagged PDF, from published (approved) data only. */
export function loader({ request, params }: LoaderFunctionArgs) {
  return publicReportPdfLoader(request, params.anno);
}
