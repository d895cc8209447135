import type { SiteContext } from "~/services/catalogue.server";

/** The comune's fields that the fixed pages (privacy, legal notes) interpolate. */
export function comuneValues(comune: SiteContext | undefined): Record<string, string> {
  if (!comune) return {};
  return {
    name: comune.name,
    address: `${comune.street_address}, ${comune.postal_code} ${comune.locality} (${comune.province_code})`,
    pec: comune.pec,
    email: comune.email,
    phone: comune.phone,
    fiscalCode: comune.codice_fiscale,
  };
}
