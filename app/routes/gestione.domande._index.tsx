import type { LoaderFunctionArgs } from "@remix-run/node";
import { Inbox } from "~/components/applications/OfficePages";
import { inboxLoader } from "~/utils/backoffice-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return inboxLoader(request);
}

export default Inbox;
