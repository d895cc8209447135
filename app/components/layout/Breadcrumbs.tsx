import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface Crumb {
  label: string;
  to?: string;
}

/** Breadcrumbs as the Modello Comuni marks them up (`data-element="breadcrumb"`); the last item is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  const all: Crumb[] = [{ label: t("common.home"), to: "/" }, ...items];
  return (
    <nav className="breadcrumb-container" aria-label={t("common.breadcrumb")}>
      <ol className="breadcrumb p-0" data-element="breadcrumb">
        {all.map((c, i) => {
          const last = i === all.length - 1;
          return (
            <li key={i} className={`breadcrumb-item${last ? " active" : ""}`} aria-current={last ? "page" : undefined}>
              {!last && c.to ? <Link to={c.to}>{c.label}</Link> : c.label}
              {!last ? <span className="separator">/</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
