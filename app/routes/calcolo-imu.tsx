import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ImuCalculator } from "~/components/calc/ImuCalculator";
import { imuCalculatorAction, imuCalculatorLoader } from "~/utils/calc-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return imuCalculatorLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return imuCalculatorAction(request, context);
}

export default ImuCalculator;
