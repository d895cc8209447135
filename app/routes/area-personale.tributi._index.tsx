import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { TaxPositionPage } from "~/components/tax/TaxPosition";
import { pageMeta } from "~/utils/meta";
import { positionAction, positionLoader } from "~/utils/tax-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return positionLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return positionAction(request);
}

export default TaxPositionPage;
