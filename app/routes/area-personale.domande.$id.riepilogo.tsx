import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SummaryPage } from "~/components/applications/CitizenPages";
import { summaryLoader, summaryAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return summaryLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return summaryAction(request, params.id);
}

export default SummaryPage;
