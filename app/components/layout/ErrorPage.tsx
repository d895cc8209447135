import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/utils/root-data";

/** The translated 404, 403 and error pages; they keep the site's header, footer and a way out. */
const TEXTS = {
  notFound: { title: "errors.notFoundTitle", text: "errors.notFoundText", help: "errors.notFoundHelp" },
  forbidden: { title: "errors.forbiddenTitle", text: "errors.forbiddenText", help: "errors.forbiddenHelp" },
  badRequest: { title: "errors.badRequestTitle", text: "errors.badRequestText", help: "errors.badRequestHelp" },
  server: { title: "errors.serverTitle", text: "errors.serverText", help: "errors.serverHelp" },
} as const;

export function ErrorPage({ kind }: { kind: keyof typeof TEXTS }) {
  const { t } = useTranslation();
  const root = useRootData();
  const texts = TEXTS[kind];
  const title = t(texts.title);
  return (
    <main id="main-content" tabIndex={-1} className="container my-5">
      <div className="row">
        <div className="col-12 col-lg-8">
          <h1>{title}</h1>
          <p className="lead">{t(texts.text)}</p>
          <p>{t(texts.help, { phone: root?.comune.phone ?? "" })}</p>
          <form method="get" action="/cerca" className="mb-4" role="search">
            <div className="form-group">
              <label htmlFor="error-search" className="active">
                {t("search.label")}
              </label>
              <input type="search" id="error-search" name="q" className="form-control" />
            </div>
            <button type="submit" className="btn btn-outline-primary me-3">
              {t("search.submit")}
            </button>
            <Link to="/" className="btn btn-primary">
              {t("errors.goHome")}
            </Link>
          </form>
        </div>
      </div>
    </main>
  );
}
