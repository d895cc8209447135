import type { LoaderFunctionArgs } from "@remix-run/node";
import { ReceiptPage } from "~/components/accessibility/ReceiptPage";
import { receiptLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return receiptLoader(request, params.token ?? "");
}

export default ReceiptPage;
