import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SimulatedCheckout } from "~/components/tax/SimulatedCheckout";
import { feeCheckoutAction, feeCheckoutLoader } from "~/utils/fee-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return feeCheckoutLoader(request, params.id, params.notice);
}

export function action({ request, params }: ActionFunctionArgs) {
  return feeCheckoutAction(request, params.id, params.notice);
}

export default SimulatedCheckout;
