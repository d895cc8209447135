import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DocumentsPage } from "~/components/applications/CitizenPages";
import { documentsLoader, documentsAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return documentsLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return documentsAction(request, params.id);
}

export default DocumentsPage;
