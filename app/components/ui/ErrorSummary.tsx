import { useEffect, useRef, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";

export interface ErrorLink {
  /** `#` and the id of the field the error is about. */
  href: string;
  /** The message, already translated. */
  text: string;
}

/**
 * Moves focus to the field an error-summary link points at (GOV.UK pattern): following a link to
 * an input only scrolls in most browsers, and the person wants to type there. Without JavaScript
 * the plain link still scrolls to the field.
 */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.getAttribute("href")?.slice(1);
  const field = id ? document.getElementById(id) : null;
  if (!field) return;
  event.preventDefault();
  const target = field.matches("input, select, textarea, button, a[href], [tabindex]") ? field : field.querySelector<HTMLElement>("input, select, textarea, button");
  (target ?? field).focus();
  const label = target?.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null;
  (label ?? target ?? field).scrollIntoView({ block: "center" });
}

/**
 * The list of errors at the top of a form, with messages already translated: it takes focus when it
 * appears and each time a new answer (`answer`) brings errors, and each link puts the cursor in its
 * field. The one error summary of the desk: every form uses it, directly or through ErrorSummary.
 */
export function ErrorList({ title, links, answer }: { title: string; links: ErrorLink[]; answer?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (links.length) ref.current?.focus();
  }, [answer, links.length]);
  if (links.length === 0) return null;
  return (
    <div className="alert alert-danger" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="h5" id="error-summary-title">
        {title}
      </h2>
      <ul className="mb-0">
        {links.map((l) => (
          <li key={l.href + l.text}>
            <a href={l.href} onClick={focusTarget}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The error summary of a form whose errors map a field id to a translation key. */
export function ErrorSummary({ errors, title }: { errors: Record<string, string>; title?: string }) {
  const { t } = useTranslation();
  const links = Object.entries(errors).map(([field, key]) => ({ href: `#${field}`, text: t(key) }));
  return <ErrorList title={title ?? t("errors.errorSummaryTitle")} links={links} />;
}
