import type { LoaderFunctionArgs } from "@remix-run/node";
import { StaticPage } from "~/components/ui/StaticSections";
import { pageMeta } from "~/utils/meta";
import { titleOnlyLoader } from "~/utils/title-loader.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return titleOnlyLoader(request, "accessibility.title");
}

export default function Route() {
  return <StaticPage i18nKey="accessibility" />;
}
