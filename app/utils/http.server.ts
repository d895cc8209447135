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

/** A file download (or inline view): the name in both header forms, never cached, never run as a page. */
export function fileResponse(bytes: Uint8Array, mediaType: string, name: string, inline: boolean): Response {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(new Uint8Array(bytes) as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": mediaType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // A file opened in the browser runs nothing (an uploaded PDF or image is data, never a page).
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
