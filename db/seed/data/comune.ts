import type { NewComune } from "../../schema";
import type { Localized } from "../types";

/**
 * The demo comune. Contacts of the Ufficio Tributi and the P.IVA come from the comune's own pages
 * (see ../shared/design/tax-rules.md §0); the codice fiscale and the IPA code are NOT verified and
 * must be confirmed on IndicePA before production (docs/comune-settings.md).
 */
export const comune: Omit<NewComune, "updated_at"> = {
  slug: "seregno",
  name: "Comune di Seregno",
  province_code: "MB",
  province_name: "Monza e della Brianza",
  region_name: "Regione Lombardia",
  region_url: "https://www.regione.lombardia.it/",
  codice_catastale: "I625",
  codice_fiscale: "00698490968",
  partita_iva: "00698490968",
  ipa_code: "c_i625",
  email: "urp@comune.seregno.mb.it",
  pec: "seregno.protocollo@actaliscertymail.it",
  phone: "0362 2631",
  urp_email: "urp@comune.seregno.mb.it",
  street_address: "Piazza Martiri della Libertà 1",
  postal_code: "20831",
  locality: "Seregno",
  website_url: "https://www.comune.seregno.mb.it/",
  logo_path: null,
  // The RTD publishes the declaration on form.agid.gov.it and replaces this with its /view/<uuid> address.
  accessibility_declaration_url: "https://form.agid.gov.it/",
};

export const comuneText: Localized<{ urp_hours: string; tagline: string }> = {
  it: {
    urp_hours: "Dal lunedì al venerdì 8:30-12:30, giovedì anche 14:30-17:30",
    tagline: "Sportello telematico polifunzionale",
  },
  en: {
    urp_hours: "Monday to Friday 8:30-12:30, Thursday also 14:30-17:30",
    tagline: "Online service desk",
  },
};
