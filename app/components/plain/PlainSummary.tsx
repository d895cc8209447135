import type { ReactNode } from "react";
import { Icon } from "~/components/ui/Icon";

/**
 * The "In parole semplici" box (issue 7 §2): a bootstrap-italia callout with its own heading, so a
 * screen reader lists it among the page's sections and a reader skimming sees it is the short version.
 * Used at the top of service pages and of every page of the online application flow.
 */
export function PlainSummary({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="callout note mb-4" aria-labelledby={`${id}-title`} data-testid="plain-summary">
      <h2 className="callout-title h6" id={`${id}-title`}>
        <Icon name="it-info-circle" className="icon-sm" />
        <span className="text">{title}</span>
      </h2>
      {children}
    </section>
  );
}
