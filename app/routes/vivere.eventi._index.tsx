import type { LoaderFunctionArgs } from "@remix-run/node";
import { ArticleIndex } from "~/components/ui/ArticleIndex";
import { articleIndexLoader } from "~/utils/article-route.server";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

export function loader({ request }: LoaderFunctionArgs) {
  return articleIndexLoader(request, "event");
}

export default function Index() {
  return <ArticleIndex kind="event" />;
}
