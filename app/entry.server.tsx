import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { contentSecurityPolicy } from "~/domain/csp";
import { isPrivatePath, pageCacheKey } from "~/domain/page-cache";
import { trustedFormOrigins } from "~/services/identity-config.server";
import { NonceContext } from "~/utils/nonce";
import { renderI18n, getLanguage } from "~/utils/i18next.server";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const lang = await getLanguage(request);
  // Anonymous pages may be kept by shared caches (and the server's micro-cache) but always revalidated.
  const anonymous = pageCacheKey({
    method: request.method,
    url: request.url,
    cookieHeader: request.headers.get("cookie") ?? undefined,
    hasAuthorization: request.headers.has("authorization"),
  });
  if (isPrivatePath(new URL(request.url).pathname)) responseHeaders.set("Cache-Control", "no-store");
  else if (anonymous && responseStatusCode === 200 && !responseHeaders.has("set-cookie") && !responseHeaders.has("cache-control")) {
    responseHeaders.set("Cache-Control", "public, max-age=0, must-revalidate");
    responseHeaders.set("Vary", "Cookie");
  }
  const i18n = await renderI18n(lang);
  // A fresh nonce per render. A page kept by the micro-cache is served with the nonce it was rendered
  // with: such pages are anonymous and the same for everybody (docs/decisions/0006).
  const nonce = randomBytes(16).toString("base64");
  responseHeaders.set("Content-Security-Policy", contentSecurityPolicy({ nonce, formTargets: await trustedFormOrigins() }));
  // Crawlers (and the conformity checker) get the whole document at once; browsers get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
