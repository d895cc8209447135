import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { StartApplication } from "~/components/applications/CitizenPages";
import { startLoader, startAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return startLoader(request, params.slug);
}

export function action({ request, params }: ActionFunctionArgs) {
  return startAction(request, params.slug);
}

export default StartApplication;
