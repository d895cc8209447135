import type { LoaderFunctionArgs } from "@remix-run/node";
import { PersonalAreaNotice } from "~/components/ui/PersonalAreaNotice";
import { pageMeta } from "~/utils/meta";
import { titleOnlyLoader } from "~/utils/title-loader.server";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return titleOnlyLoader(request, "personalArea.title");
}

export default PersonalAreaNotice;
