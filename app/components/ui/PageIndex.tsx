import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

export interface IndexEntry {
  id: string;
  label: string;
}

/**
 * The index of a service page ("Indice della pagina"), marked up as the Modello Comuni reads it
 * (`ul[data-element=page-index] > li > a`). It stays in view and, with JavaScript, marks the section
 * being read.
 */
export function PageIndex({ entries }: { entries: IndexEntry[] }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    if (typeof IntersectionObserver === "undefined") return;
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (records) => {
        for (const r of records) {
          if (r.isIntersecting) visible.set(r.target.id, r.boundingClientRect.top);
          else visible.delete(r.target.id);
        }
        const first = entries.find((e) => visible.has(e.id));
        if (first) setCurrent(first.id);
      },
      { rootMargin: "0px 0px -60% 0px" },
    );
    for (const e of entries) {
      const el = document.getElementById(e.id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [entries]);

  return (
    <nav className="stp-index" aria-labelledby="page-index-title">
      <h2 className="h6 text-uppercase" id="page-index-title">
        {t("service.index")}
      </h2>
      <ul className="link-list list-unstyled" data-element="page-index">
        {entries.map((e) => (
          <li key={e.id}>
            <a className="list-item" href={`#${e.id}`} aria-current={current === e.id ? "true" : undefined}>
              {e.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
