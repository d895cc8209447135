import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import tableStyles from "~/styles/tables.scss?url";

/**
 * A table that scrolls inside its own region when the screen is narrow (WCAG 1.4.10: the page
 * itself never scrolls sideways). The region is named ("Tabella: …", distinct from the section
 * around it) and reachable with the keyboard, so a person without a mouse can scroll it with the
 * arrow keys (axe: scrollable-region-focusable).
 *
 * It brings the table styles with it: the public pages' first load does not carry them (its budget,
 * docs/benchmark.md), so a public page with a table (a calculator's result, a fine's bands) links the
 * sheet where the table is; logged-in pages already have it and the browser loads it once.
 */
export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`table-responsive${className ? ` ${className}` : ""}`} role="region" aria-label={t("common.tableRegion", { caption: label })} tabIndex={0}>
      {/* Inside the region, so the region stays the next sibling of whatever precedes the table. */}
      <link rel="stylesheet" href={tableStyles} />
      {children}
    </div>
  );
}
