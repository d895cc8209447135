import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A table that scrolls inside its own region when the screen is narrow (WCAG 1.4.10: the page
 * itself never scrolls sideways). The region is named ("Tabella: …", distinct from the section
 * around it) and reachable with the keyboard, so a person without a mouse can scroll it with the
 * arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`table-responsive${className ? ` ${className}` : ""}`} role="region" aria-label={t("common.tableRegion", { caption: label })} tabIndex={0}>
      {children}
    </div>
  );
}
