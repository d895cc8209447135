import { useTranslation } from "react-i18next";
import { MAX_QUERY_LENGTH } from "~/domain/search";
import { Icon } from "./Icon";

/** A plain GET form to /cerca: works without JavaScript and can be bookmarked. */
export function SearchForm({
  id,
  defaultValue,
  inverted = false,
  errorKey,
}: {
  id: string;
  defaultValue?: string;
  inverted?: boolean;
  errorKey?: string;
}) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form method="get" action="/cerca" role="search" className="mt-3">
      <div className="form-group mb-2">
        <label htmlFor={id} className={`active${inverted ? " text-white" : ""}`}>
          {t("search.label")}
        </label>
        <div className="d-flex flex-wrap gap-2 align-items-start">
          <input
            type="search"
            id={id}
            name="q"
            className={`form-control flex-grow-1 w-auto${errorKey ? " is-invalid" : ""}`}
            defaultValue={defaultValue}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            aria-describedby={errorKey ? `${errorId} ${hintId}` : hintId}
            aria-invalid={errorKey ? true : undefined}
          />
          <button type="submit" className={`btn ${inverted ? "btn-light" : "btn-primary"}`}>
            <Icon name="it-search" className={`${inverted ? "icon-primary" : "icon-white"} icon-sm me-1`} />
            {t("search.submit")}
          </button>
        </div>
        {errorKey ? (
          <p id={errorId} className={inverted ? "text-white fw-bold" : "text-danger"}>
            {t(errorKey, { max: MAX_QUERY_LENGTH })}
          </p>
        ) : null}
        <small id={hintId} className={`form-text${inverted ? " text-white" : ""}`}>
          {t("search.hint")}
        </small>
      </div>
    </form>
  );
}
