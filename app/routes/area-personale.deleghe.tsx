import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Delegations } from "~/components/auth/Delegations";
import { delegationsAction, delegationsLoader } from "~/utils/delegation-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return delegationsLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return delegationsAction(request);
}

export default Delegations;
