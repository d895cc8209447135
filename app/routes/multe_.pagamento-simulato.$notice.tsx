import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { SimulatedCheckout } from "~/components/tax/SimulatedCheckout";
import { fineCheckoutAction, fineCheckoutLoader } from "~/utils/fine-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return fineCheckoutLoader(request, params.notice);
}

export function action({ request, params }: ActionFunctionArgs) {
  return fineCheckoutAction(request, params.notice);
}

export default SimulatedCheckout;
