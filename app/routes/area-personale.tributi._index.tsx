import type { LoaderFunctionArgs } from "@remix-run/node";
import { TaxPositionPage } from "~/components/tax/TaxPosition";
import { pageMeta } from "~/utils/meta";
import { positionLoader } from "~/utils/tax-routes.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return positionLoader(request);
}

export default TaxPositionPage;
