import { useFetcher, useLocation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMENT_MAX_LENGTH, NEGATIVE_REASONS, POSITIVE_REASONS } from "~/domain/feedback-reasons";
import { ErrorSummary } from "./ErrorSummary";
import { Icon } from "./Icon";

export interface FeedbackValues {
  rating?: string;
  reasonPositive?: string;
  reasonNegative?: string;
  comment?: string;
}

interface FeedbackProps {
  /** Service pages ask how easy the service was; every other page how clear it is. */
  variant?: "page" | "service";
  /** Path of the page being rated (defaults to the current one). */
  page?: string;
  errors?: Record<string, string>;
  values?: FeedbackValues;
}

/**
 * The Modello Comuni rating component ("Valuta questo sito/servizio"): stars, then the reasons, then
 * a free text. The follow-up questions appear through CSS as soon as a star is checked (no JavaScript
 * needed); with JavaScript the answer is sent without leaving the page.
 */
export function Feedback({ variant = "page", page, errors: serverErrors, values = {} }: FeedbackProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const fetcher = useFetcher<{ ok: boolean; errors?: Record<string, string> }>();
  const [hydrated, setHydrated] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setHydrated(true), []);

  const sent = fetcher.data?.ok === true || (!fetcher.data && searchParams.get("valutazione") === "grazie");
  useEffect(() => {
    if (fetcher.data?.ok) statusRef.current?.focus();
  }, [fetcher.data]);
  const errors = fetcher.data?.errors ?? serverErrors ?? {};
  // The summary links each error to a field on this form: a reason to its group, anything else to the stars.
  const reasonAnchor = Number(values.rating) >= 4 ? "reason-positive" : "reason-negative";
  const summaryErrors = Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field === "reason" ? reasonAnchor : field === "comment" ? "comment" : "rating", key]),
  );
  const pagePath = page ?? location.pathname;
  const title = variant === "service" ? t("feedback.serviceTitle") : t("feedback.title");
  const fieldError = (name: string) => errors[name];

  const reasonGroup = (kind: "positive" | "negative") => {
    const reasons = kind === "positive" ? POSITIVE_REASONS : NEGATIVE_REASONS;
    const name = kind === "positive" ? "reasonPositive" : "reasonNegative";
    const checked = kind === "positive" ? values.reasonPositive : values.reasonNegative;
    return (
      <fieldset className={`stp-followup stp-followup-${kind} mt-3`} data-element={`feedback-rating-${kind}`}>
        <legend className="h6" data-element="feedback-rating-question">
          {t(kind === "positive" ? "feedback.positiveQuestion" : "feedback.negativeQuestion")}
        </legend>
        {reasons.map((code, i) => (
          <div className="form-check" key={code}>
            <input
              className="form-check-input"
              type="radio"
              id={i === 0 ? `reason-${kind}` : `reason-${kind}-${code}`}
              name={name}
              value={code}
              defaultChecked={checked === code}
            />
            <label className="form-check-label" htmlFor={i === 0 ? `reason-${kind}` : `reason-${kind}-${code}`} data-element="feedback-rating-answer">
              {t(`feedback.reasons.${code}`)}
            </label>
          </div>
        ))}
      </fieldset>
    );
  };

  return (
    <section className="bg-light py-5" aria-labelledby="feedback-title">
      <div className="container">
        <div className="row">
          <div className="col-12 col-lg-8 offset-lg-2">
            <div className="card bg-white shadow-sm p-4 stp-feedback" data-element="feedback" id="feedback">
              <h2 className="h4" id="feedback-title" data-element="feedback-title">
                {title}
              </h2>
              {sent ? (
                <p role="status" tabIndex={-1} ref={statusRef} className="mb-0">
                  <Icon name="it-check-circle" className="icon-success me-2" />
                  {t("feedback.thanks")}
                </p>
              ) : (
                <fetcher.Form method="post" action="/valutazione" noValidate={hydrated}>
                  <ErrorSummary errors={summaryErrors} title={t("feedback.errorSummary")} />
                  <input type="hidden" name="page" value={pagePath} />
                  {hydrated ? <input type="hidden" name="_js" value="1" /> : null}
                  <fieldset aria-describedby={fieldError("rating") ? "rating-error" : undefined}>
                    <legend className="visually-hidden">{t("feedback.ratingLegend")}</legend>
                    {fieldError("rating") ? (
                      <p className="text-danger" id="rating-error">
                        {t(fieldError("rating")!)}
                      </p>
                    ) : null}
                    <div className="stp-rating-stars">
                      {[1, 2, 3, 4, 5].map((n) => (
                        <span key={n}>
                          <input
                            type="radio"
                            id={n === 1 ? "rating" : `rating-${n}`}
                            name="rating"
                            value={n}
                            required
                            defaultChecked={values.rating === String(n)}
                            aria-invalid={fieldError("rating") ? true : undefined}
                          />
                          <label htmlFor={n === 1 ? "rating" : `rating-${n}`} data-element={`feedback-rate-${n}`}>
                            <Icon name="it-star-full" className="stp-star-full" />
                            <Icon name="it-star-outline" className="stp-star-outline" />
                            <span className="visually-hidden">{t("feedback.star", { count: n })}</span>
                          </label>
                        </span>
                      ))}
                    </div>
                  </fieldset>
                  {reasonGroup("positive")}
                  {reasonGroup("negative")}
                  <div className="stp-followup stp-followup-common mt-3">
                    <div className="form-group">
                      <label htmlFor="comment" className="active">
                        {t("feedback.commentLabel")}
                      </label>
                      <input
                        type="text"
                        className={`form-control${fieldError("comment") ? " is-invalid" : ""}`}
                        id="comment"
                        name="comment"
                        maxLength={COMMENT_MAX_LENGTH}
                        defaultValue={values.comment}
                        data-element="feedback-input-text"
                        aria-describedby={fieldError("comment") ? "comment-hint comment-error" : "comment-hint"}
                        aria-invalid={fieldError("comment") ? true : undefined}
                      />
                      <small className="form-text" id="comment-hint">
                        {t("feedback.commentHint", { max: COMMENT_MAX_LENGTH })}
                      </small>
                      {fieldError("comment") ? (
                        <p className="text-danger" id="comment-error">
                          {t(fieldError("comment")!)}
                        </p>
                      ) : null}
                    </div>
                    <button type="submit" className="btn btn-primary" disabled={fetcher.state !== "idle"}>
                      {fetcher.state !== "idle" ? t("feedback.sending") : t("feedback.submit")}
                    </button>
                  </div>
                </fetcher.Form>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
