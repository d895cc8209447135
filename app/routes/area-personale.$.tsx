import type { LoaderFunctionArgs } from "@remix-run/node";
import { PersonalAreaNotice } from "~/components/ui/PersonalAreaNotice";
import { requireCitizen } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { titleOnlyLoader } from "~/utils/title-loader.server";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireCitizen(request);
  return titleOnlyLoader(request, "identity.area.comingSoonTitle");
}

export default PersonalAreaNotice;
