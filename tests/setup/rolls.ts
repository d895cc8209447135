import { testFiscalCode } from "./applications";

export const ROLL_HEADER = "codice_fiscale;tipo;foglio;particella;subalterno;categoria;rendita;reddito_dominicale;valore_venale;indirizzo;quota;titolo;dal;al;abitazione_principale;riduzione;canone_concordato;alloggio_sociale";

/** A valid roll of `n` holdings: each taxpayer a home and a garage (main residence), every tenth also half a shop. */
export function rollCsv(n: number): string {
  const lines = [ROLL_HEADER];
  for (let i = 0; lines.length <= n; i++) {
    const cf = testFiscalCode(i);
    lines.push(`${cf};fabbricato;${10 + (i % 40)};${100 + i};1;A/2;${(500 + (i % 700)).toFixed(2).replace(".", ",")};;;Via Prova ${i}, Seregno;100;proprietà;01/01/2015;;1;;0;0`);
    if (lines.length <= n) lines.push(`${cf};fabbricato;${10 + (i % 40)};${100 + i};2;C/6;90,00;;;Via Prova ${i}, Seregno (box);100;proprietà;2015-01-01;;sì;;;`);
    if (i % 10 === 0 && lines.length <= n) lines.push(`${cf};fabbricato;9;${5000 + i};1;C/1;1200,00;;;"Corso del Popolo ${i}; negozio";50;proprietà;16/03/2024;;no;;0;0`);
  }
  return `${lines.join("\n")}\n`;
}
