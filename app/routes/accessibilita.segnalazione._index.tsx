import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FeedbackFormPage } from "~/components/accessibility/FeedbackFormPage";
import { feedbackAction, feedbackLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return feedbackLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return feedbackAction(request, context);
}

export default FeedbackFormPage;
