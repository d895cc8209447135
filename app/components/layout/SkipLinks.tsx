import { useTranslation } from "react-i18next";

export function SkipLinks() {
  const { t } = useTranslation();
  return (
    <nav className="skiplinks" aria-label={t("skip.label")}>
      <a className="visually-hidden-focusable" href="#main-content">
        {t("skip.toContent")}
      </a>
      <a className="visually-hidden-focusable" href="#footer">
        {t("skip.toFooter")}
      </a>
    </nav>
  );
}
