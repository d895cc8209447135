import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FeedbackDetailPage } from "~/components/accessibility/FeedbackDetailPage";
import { detailAction, detailLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return detailLoader(request, params.id, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return detailAction(request, params.id, context);
}

export default FeedbackDetailPage;
