import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FeedbackFormPage } from "~/components/accessibility/FeedbackFormPage";
import { feedbackAction, feedbackLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return feedbackLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return feedbackAction(request);
}

export default FeedbackFormPage;
