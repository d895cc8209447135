import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRootData } from "~/utils/root-data";

/** The translated 404 and error pages; they keep the site's header, footer and a way out. */
export function ErrorPage({ kind }: { kind: "notFound" | "server" }) {
  const { t } = useTranslation();
  const root = useRootData();
  const title = kind === "notFound" ? t("errors.notFoundTitle") : t("errors.serverTitle");
  return (
    <main id="main-content" tabIndex={-1} className="container my-5">
      <div className="row">
        <div className="col-12 col-lg-8">
          <h1>{title}</h1>
          <p className="lead">{kind === "notFound" ? t("errors.notFoundText") : t("errors.serverText")}</p>
          <p>
            {kind === "notFound"
              ? t("errors.notFoundHelp")
              : t("errors.serverHelp", { phone: root?.comune.phone ?? "" })}
          </p>
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
