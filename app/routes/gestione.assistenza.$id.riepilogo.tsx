import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { AssistedSummary } from "~/components/applications/AssistedPages";
import { assistedSummaryAction, assistedSummaryLoader } from "~/utils/assisted-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return assistedSummaryLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return assistedSummaryAction(request, params.id);
}

export default AssistedSummary;
