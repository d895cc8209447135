/**
 * The accessibility statement's addresses and the footer's "Dichiarazione di accessibilità" link
 * (issue 7 §9). Kept apart from accessibility-statement.ts: the footer is on every page, and this
 * is all it needs in the browser.
 */

export const STATEMENT_PATH = "/accessibilita";
export const FEEDBACK_PATH = "/accessibilita/segnalazione";

/** AgID's page on the Difensore civico per il digitale (the "procedura di attuazione"). */
export const DIGITAL_OMBUDSMAN_URL = "https://www.agid.gov.it/it/agenzia/difensore-civico-il-digitale";

/**
 * Where the footer's "Dichiarazione di accessibilità" goes: the statement published on AGID's form
 * site when the comune has configured its address (the Modello Comuni's C.SI.3.2 reads it), else the
 * desk's own generated statement, so the label never leads nowhere.
 */
export function declarationLink(configuredUrl: string | null | undefined): { href: string; external: boolean } {
  const url = (configuredUrl ?? "").trim();
  return url.startsWith("https://form.agid.gov.it/") ? { href: url, external: true } : { href: STATEMENT_PATH, external: false };
}
