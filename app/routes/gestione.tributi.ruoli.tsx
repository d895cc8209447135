import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RollsUpload } from "~/components/tax/RollsUpload";
import { pageMeta } from "~/utils/meta";
import { rollsAction, rollsLoader } from "~/utils/tax-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return rollsLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return rollsAction(request, context);
}

export default RollsUpload;
