import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ObjectivesAdminPage } from "~/components/accessibility/ObjectivesAdminPage";
import { objectivesAction, objectivesLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return objectivesLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return objectivesAction(request, context);
}

export default ObjectivesAdminPage;
