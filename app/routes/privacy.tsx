import type { LoaderFunctionArgs } from "@remix-run/node";
import { StaticPage } from "~/components/ui/StaticSections";
import { pageMeta } from "~/utils/meta";
import { staticPageLoader } from "~/utils/static-page.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return staticPageLoader(request, "privacy");
}

export default function Route() {
  return <StaticPage />;
}
