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
    </datiSingoliPagamenti>`,
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
