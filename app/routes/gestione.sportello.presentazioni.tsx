import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CounterSubmissions } from "~/components/metrics/CounterSubmissions";
import { pageMeta } from "~/utils/meta";
import { counterAction, counterLoader } from "~/utils/metrics-routes.server";

export const meta = pageMeta;

export function loader({ request, context }: LoaderFunctionArgs) {
  return counterLoader(request, context);
}

export function action({ request, context }: ActionFunctionArgs) {
  return counterAction(request, context);
}

export default CounterSubmissions;
