import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { notPost, tariCalculatorAction } from "~/utils/tax-api.server";

/** POST /api/v1/tari/calcolo — the public TARI calculator (app/utils/tax-api.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return notPost(request);
}

export function action({ request }: ActionFunctionArgs) {
  return tariCalculatorAction(request);
}
