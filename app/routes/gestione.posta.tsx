import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outbox } from "~/components/applications/OfficePages";
import { outboxLoader } from "~/utils/backoffice-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return outboxLoader(request);
}

export default Outbox;
