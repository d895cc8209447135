import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SimulatedCheckout } from "~/components/tax/SimulatedCheckout";
import { pageMeta } from "~/utils/meta";
import { simulatedCheckoutAction, simulatedCheckoutLoader } from "~/utils/tax-routes.server";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return simulatedCheckoutLoader(request, params.notice);
}

export function action({ request, params }: ActionFunctionArgs) {
  return simulatedCheckoutAction(request, params.notice);
}

export default SimulatedCheckout;
