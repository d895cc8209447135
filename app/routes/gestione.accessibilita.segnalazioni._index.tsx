import type { LoaderFunctionArgs } from "@remix-run/node";
import { QueuePage } from "~/components/accessibility/QueuePage";
import { queueLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return queueLoader(request);
}

export default QueuePage;
