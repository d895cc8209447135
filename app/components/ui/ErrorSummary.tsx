import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * The list of errors at the top of a form (GOV.UK pattern): it takes focus when it appears and links
 * to each field. `errors` maps a field id to a translation key.
 */
export function ErrorSummary({ errors, title }: { errors: Record<string, string>; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [entries.length]);
  if (entries.length === 0) return null;
  return (
    <div className="alert alert-danger" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="h5" id="error-summary-title">
        {title ?? t("errors.errorSummaryTitle")}
      </h2>
      <ul className="mb-0">
        {entries.map(([field, key]) => (
          <li key={field}>
            <a href={`#${field}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
