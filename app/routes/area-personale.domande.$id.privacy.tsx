import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { PrivacyStep } from "~/components/applications/CitizenPages";
import { privacyLoader, privacyAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return privacyLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return privacyAction(request, params.id);
}

export default PrivacyStep;
