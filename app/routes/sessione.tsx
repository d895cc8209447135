import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { sessionAction, sessionLoader } from "~/utils/session-routes.server";

export function loader({ request }: LoaderFunctionArgs) {
  return sessionLoader(request);
}

export function action({ request }: ActionFunctionArgs) {
  return sessionAction(request);
}
