import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon } from "~/components/ui/Icon";
import { supportedLanguages } from "~/utils/i18n";
import type { RootData } from "~/utils/root-data";

const NAV = [
  { key: "management", to: "/amministrazione" },
  { key: "news", to: "/novita" },
  { key: "services", to: "/servizi" },
  { key: "live", to: "/vivere" },
] as const;

/** Header of the Modello Comuni: slim header, centre header with the comune and search, main navigation. */
export function Header({ comune, lang, user }: Pick<RootData, "comune" | "lang" | "user">) {
  const { t } = useTranslation();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  const preferencesHref = location.pathname === "/preferenze-di-lettura" ? "/preferenze-di-lettura" : `/preferenze-di-lettura?ritorno=${encodeURIComponent(returnTo)}`;
  const dataElement = { management: "management", news: "news", services: "all-services", live: "live" } as const;

  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <a className="d-lg-block navbar-brand" href={comune.region_url}>
                  {comune.region_name}
                  <span className="visually-hidden"> {t("common.externalLink")}</span>
                </a>
                <div className="it-header-slim-right-zone">
                  {/* On every page, before the language switch: the reading preferences (issue 7 §1). */}
                  <Link className="stp-prefs-link text-white" to={preferencesHref}>
                    <Icon name="it-settings" className="icon-white icon-sm" />
                    <span className="d-none d-md-inline">{t("header.readingPreferences")}</span>
                    <span className="d-md-none visually-hidden">{t("header.readingPreferences")}</span>
                  </Link>
                  <form method="post" action="/lingua" className="stp-lang">
                    <input type="hidden" name="returnTo" value={returnTo} />
                    <span className="visually-hidden">{t("header.languageCurrent")}</span>
                    {supportedLanguages
                      .filter((l) => l !== lang)
                      .map((l) => (
                        <button
                          key={l}
                          type="submit"
                          name="lang"
                          value={l}
                          lang={l}
                          className="btn btn-link text-white p-1"
                        >
                          {t(`header.languages.${l}`)}
                        </button>
                      ))}
                  </form>
                  {user ? (
                    <>
                      <Link
                        className="btn btn-primary btn-icon btn-full"
                        to={user.kind === "staff" ? "/gestione" : "/area-personale"}
                        data-element="personal-area-login"
                      >
                        <span className="rounded-icon" aria-hidden="true">
                          <Icon name="it-user" className="icon-primary" />
                        </span>
                        <span className="d-none d-lg-block">{user.name}</span>
                        <span className="d-lg-none visually-hidden">{user.name}</span>
                      </Link>
                      {/* Logout needs no token (it must always work); the server's Origin check guards it. */}
                      <form method="post" action="/esci" className="ms-2">
                        <button type="submit" className="btn btn-link text-white p-1">
                          {t("identity.logout.button")}
                        </button>
                      </form>
                    </>
                  ) : (
                    <Link className="btn btn-primary btn-icon btn-full" to="/accedi" data-element="personal-area-login">
                      <span className="rounded-icon" aria-hidden="true">
                        <Icon name="it-user" className="icon-primary" />
                      </span>
                      <span className="d-none d-lg-block">{t("header.personalArea")}</span>
                      <span className="d-lg-none visually-hidden">{t("header.personalArea")}</span>
                    </Link>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link to="/">
                      {comune.logo_path ? (
                        <img className="icon" src={comune.logo_path} alt="" />
                      ) : (
                        <Icon name="it-pa" />
                      )}
                      <div className="it-brand-text">
                        <div className="it-brand-title">{comune.name}</div>
                        <div className="it-brand-tagline d-none d-md-block">{comune.tagline}</div>
                      </div>
                    </Link>
                  </div>
                  <div className="it-right-zone">
                    <div className="it-search-wrapper">
                      <span className="d-none d-md-block" aria-hidden="true">
                        {t("header.search")}
                      </span>
                      <Link className="search-link rounded-icon" to="/cerca" aria-label={t("header.searchLabel")}>
                        <Icon name="it-search" />
                      </Link>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
        <div className="it-header-navbar-wrapper stp-nav">
          <div className="container">
            <div className="row">
              <div className="col-12">
                <nav className="navbar navbar-expand-lg" aria-label={t("header.mainNav")}>
                  <ul className="navbar-nav">
                    {NAV.map((item) => {
                      const current = location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
                      return (
                        <li className="nav-item" key={item.key}>
                          <Link
                            className={`nav-link${current ? " active" : ""}`}
                            to={item.to}
                            data-element={dataElement[item.key]}
                            aria-current={current ? "page" : undefined}
                          >
                            <span>{t(`header.nav.${item.key}`)}</span>
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                  <ul className="navbar-nav navbar-secondary ms-lg-auto" aria-label={t("header.secondaryNav")}>
                    <li className="nav-item">
                      <Link className="nav-link" to="/argomenti" data-element="all-topics">
                        <span className="fw-bold">{t("header.nav.topics")}</span>
                      </Link>
                    </li>
                  </ul>
                </nav>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
