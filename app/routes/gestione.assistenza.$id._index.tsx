import type { LoaderFunctionArgs } from "@remix-run/node";
import { AssistedDone } from "~/components/applications/AssistedPages";
import { assistedDoneLoader } from "~/utils/assisted-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return assistedDoneLoader(request, params.id);
}

export default AssistedDone;
