import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { IdpChoice } from "~/domain/idp-list";

interface SpidButtonProps {
  /** Already shuffled on the server. */
  idps: IdpChoice[];
  returnTo: string;
  /** Level asked when the login starts from a service that needs more than the default. */
  level?: number;
}

/**
 * The SPID access button as AgID draws it, rebuilt to be accessible: a real button with
 * aria-expanded that shows a list of forms, one per IdP (POST /spid/login). Esc or a click outside
 * closes the list and gives focus back to the button. Without JavaScript the list is simply open.
 */
export function SpidButton({ idps, returnTo, level }: SpidButtonProps) {
  const { t } = useTranslation();
  const [enhanced, setEnhanced] = useState(false);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);

  const shown = !enhanced || open;
  return (
    <div className="stp-spid">
      <button
        ref={button}
        type="button"
        className="btn btn-primary btn-icon stp-spid-button"
        aria-expanded={shown}
        aria-controls="spid-idps"
        onClick={() => setOpen((v) => !v)}
      >
        <img src="/img/spid/spid-ico-circle-bb.svg" alt="" width="29" height="29" className="me-2" />
        <span>{t("identity.login.spidButton")}</span>
      </button>
      <div id="spid-idps" ref={panel} className="stp-spid-panel" hidden={!shown}>
        <h3 className="h6 mt-3 mb-1" id="spid-idps-title">
          {t("identity.login.spidPanel")}
        </h3>
        <p className="small mb-2">{t("identity.login.spidPanelHint")}</p>
        <ul className="list-unstyled mb-2" aria-labelledby="spid-idps-title">
          {idps.map((idp) => (
            <li key={idp.entityId}>
              <form method="post" action="/spid/login">
                <input type="hidden" name="idp" value={idp.entityId} />
                <input type="hidden" name="ritorno" value={returnTo} />
                {level ? <input type="hidden" name="livello" value={level} /> : null}
                <button type="submit" className="btn stp-idp">
                  {idp.logo ? (
                    <img src={`/img/spid/${idp.logo}`} alt={t("identity.login.enterWith", { name: idp.name })} height="25" />
                  ) : (
                    <span>{t("identity.login.enterWith", { name: idp.name })}</span>
                  )}
                </button>
              </form>
            </li>
          ))}
        </ul>
        <ul className="link-list stp-spid-links">
          <li>
            <a className="list-item" href="https://www.spid.gov.it">
              <span>{t("identity.login.moreInfo")}</span>
            </a>
          </li>
          <li>
            <a className="list-item" href="https://www.spid.gov.it/cos-e-spid/come-attivare-spid/">
              <span>{t("identity.login.noSpid")}</span>
            </a>
          </li>
          <li>
            <a className="list-item" href="https://www.spid.gov.it/serve-aiuto/">
              <span>{t("identity.login.help")}</span>
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
