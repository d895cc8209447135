import type { LoaderFunctionArgs } from "@remix-run/node";
import { tariTariffsLoader } from "~/utils/tax-api.server";

/** GET /api/v1/tari/tariffe?anno= — the year's published TARI tariffs (app/utils/tax-api.server.ts). */
export function loader({ request }: LoaderFunctionArgs) {
  return tariTariffsLoader(request);
}
