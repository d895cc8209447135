import { notFound } from "~/utils/http.server";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { pageMeta } from "~/utils/meta";

export const meta = pageMeta;

/** Any path no other route claims: the translated 404 page, with status 404. */
export function loader() {
  notFound();
}

export default function NotFound() {
  return <ErrorPage kind="notFound" />;
}

export function ErrorBoundary() {
  return <ErrorPage kind="notFound" />;
}
