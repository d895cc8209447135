import type { LoaderFunctionArgs } from "@remix-run/node";
import { PersonalArea } from "~/components/auth/PersonalArea";
import { requireCitizen } from "~/utils/auth.server";
import { formatDate } from "~/utils/format";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const principal = await requireCitizen(request);
  const { t, lang } = await getFixedT(request);
  const c = principal.citizen;
  return {
    meta: { title: t("personalArea.title") },
    citizen: {
      name: `${c.givenName} ${c.familyName}`,
      fiscalCode: c.fiscalCode,
      dateOfBirth: c.dateOfBirth ? formatDate(c.dateOfBirth, lang) : null,
      email: c.email,
      access: t("identity.area.accessWith", { method: c.method === "cie" ? "CIE" : "SPID", level: c.level }),
    },
    actingFor: principal.actingFor,
  };
}

export default PersonalArea;
