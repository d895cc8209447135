import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { RatesList } from "~/components/calc/RatesList";
import { ratesListAction, ratesListLoader } from "~/utils/calc-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return ratesListLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return ratesListAction(request);
}

export default RatesList;
