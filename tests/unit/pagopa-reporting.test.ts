/**
 * pagoPA's reporting flow (FlussoRiversamento, SACI): a flow as pagoPA writes it is read with every
 * field; anything that cannot be trusted — DOCTYPE/entities, broken XML, another document, a missing
 * or malformed element, an outcome code outside the specification, a header whose count or total
 * does not add up — refuses the whole flow with the place and the reason.
 */
import { describe, expect, it } from "vitest";
import { amountToCents, noticeOfIuv, parseReportingFlow } from "~/domain/pagopa-reporting";
import { reportingFlowXml } from "../setup/reporting";

const codes = (xml: string) => {
  const r = parseReportingFlow(xml);
  return r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`);
};

describe("the pagoPA reporting flow", () => {
  it("reads a flow: header, sender, receiver and each payment, amounts exact to the cent", () => {
    const r = parseReportingFlow(
      reportingFlowXml({
        payments: [
          { iuv: "01260000000012345", amount: "691.00", day: "2026-11-24" },
          { iuv: "01260000000054321", amount: "0.10", outcome: 9, iur: "R-2" },
          { iuv: "01260000000099999", amount: "25.50", outcome: 3 },
        ],
      })
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.flow).toMatchObject({
      flowId: "2026-11-26ABI03069-S000000001",
      flowAt: "2026-11-26T06:30:00",
      settlementId: "Bonifico SEPA-03069-A1B2C",
      settlementDay: "2026-11-26",
      sender: { code: "BCITITMM", name: "Banca di prova" },
      receiver: { code: "00698490968", name: "Comune di Seregno" },
      count: 3,
      // 691.00 + 0.10 + 25.50
      totalCents: 71660n,
    });
    expect(r.flow.payments.map((p) => [p.position, p.iuv, p.amountCents, p.outcome, p.day, p.iur])).toEqual([
      [1, "01260000000012345", 69100n, 0, "2026-11-24", "IUR00000001"],
      [2, "01260000000054321", 10n, 9, "2026-11-25", "R-2"],
      [3, "01260000000099999", 2550n, 3, "2026-11-25", "IUR00000003"],
    ]);
  });

  it("reads amounts as pagoPA writes them, never through a float", () => {
    expect(amountToCents("1234.56")).toBe(123456n);
    expect(amountToCents("0.1")).toBe(10n);
    expect(amountToCents("7")).toBe(700n);
    expect(amountToCents("-12.30")).toBe(-1230n);
    expect(amountToCents("1,50")).toBeNull();
    expect(amountToCents("1.234")).toBeNull();
  });

  it("finds the notice of a 17-digit IUV (aux digit 3) and no other", () => {
    expect(noticeOfIuv("01260000000012345")).toBe("301260000000012345");
    expect(noticeOfIuv("123456789012345")).toBeNull();
    expect(noticeOfIuv("RF12ABC")).toBeNull();
  });

  it("refuses DOCTYPE and entities before parsing, broken XML, and other documents", () => {
    const good = reportingFlowXml({ payments: [{ iuv: "01260000000012345", amount: "1.00" }] });
    expect(codes(good.replace("<FlussoRiversamento", '<!DOCTYPE x [<!ENTITY e "boom">]>\n<FlussoRiversamento'))).toEqual([":xml_doctype"]);
    expect(codes(good.replace("</FlussoRiversamento>", ""))).toEqual([":xml_malformed"]);
    expect(codes('<?xml version="1.0"?><RT xmlns="http://www.digitpa.gov.it/schemas/2011/Pagamenti/"/>')).toEqual(["RT:not_a_flow"]);
    expect(codes(good.replace('xmlns="http://www.digitpa.gov.it/schemas/2011/Pagamenti/"', 'xmlns="urn:other"'))).toEqual(["FlussoRiversamento:not_a_flow"]);
    expect(codes(good.replace("<FlussoRiversamento", "<?xml-stylesheet href='x'?><FlussoRiversamento"))).toEqual([":xml_doctype"]);
  });

  it("names every missing or malformed element, with the payment's position", () => {
    const xml = reportingFlowXml({
      payments: [
        { iuv: "01260000000012345", amount: "1,00" },
        { iuv: "01260000000012346", amount: "2.00", outcome: 5, day: "2026-02-30", index: 7 },
      ],
    })
      .replace("<dataRegolamento>2026-11-26</dataRegolamento>", "<dataRegolamento>26/11/2026</dataRegolamento>")
      .replace("<dataOraFlusso>2026-11-26T06:30:00</dataOraFlusso>", "<dataOraFlusso>ieri</dataOraFlusso>")
      .replace("<identificativoFlusso>2026-11-26ABI03069-S000000001</identificativoFlusso>", "")
      .replace("<numeroTotalePagamenti>2</numeroTotalePagamenti>", "<numeroTotalePagamenti>due</numeroTotalePagamenti>")
      .replace(/<importoTotalePagamenti>[^<]*</, "<importoTotalePagamenti>tre<")
      .replace("<identificativoUnivocoRiscossione>IUR00000001</identificativoUnivocoRiscossione>", "");
    expect(codes(xml)).toEqual([
      "identificativoFlusso:missing",
      "dataOraFlusso:bad_xml_date",
      "dataRegolamento:bad_xml_date",
      "numeroTotalePagamenti:bad_number",
      "importoTotalePagamenti:bad_amount",
      "datiSingoliPagamenti[1]/identificativoUnivocoRiscossione:missing",
      "datiSingoliPagamenti[1]/singoloImportoPagato:bad_amount",
      "datiSingoliPagamenti[2]/indiceDatiSingoloPagamento:bad_number",
      "datiSingoliPagamenti[2]/codiceEsitoSingoloPagamento:bad_outcome",
      "datiSingoliPagamenti[2]/dataEsitoSingoloPagamento:bad_xml_date",
    ]);
    const noSender = reportingFlowXml({ payments: [{ iuv: "x".repeat(36), amount: "1.00" }] }).replace("<codiceIdentificativoUnivoco>BCITITMM</codiceIdentificativoUnivoco>", "");
    expect(codes(noSender)).toEqual(["istitutoMittente:missing", "datiSingoliPagamenti[1]/identificativoUnivocoVersamento:bad_iuv"]);
  });

  it("refuses a flow whose header does not add up: count, total, or no payments at all", () => {
    const payments = [
      { iuv: "01260000000012345", amount: "10.00" },
      { iuv: "01260000000012346", amount: "5.01" },
    ];
    expect(codes(reportingFlowXml({ payments, count: 3 }))).toEqual(["numeroTotalePagamenti:count_mismatch"]);
    expect(codes(reportingFlowXml({ payments, total: "15.00" }))).toEqual(["importoTotalePagamenti:total_mismatch"]);
    const r = parseReportingFlow(reportingFlowXml({ payments, total: "15.00" }));
    expect(!r.ok && r.errors[0]!.value).toBe("15.00 ≠ 15.01");
    expect(codes(reportingFlowXml({ payments: [], total: "0.00" }))).toEqual(["datiSingoliPagamenti:missing"]);
  });
});
