import type { LoaderFunctionArgs } from "@remix-run/node";
import { PersonalAreaNotice } from "~/components/ui/PersonalAreaNotice";
import { levelNeeded, requireCitizen } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { titleOnlyLoader } from "~/utils/title-loader.server";

export const meta = pageMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireCitizen(request, "application.view_own", { minLevel: await levelNeeded(params["*"] ?? "") });
  return titleOnlyLoader(request, "identity.area.comingSoonTitle");
}

export default PersonalAreaNotice;
