import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ApplicationsList } from "~/components/applications/CitizenPages";
import { listLoader, listAction } from "~/utils/application-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return listLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return listAction(request);
}

export default ApplicationsList;
