import { data } from "@remix-run/node";
import { todayInItaly } from "~/domain/dates";

/** Thrown by a loader when what the URL names does not exist: the root ErrorBoundary shows the 404 page. */
export function notFound(): never {
  throw data(null, { status: 404 });
}

/** "Now" for a request: the instant, and the day in Italy (deadlines and dates are Italian days). */
export function requestClock(): { now: string; today: string } {
  return { now: new Date().toISOString(), today: todayInItaly() };
}

/** The request's origin as the public sees it (PUBLIC_BASE_URL wins over the Host header). */
export function publicOrigin(request: Request, configured?: string): string {
  return configured ?? new URL(request.url).origin;
}
