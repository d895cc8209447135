import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RateYear } from "~/components/calc/RateYear";
import { rateYearAction, rateYearLoader } from "~/utils/calc-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return rateYearLoader(request, params.anno, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return rateYearAction(request, params.anno, context);
}

export default RateYear;
