import { intlLocale, isLanguage } from "./i18n";

/**
 * Dates in the reader's locale. Dates and times without a zone ("2026-12-13", "2026-12-13T16:00:00")
 * are the comune's wall-clock time and are shown as written; instants with a zone are shown in Italian time.
 */
export function formatDate(iso: string, lang: string, withTime = false): string {
  const locale = isLanguage(lang) ? intlLocale[lang] : intlLocale.it;
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/.test(iso);
  const date = hasZone ? new Date(iso) : new Date(`${iso.length === 10 ? `${iso}T00:00:00` : iso}Z`);
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    timeZone: hasZone ? "Europe/Rome" : "UTC",
  }).format(date);
}

/** A time of day in Italian time (e.g. when a session will end). */
export function formatTime(at: Date, lang: string): string {
  const locale = isLanguage(lang) ? intlLocale[lang] : intlLocale.it;
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Rome" }).format(at);
}

export function formatMoney(cents: number, lang: string): string {
  const locale = isLanguage(lang) ? intlLocale[lang] : intlLocale.it;
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** A place's postal address on one line: "Piazza Martiri della Libertà 1, 20831 Seregno". */
export function postalAddress(p: { street_address: string; postal_code: string; locality: string }): string {
  return `${p.street_address}, ${p.postal_code} ${p.locality}`;
}
