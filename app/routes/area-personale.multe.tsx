import type { LoaderFunctionArgs } from "@remix-run/node";
import { OwnFines } from "~/components/fines/FinePages";
import { ownFinesLoader } from "~/utils/fine-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return ownFinesLoader(request);
}

export default OwnFines;
