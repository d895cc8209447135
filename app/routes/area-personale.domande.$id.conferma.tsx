import type { LoaderFunctionArgs } from "@remix-run/node";
import { ConfirmationPage } from "~/components/applications/CitizenPages";
import { confirmationLoader } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return confirmationLoader(request, params.id);
}

export default ConfirmationPage;
