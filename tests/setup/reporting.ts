import type { Page } from "playwright-core";

/** pagoPA reporting flows (FlussoRiversamento) for the tests and the benchmark, as pagoPA writes them. */
export interface FlowPayment {
  iuv: string;
  iur?: string;
  amount: string;
  outcome?: number;
  day?: string;
  index?: number;
}

export const SEREGNO_CF = "00698490968";

export function reportingFlowXml(input: { flowId?: string; receiver?: string; payments: FlowPayment[]; count?: number; total?: string }): string {
  // Amounts written with two decimals add up; a malformed one (a test of the parser) counts as zero.
  const cents = input.payments.reduce((s, p) => s + (/^\d+\.\d\d$/.test(p.amount) ? BigInt(p.amount.replace(".", "")) : 0n), 0n);
  const total = input.total ?? `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
  const items = input.payments
    .map(
      (p, i) => `    <datiSingoliPagamenti>
        <identificativoUnivocoVersamento>${p.iuv}</identificativoUnivocoVersamento>
        <identificativoUnivocoRiscossione>${p.iur ?? `IUR${String(i + 1).padStart(8, "0")}`}</identificativoUnivocoRiscossione>
        <indiceDatiSingoloPagamento>${p.index ?? 1}</indiceDatiSingoloPagamento>
        <singoloImportoPagato>${p.amount}</singoloImportoPagato>
        <codiceEsitoSingoloPagamento>${p.outcome ?? 0}</codiceEsitoSingoloPagamento>
        <dataEsitoSingoloPagamento>${p.day ?? "2026-11-25"}</dataEsitoSingoloPagamento>
    </datiSingoliPagamenti>`
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<FlussoRiversamento xmlns="http://www.digitpa.gov.it/schemas/2011/Pagamenti/">
    <versioneOggetto>1.0</versioneOggetto>
    <identificativoFlusso>${input.flowId ?? "2026-11-26ABI03069-S000000001"}</identificativoFlusso>
    <dataOraFlusso>2026-11-26T06:30:00</dataOraFlusso>
    <identificativoUnivocoRegolamento>Bonifico SEPA-03069-A1B2C</identificativoUnivocoRegolamento>
    <dataRegolamento>2026-11-26</dataRegolamento>
    <istitutoMittente>
        <identificativoUnivocoMittente>
            <tipoIdentificativoUnivoco>B</tipoIdentificativoUnivoco>
            <codiceIdentificativoUnivoco>BCITITMM</codiceIdentificativoUnivoco>
        </identificativoUnivocoMittente>
        <denominazioneMittente>Banca di prova</denominazioneMittente>
    </istitutoMittente>
    <istitutoRicevente>
        <identificativoUnivocoRicevente>
            <tipoIdentificativoUnivoco>G</tipoIdentificativoUnivoco>
            <codiceIdentificativoUnivoco>${input.receiver ?? SEREGNO_CF}</codiceIdentificativoUnivoco>
        </identificativoUnivocoRicevente>
        <denominazioneRicevente>Comune di Seregno</denominazioneRicevente>
    </istitutoRicevente>
    <numeroTotalePagamenti>${input.count ?? input.payments.length}</numeroTotalePagamenti>
    <importoTotalePagamenti>${total}</importoTotalePagamenti>
${items}
</FlussoRiversamento>
`;
}

export const PAYMENTS_HEADER = "codice_fiscale;tributo;anno;codice_tributo;canale;data;importo;numero_avviso;riferimento";

/** A valid payments file of `n` lines: per taxpayer the IMU acconto and saldo by F24 and three TARI instalments by pagoPA. */
export function paymentsCsv(n: number, fiscalCode: (i: number) => string): string {
  const lines = [PAYMENTS_HEADER];
  for (let i = 0; lines.length <= n; i++) {
    const cf = fiscalCode(i);
    const euros = 100 + (i % 900);
    const rows = [
      `${cf};IMU;2025;3918;F24;16/06/2025;${euros},00;;F24 acconto ${i}`,
      `${cf};IMU;2025;3918;F24;16/12/2025;${euros},00;;F24 saldo ${i}`,
      `${cf};TARI;2025;PAGOPA;pagoPA;18/06/2025;${euros / 4};${pagoPaNotice(i * 3)};`,
      `${cf};TARI;2025;PAGOPA;pagoPA;18/10/2025;${euros / 4};${pagoPaNotice(i * 3 + 1)};`,
      `${cf};TARI;2025;PAGOPA;pagoPA;04/12/2025;${euros / 4};${pagoPaNotice(i * 3 + 2)};`,
    ];
    for (const r of rows) if (lines.length <= n) lines.push(r.replace(/;(\d+)\.(\d)(;|$)/, ";$1,$20$3").replace(/;(\d+)\.(\d\d)(;|$)/, ";$1,$2$3"));
  }
  return `${lines.join("\n")}\n`;
}

/** Notice numbers of another intermediary (aux digit 0, application code 01: the tax software's own). */
function pagoPaNotice(i: number): string {
  const base = String(i).padStart(13, "0");
  const check = String(BigInt(`001${base}`) % 93n).padStart(2, "0");
  return `001${base}${check}`;
}

/** On the tax office's loader page: choose the kind of file, attach it, send; `after` waits for a redirect. */
export async function uploadTaxFile(page: Page, kind: string, name: string, body: string, after?: (u: URL) => boolean) {
  // bootstrap-italia draws the radio inside its label: the label is what a person clicks.
  await page.locator(`label[for=tipo-${kind}]`).click();
  await page.setInputFiles("#file", { name, mimeType: name.endsWith(".xml") ? "text/xml" : "text/csv", buffer: Buffer.from(body) });
  const click = page.getByRole("button", { name: "Controlla e carica" }).click();
  if (after) await Promise.all([page.waitForURL(after), click]);
  else await click;
  await page.waitForLoadState("load");
}
