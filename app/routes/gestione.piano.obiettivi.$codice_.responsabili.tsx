import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { OfficeOwners } from "~/components/plan/OfficeOwners";
import { pageMeta } from "~/utils/meta";
import { ownersAction, ownersLoader } from "~/utils/plan-owner-routes.server";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return ownersLoader(request, params.codice, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return ownersAction(request, params.codice, context);
}

export default OfficeOwners;
