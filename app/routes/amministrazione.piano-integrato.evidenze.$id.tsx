import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicEvidenceLoader } from "~/utils/plan-office-routes.server";

export function loader({ params }: LoaderFunctionArgs) {
  return publicEvidenceLoader(params.id);
}
