import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

export interface OfficeContactData {
  name: string;
  description: string;
  email: string;
  pec: string | null;
  phone: string;
  street_address: string;
  postal_code: string;
  locality: string;
  opening_hours: string;
}

/** An office's address, hours and contacts; phone and e-mail are links a phone or mail client opens. */
export function OfficeContacts({ office, compact = false }: { office: OfficeContactData; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={compact ? "" : "card card-teaser shadow-sm rounded"}>
      <div className={compact ? "" : "card-body"}>
        {compact ? null : <h3 className="card-title h5">{office.name}</h3>}
        {compact ? null : <p className="card-text">{office.description}</p>}
        <ul className="list-unstyled">
          <li className="mb-2">
            <Icon name="it-map-marker" className="icon-sm icon-primary me-2" />
            <span className="visually-hidden">{t("common.address")}: </span>
            {office.street_address}, {office.postal_code} {office.locality}
          </li>
          <li className="mb-2">
            <Icon name="it-telephone" className="icon-sm icon-primary me-2" />
            <span className="visually-hidden">{t("common.phone")}: </span>
            <a href={`tel:${office.phone.replace(/\s+/g, "")}`}>{office.phone}</a>
          </li>
          <li className="mb-2">
            <Icon name="it-mail" className="icon-sm icon-primary me-2" />
            <span className="visually-hidden">{t("common.email")}: </span>
            <a href={`mailto:${office.email}`}>{office.email}</a>
          </li>
          {office.pec ? (
            <li className="mb-2">
              <Icon name="it-locked" className="icon-sm icon-primary me-2" />
              {t("common.pec")}: <a href={`mailto:${office.pec}`}>{office.pec}</a>
            </li>
          ) : null}
          <li className="mb-2">
            <Icon name="it-clock" className="icon-sm icon-primary me-2" />
            {t("common.openingHours")}: {office.opening_hours}
          </li>
        </ul>
      </div>
    </div>
  );
}
