import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { TariCalculator } from "~/components/calc/TariCalculator";
import { tariCalculatorAction, tariCalculatorLoader } from "~/utils/calc-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return tariCalculatorLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return tariCalculatorAction(request, context);
}

export default TariCalculator;
