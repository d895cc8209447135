import type { LoaderFunctionArgs } from "@remix-run/node";
import { CatalogueList } from "~/components/catalogue/CatalogueList";
import en from "~/locales/catalogue.en";
import it from "~/locales/catalogue.it";
import { catalogueListLoader } from "~/utils/catalogue-routes.server";
import { pageMeta } from "~/utils/meta";
import { useNamespace } from "~/utils/namespace";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return catalogueListLoader(request);
}

export default function CatalogueListPage() {
  // The namespace is in this route's chunk only: added to i18next before the list's first `t`.
  useNamespace("catalogue", { it, en });
  return <CatalogueList />;
}
