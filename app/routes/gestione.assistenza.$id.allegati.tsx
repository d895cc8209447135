import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DocumentsPage } from "~/components/applications/CitizenPages";
import { assistedDocumentsAction, assistedDocumentsLoader } from "~/utils/assisted-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return assistedDocumentsLoader(request, params.id);
}

export function action({ request, params }: ActionFunctionArgs) {
  return assistedDocumentsAction(request, params.id);
}

export default DocumentsPage;
