import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { type GlossaryLang, markTerms } from "~/domain/glossary";

/**
 * A glossary term explained where it stands (issue 7 §2), without JavaScript: the term is a button
 * that opens its explanation as a native popover (`popovertarget`, no script; Esc and a click outside
 * close it; a screen reader hears the button as expanded or collapsed). A browser without popovers
 * ignores the attribute and simply shows the explanation inline after the term, so nothing is lost.
 * Both elements are phrasing content, so a term can sit inside a paragraph, a cell or a list item
 * (a <details> cannot: a paragraph ends where it starts). Not for labels, legends or links.
 */
function Term({ id, term, explanation }: { id: string; term: string; explanation: string }) {
  const { t } = useTranslation();
  // With JavaScript, the explanation closes when the focus moves on to something outside the term:
  // left open, at 200 % text in a narrow window it would cover what the keyboard reaches next (2.4.11).
  useEffect(() => {
    const note = document.getElementById(id) as (HTMLElement & { hidePopover?: () => void }) | null;
    const term = note?.parentElement;
    if (!note || !term || typeof note.hidePopover !== "function") return;
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !term.contains(e.target) && note.matches(":popover-open")) note.hidePopover?.();
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [id]);
  return (
    <span className="stp-term">
      <button type="button" className="stp-term-button" {...{ popovertarget: id }}>
        {term}
        <span className="visually-hidden">, {t("glossary.explain")}</span>
      </button>
      <span id={id} className="stp-term-note" {...{ popover: "auto" }}>
        <strong>{term}</strong>: {explanation}{" "}
        <button type="button" className="btn btn-outline-primary btn-sm d-block mt-2" {...{ popovertarget: id, popovertargetaction: "hide" }}>
          {t("glossary.close")}
        </button>
      </span>
    </span>
  );
}

/** `text` with the first occurrence of each glossary term explainable on the spot; `skip`: ids already explained above. */
export function Glossed({ text, skip }: { text: string; skip?: readonly string[] }) {
  const { i18n } = useTranslation();
  const lang: GlossaryLang = i18n.language?.startsWith("en") ? "en" : "it";
  const base = useId();
  const parts = markTerms(text, lang, new Set(skip));
  return (
    <>
      {parts.map((part, i) =>
        part.entry ? <Term key={i} id={`${base}term${i}`.replace(/:/g, "")} term={part.text} explanation={part.entry.explanation[lang]} /> : part.text,
      )}
    </>
  );
}
