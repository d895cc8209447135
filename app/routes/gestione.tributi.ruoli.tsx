import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RollsUpload } from "~/components/tax/RollsUpload";
import { pageMeta } from "~/utils/meta";
import { filesAction, filesLoader } from "~/utils/taxoffice-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return filesLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return filesAction(request, context);
}

export default RollsUpload;
