import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { AssistedStart } from "~/components/applications/AssistedPages";
import { identifyAction, identifyLoader } from "~/utils/assisted-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return identifyLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return identifyAction(request, context);
}

export default AssistedStart;
