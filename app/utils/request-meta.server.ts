import type { RequestMeta } from "~/services/audit.server";

/**
 * Header names the HTTP server sets on every request it hands to Remix, after removing any copy the
 * client sent (server/app.ts): the client address (the socket's, or X-Forwarded-For's only when
 * TRUST_PROXY) and the request id of the log line.
 */
export const CLIENT_IP_HEADER = "x-sportello-client-ip";
export const REQUEST_ID_HEADER = "x-sportello-request-id";

export function requestMeta(request: Request): RequestMeta {
  return {
    ip: request.headers.get(CLIENT_IP_HEADER),
    userAgent: request.headers.get("user-agent"),
    requestId: request.headers.get(REQUEST_ID_HEADER),
  };
}
