import type { LoaderFunctionArgs } from "@remix-run/node";
import { StatementPage } from "~/components/accessibility/StatementPage";
import { statementLoader } from "~/utils/accessibility-routes.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return statementLoader(request);
}

export default StatementPage;
