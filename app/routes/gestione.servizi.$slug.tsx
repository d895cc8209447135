import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ServiceEditor } from "~/components/catalogue/ServiceEditor";
import en from "~/locales/catalogue.en";
import it from "~/locales/catalogue.it";
import { serviceEditAction, serviceEditLoader } from "~/utils/catalogue-routes.server";
import { pageMeta } from "~/utils/meta";
import { useNamespace } from "~/utils/namespace";

export const meta = pageMeta;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  return serviceEditLoader(request, params, context);
}

export function action({ request, params, context }: ActionFunctionArgs) {
  return serviceEditAction(request, params, context);
}

export default function ServiceEditorPage() {
  // The namespace is in this route's chunk only: added to i18next before the editor's first `t`.
  useNamespace("catalogue", { it, en });
  return <ServiceEditor />;
}
