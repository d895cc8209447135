import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Icon } from "~/components/ui/Icon";
import { declarationLink, FEEDBACK_PATH, STATEMENT_PATH } from "~/domain/accessibility-links";
import type { RootData } from "~/utils/root-data";

/**
 * Footer with the contacts and the links the Modello Comuni requires, each with its `data-element`.
 * "Dichiarazione di accessibilità" is the first `accessibility-link` (C.SI.3.2): the statement on
 * form.agid.gov.it when configured, else the desk's generated statement (docs/decisions/0018).
 */
export function Footer({ comune }: Pick<RootData, "comune">) {
  const { t } = useTranslation();
  const declaration = declarationLink(comune.accessibility_declaration_url);
  const tel = comune.phone.replace(/\s+/g, "");
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 footer-items-wrapper logo-wrapper pt-4">
              <p className="h3 text-white mb-0">
                <Icon name="it-pa" className="icon-white me-2" />
                {comune.name}
              </p>
            </div>
          </div>
          <div className="row">
            <div className="col-md-4 footer-items-wrapper">
              <h2 className="footer-heading-title h4" id="footer-contacts">
                {t("footer.contacts")}
              </h2>
              <address className="footer-info">
                {comune.street_address}, {comune.postal_code} {comune.locality} ({comune.province_code})
                <br />
                {t("footer.phone")}: <a href={`tel:${tel}`}>{comune.phone}</a>
                <br />
                {t("footer.email")}: <a href={`mailto:${comune.email}`}>{comune.email}</a>
                <br />
                {t("footer.pec")}: <a href={`mailto:${comune.pec}`}>{comune.pec}</a>
                <br />
                {t("footer.fiscalCode")}: {comune.codice_fiscale}
                {comune.partita_iva ? (
                  <>
                    <br />
                    {t("footer.vat")}: {comune.partita_iva}
                  </>
                ) : null}
              </address>
            </div>
            <div className="col-md-4 footer-items-wrapper">
              <h2 className="footer-heading-title h4" id="footer-help">
                {t("footer.help")}
              </h2>
              <p className="footer-info">{t("footer.helpText", { phone: comune.phone, hours: comune.urp_hours })}</p>
              <ul className="footer-list">
                <li>
                  <Link to="/faq" data-element="faq">
                    {t("footer.faq")}
                  </Link>
                </li>
                <li>
                  <Link to="/servizi/segnalazione-disservizio" data-element="report-inefficiency">
                    {t("footer.reportInefficiency")}
                  </Link>
                </li>
                <li>
                  <Link to="/amministrazione/uffici">{t("footer.offices")}</Link>
                </li>
                <li>
                  <Link to="/prenota-appuntamento">{t("services.booking")}</Link>
                </li>
              </ul>
            </div>
            <div className="col-md-4 footer-items-wrapper">
              <h2 className="footer-heading-title h4" id="footer-links">
                {t("footer.links")}
              </h2>
              <ul className="footer-list">
                <li>
                  <Link to="/privacy" data-element="privacy-policy-link">
                    {t("footer.privacy")}
                  </Link>
                </li>
                <li>
                  <Link to="/note-legali" data-element="legal-notes">
                    {t("footer.legalNotes")}
                  </Link>
                </li>
                <li>
                  {declaration.external ? (
                    <a href={declaration.href} data-element="accessibility-link">
                      {t("footer.accessibilityDeclaration")}
                      <span className="visually-hidden"> {t("common.externalLink")}</span>
                    </a>
                  ) : (
                    <Link to={declaration.href} data-element="accessibility-link">
                      {t("footer.accessibilityDeclaration")}
                    </Link>
                  )}
                </li>
                {declaration.external ? (
                  <li>
                    <Link to={STATEMENT_PATH}>{t("footer.accessibility")}</Link>
                  </li>
                ) : null}
                <li>
                  <Link to={FEEDBACK_PATH}>{t("footer.accessibilityFeedback")}</Link>
                </li>
              </ul>
            </div>
          </div>
          <div className="row">
            <div className="col-12 footer-items-wrapper">
              <p className="footer-info small">{t("footer.openSource")}</p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
