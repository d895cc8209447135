import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import biPackage from "bootstrap-italia/package.json";
import { Footer } from "~/components/layout/Footer";
import { Header } from "~/components/layout/Header";
import { SkipLinks } from "~/components/layout/SkipLinks";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { formatTime } from "~/utils/format";
import { getSiteContext } from "~/services/catalogue.server";
import styles from "~/styles/main.scss?url";
import sessionStyles from "~/styles/session.scss?url";
import { getFixedT } from "~/utils/i18next.server";
import { pageMeta } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import type { RootData } from "~/utils/root-data";
import { db } from "~/utils/db.server";
import { getAuth, userSummary } from "~/utils/auth.server";
import { sessionPolicy } from "~/utils/session.server";
import { readPreferences } from "~/utils/reading-preferences.server";
import { htmlAttributes } from "~/domain/reading-preferences";

// Only logged-in people see it: its code is not part of the public pages' first load.
const SessionTimeout = lazy(() => import("~/components/auth/SessionTimeout").then((m) => ({ default: m.SessionTimeout })));

export const links: LinksFunction = () => [
  { rel: "preload", href: "/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2", as: "font", type: "font/woff2", crossOrigin: "anonymous" },
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs): Promise<RootData> {
  const { t, lang } = await getFixedT(request);
  const [comune, auth] = await Promise.all([getSiteContext(db(), lang), getAuth(request)]);
  return {
    lang,
    comune,
    user: userSummary(auth.principal),
    csrf: auth.csrfToken,
    notice: auth.notice ? t(auth.notice) : null,
    sessionPolicy:
      auth.principal.kind === "anonymous"
        ? null
        : {
            idleSeconds: sessionPolicy().idleSeconds,
            warnBeforeSeconds: sessionPolicy().warnBeforeSeconds,
            endsAt: formatTime(new Date(Date.now() + sessionPolicy().idleSeconds * 1000), lang),
          },
    bootstrapItaliaVersion: biPackage.version,
    preferences: readPreferences(request),
    strings: {
      siteName: t("meta.siteName"),
      notFound: t("errors.notFoundTitle"),
      forbidden: t("errors.forbiddenTitle"),
      badRequest: t("errors.badRequestTitle"),
      serverError: t("errors.serverTitle"),
      errorPrefix: t("meta.errorPrefix"),
    },
  };
}

export const meta = pageMeta;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { i18n } = useTranslation();
  const lang = data?.lang ?? i18n.language ?? "it";
  const nonce = useNonce();
  // Marks the page as interactive: browser tests wait for it before using controls that need JavaScript.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    // The reading preferences are classes of <html>, set by the server: CSS alone applies them, with no flash.
    <html lang={lang} dir="ltr" suppressHydrationWarning {...(data ? htmlAttributes(data.preferences) : {})}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {/* When the root loader itself failed (e.g. the database is down) no route meta can run. */}
        {data ? null : <title>{`${i18n.t("errors.serverTitle")} – ${i18n.t("meta.siteName")}`}</title>}
        <Links />
        {data?.user ? <link rel="stylesheet" href={sessionStyles} /> : null}
        {/* The national conformity checker reads the bootstrap-italia version from this global (C.SI.1.2). */}
        <script
          nonce={nonce}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{
            __html: `window.BOOTSTRAP_ITALIA_VERSION=${JSON.stringify(data?.bootstrapItaliaVersion ?? biPackage.version)};`,
          }}
        />
      </head>
      <body>
        <SkipLinks />
        {data ? <Header comune={data.comune} lang={data.lang} user={data.user} /> : null}
        {data?.notice ? (
          <div className="container mt-3">
            <div className="alert alert-warning" role="status">
              {data.notice}
            </div>
          </div>
        ) : null}
        {children}
        {data?.sessionPolicy ? (
          <Suspense fallback={null}>
            <SessionTimeout
              idleSeconds={data.sessionPolicy.idleSeconds}
              warnBeforeSeconds={data.sessionPolicy.warnBeforeSeconds}
              csrf={data.csrf}
              endsAt={data.sessionPolicy.endsAt}
            />
          </Suspense>
        ) : null}
        {data ? <Footer comune={data.comune} /> : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status >= 500) console.error(error);
  return <ErrorPage kind={status === 404 ? "notFound" : status === 403 ? "forbidden" : status >= 400 && status < 500 ? "badRequest" : "server"} />;
}
