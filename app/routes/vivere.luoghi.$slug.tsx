import type { LoaderFunctionArgs } from "@remix-run/node";
import { ArticleRoute } from "~/components/ui/ArticleDetail";
import { articleRouteLoader } from "~/utils/article-route.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request, params }: LoaderFunctionArgs) {
  return articleRouteLoader(request, params.slug, "place");
}

export default ArticleRoute;
