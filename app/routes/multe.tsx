import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { FineLookup } from "~/components/fines/FinePages";
import { lookupAction, lookupLoader } from "~/utils/fine-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return lookupLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return lookupAction(request);
}

export default FineLookup;
