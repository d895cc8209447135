import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "@remix-run/react";
import { CsrfField } from "~/components/ui/CsrfField";
import { CSRF_FIELD } from "~/utils/csrf";

interface Props {
  idleSeconds: number;
  warnBeforeSeconds: number;
  csrf: string | null;
  /** The end of the session if nothing happens, already formatted for the reader (shown without JavaScript too). */
  endsAt: string;
}

/**
 * How long before the end an open application step is saved as a draft: enough for two requests on a
 * slow line, short enough that the person had the whole warning to choose "continue".
 */
export const SAVE_BEFORE_END_SECONDS = 15;

/** The application step form of the page, recognised by its "save and exit" button. */
const DRAFT_FORM = 'main form:has(button[name="intent"][value="save"])';

/**
 * Saves what is typed in the open step as its "save and exit" button would (the step action keeps
 * everything, even with errors), then ends the session as the timeout would have: saving is a
 * request, which counts as activity. True when there was a step to save and the server took it.
 */
async function saveOpenDraft(csrf: string | null): Promise<boolean> {
  const form = document.querySelector<HTMLFormElement>(DRAFT_FORM);
  if (!form) return false;
  const body = new FormData(form);
  body.set("intent", "save");
  const saved = await fetch(form.action, { method: "POST", body, redirect: "manual" }).catch(() => null);
  if (!saved || (saved.type !== "opaqueredirect" && !saved.ok)) return false;
  const out = new FormData();
  if (csrf) out.set(CSRF_FIELD, csrf);
  await fetch("/esci", { method: "POST", body: out, redirect: "manual" }).catch(() => null);
  return true;
}

/**
 * WCAG 2.2.1 Timing Adjustable: before the idle timeout ends the session, a dialog says so and lets
 * the person continue with one button. It asks the server how long is really left (another tab may
 * have extended the session) without extending it itself. Without JavaScript the end time is written
 * under the page with a button that extends the session. When nobody answers and an application step
 * is open, what was typed is saved as a draft just before the end (nothing is lost, as WCAG 2.2.5
 * asks), and the login page says so.
 */
export function SessionTimeout({ idleSeconds, warnBeforeSeconds, csrf, endsAt }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [left, setLeft] = useState<number | null>(null);
  const [extended, setExtended] = useState(false);
  const [ready, setReady] = useState(false);
  const continueButton = useRef<HTMLButtonElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const draftSaved = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      const res = await fetch("/sessione", { headers: { Accept: "application/json" } }).catch(() => null);
      if (cancelled || !res?.ok) return;
      const { secondsLeft } = (await res.json()) as { secondsLeft: number };
      const back = encodeURIComponent(location.pathname);
      if (secondsLeft <= SAVE_BEFORE_END_SECONDS && !draftSaved.current) {
        draftSaved.current = true;
        if (await saveOpenDraft(csrf)) {
          window.location.assign(`/accedi?esito=scaduta-bozza&ritorno=${back}`);
          return;
        }
      }
      if (secondsLeft <= 0) {
        window.location.assign(`/accedi?esito=scaduta&ritorno=${back}`);
        return;
      }
      if (secondsLeft <= warnBeforeSeconds) {
        setLeft(secondsLeft);
        // The next look comes when the draft must be saved, then every few seconds until the end.
        const untilSave = secondsLeft - SAVE_BEFORE_END_SECONDS;
        timer.current = setTimeout(check, (untilSave > 0 ? Math.min(30, untilSave) : Math.max(1, Math.min(5, secondsLeft))) * 1000);
      } else {
        setLeft(null);
        timer.current = setTimeout(check, (secondsLeft - warnBeforeSeconds) * 1000);
      }
    };
    timer.current = setTimeout(check, Math.max(1, idleSeconds - warnBeforeSeconds) * 1000);
    setReady(true);
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [idleSeconds, warnBeforeSeconds, location.pathname, location.key, csrf]);

  useEffect(() => {
    if (left === null) return;
    continueButton.current?.focus();
    // A modal dialog: everything else is inert while it is open, so Tab cannot reach the page under
    // the backdrop (where the focus would be hidden: WCAG 2.4.11) and stays within the dialog.
    const made: Element[] = [];
    for (let n: Element | null = backdrop.current; n && n !== document.body; n = n.parentElement) {
      for (const sibling of n.parentElement?.children ?? []) {
        if (sibling !== n && !sibling.hasAttribute("inert") && sibling.tagName !== "SCRIPT") {
          sibling.setAttribute("inert", "");
          made.push(sibling);
        }
      }
    }
    return () => made.forEach((el) => el.removeAttribute("inert"));
  }, [left !== null]); // eslint-disable-line react-hooks/exhaustive-deps

  const extend = async () => {
    const body = new FormData();
    if (csrf) body.set(CSRF_FIELD, csrf);
    const res = await fetch("/sessione", { method: "POST", body, headers: { Accept: "application/json" } }).catch(() => null);
    if (res?.ok) {
      draftSaved.current = false;
      setLeft(null);
      setExtended(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setExtended(false), 5000);
    }
  };

  return (
    <aside aria-label={t("identity.session.label")}>
      <div className="container small my-3" data-testid="session-end" data-ready={ready ? "" : undefined}>
        <form method="post" action="/sessione" className="d-flex flex-wrap align-items-center gap-2">
          <span>{t("identity.session.endsAt", { time: endsAt })}</span>
          <CsrfField />
          <input type="hidden" name="ritorno" value={location.pathname} />
          <button type="submit" className="btn btn-link p-0">
            {t("identity.session.extendNoJs")}
          </button>
        </form>
        <p role="status" className="mb-0">
          {extended ? t("identity.session.extended") : ""}
        </p>
      </div>
      {left !== null ? (
        <div className="stp-dialog-backdrop" ref={backdrop}>
          <div role="alertdialog" aria-modal="true" aria-labelledby="session-warn-title" aria-describedby="session-warn-text" className="stp-dialog">
            <h2 id="session-warn-title" className="h4">
              {t("identity.session.warnTitle")}
            </h2>
            <p id="session-warn-text">
              {left >= 60 ? t("identity.session.warnText", { minutes: Math.ceil(left / 60) }) : t("identity.session.warnTextSeconds")}
            </p>
            <div className="d-flex flex-wrap gap-3">
              <button ref={continueButton} type="button" className="btn btn-primary" onClick={extend}>
                {t("identity.session.extend")}
              </button>
              <form method="post" action="/esci">
                <CsrfField />
                <button type="submit" className="btn btn-outline-primary">
                  {t("identity.logout.button")}
                </button>
              </form>
            </div>
          </div>
        </div>
      ) : null}
    </aside>
  );
}
