/**
 * The TARI accounts and payments files, read by the same CSV reader as the IMU roll: good lines become
 * rows (decimals with a comma, Italian and ISO dates, reductions, a pagoPA line without a codice
 * tributo); every bad line is named with its column and reason, one case per error code; the
 * payment key tells the same payment apart from a different one.
 */
import { describe, expect, it } from "vitest";
import { parseCsvFile } from "~/domain/csv-file";
import { checkFeeRequest, parseFeeAmount, applicationOfSubject, applicationSubject } from "~/domain/fees";
import { noticeNumber } from "~/domain/pagopa";
import { parsePaymentsCsv, parseTariAccountsCsv, paymentKey, TARI_ACCOUNT_SPEC } from "~/domain/tax-files-csv";
import taxIt from "~/locales/tax.it";
import taxofficeIt from "~/locales/taxoffice.it";
import { testFiscalCode } from "../setup/applications";
import { PAYMENTS_HEADER } from "../setup/reporting";

const A = testFiscalCode(0);
const B = testFiscalCode(1);
const seen = (r: { errors: { line: number; column: string; code: string }[] }) => r.errors.map((e) => `${e.line}:${e.column}:${e.code}`);

describe("the TARI accounts file", () => {
  const header = "codice_fiscale;indirizzo;utenza;occupanti;categoria;superficie;dal;al;riduzioni";

  it("reads households and businesses, reductions and open or closed periods", () => {
    const r = parseTariAccountsCsv(
      [
        header,
        `${A};Via Roma 1, Seregno;domestica;3;;95,5;01/01/2020;;compostaggio:20`,
        `${B};"Corso del Popolo 4; negozio";non_domestica;;13;40;2024-03-16;2025-06-30;distanza:60|compostaggio:15,5`,
        "",
      ].join("\r\n")
    );
    expect(r.errorCount).toBe(0);
    expect(r.rows).toEqual([
      {
        fiscalCode: A,
        address: "Via Roma 1, Seregno",
        use: "domestic",
        occupants: 3,
        category: null,
        surface: "95.5",
        fromDay: "2020-01-01",
        toDay: null,
        reductions: [{ kind: "compostaggio", percent: "20" }],
      },
      {
        fiscalCode: B,
        address: "Corso del Popolo 4; negozio",
        use: "non_domestic",
        occupants: null,
        category: 13,
        surface: "40",
        fromDay: "2024-03-16",
        toDay: "2025-06-30",
        reductions: [
          { kind: "distanza", percent: "60" },
          { kind: "compostaggio", percent: "15.5" },
        ],
      },
    ]);
  });

  it("names every bad line and gives nothing to load", () => {
    const r = parseTariAccountsCsv(
      [
        header,
        `${A};Via Roma 1;domestica;3;;95;01/01/2020;;`,
        `XX;;casa;;;0;;;`,
        `${A};Via Roma 1;domestica;0;5;95;01/01/2020;31/12/2019;compostaggio`,
        `${A};Via Roma 1;non_domestica;2;31;9,12345;01/01/2020;;compostaggio:120`,
        `${A};Via Roma 1;d;;;95;01/01/2020;;;troppi`,
      ].join("\n")
    );
    expect(r.rows).toEqual([]);
    expect(seen(r)).toEqual([
      "3:codice_fiscale:bad_fiscal_code",
      "3:indirizzo:required",
      "3:utenza:bad_use",
      "3:superficie:bad_surface",
      "3:dal:required",
      "4:occupanti:bad_occupants",
      "4:categoria:not_for_use",
      "4:al:end_before_start",
      "4:riduzioni:bad_reductions",
      "5:categoria:bad_tari_category",
      "5:occupanti:not_for_use",
      "5:superficie:bad_number",
      "5:riduzioni:bad_reductions",
      "6::too_many_cells",
    ]);
  });

  it("refuses a header without the required columns or with an unknown one", () => {
    expect(seen(parseCsvFile("codice_fiscale;indirizo;utenza;superficie\n", TARI_ACCOUNT_SPEC))).toEqual(["1:indirizzo:missing_column", "1:dal:missing_column", "1:indirizo:unknown_column"]);
  });
});

describe("the payments file", () => {
  const notice = noticeNumber("01", 2_512_345_678n);

  it("reads F24 and pagoPA payments, amounts to two decimals", () => {
    const r = parsePaymentsCsv(
      [PAYMENTS_HEADER, `${A};IMU;2025;3918;F24;16/06/2025;691;;F24 acconto`, `${A};tari;2025;;pagopa;2025-06-18;120,5;${notice};`, `${B};TARI;2024;TEFA;F24;04/12/2024;0,40;;`].join("\n")
    );
    expect(r.errorCount).toBe(0);
    expect(r.rows.map((p) => [p.line, p.tax, p.year, p.code, p.channel, p.paidOn, p.amount, p.noticeNumber, p.reference])).toEqual([
      [2, "IMU", 2025, "3918", "F24", "2025-06-16", "691.00", null, "F24 acconto"],
      [3, "TARI", 2025, "PAGOPA", "pagoPA", "2025-06-18", "120.50", notice, null],
      [4, "TARI", 2024, "TEFA", "F24", "2024-12-04", "0.40", null, null],
    ]);
  });

  it("names every bad line with one reason per problem", () => {
    const badCheck = `${notice.slice(0, 16)}${String((Number(notice.slice(16)) + 1) % 93).padStart(2, "0")}`;
    const r = parsePaymentsCsv(
      [
        PAYMENTS_HEADER,
        `${A};ICI;1999;3918;bonifico;31/06/2025;0;;`,
        `${A};IMU;2025;3944;F24;16/06/2025;10,123;${notice};`,
        `${A};TARI;2025;;pagoPA;18/06/2025;10;;`,
        `${A};TARI;2025;;pagoPA;18/06/2025;10;${badCheck};${"x".repeat(101)}`,
        `${A};IMU;2025;;F24;16/06/2025;-5;;`,
      ].join("\n")
    );
    expect(r.rows).toEqual([]);
    expect(seen(r)).toEqual([
      "2:tributo:bad_tax",
      "2:anno:bad_year",
      "2:canale:bad_channel",
      "2:data:bad_date",
      "2:importo:bad_amount",
      "3:codice_tributo:bad_tax_code",
      "3:importo:bad_amount",
      "3:numero_avviso:not_for_channel",
      "4:numero_avviso:required",
      "5:numero_avviso:bad_notice",
      "5:riferimento:too_long",
      "6:codice_tributo:required",
      "6:importo:bad_number",
    ]);
  });

  it("keys a payment by everything that makes it the same payment", () => {
    const [a, b] = parsePaymentsCsv([PAYMENTS_HEADER, `${A};IMU;2025;3918;F24;16/06/2025;691,00;;rif`, `${A};IMU;2025;3918;F24;2025-06-16;691;;rif`].join("\n")).rows;
    expect(paymentKey(a!)).toBe(paymentKey(b!));
    expect(paymentKey(a!)).toBe(`F24|${A}|IMU|2025|3918|2025-06-16|691.00||rif`);
    expect(paymentKey({ ...a!, reference: "altro" })).not.toBe(paymentKey(a!));
    expect(paymentKey({ ...a!, amount: "691.01" })).not.toBe(paymentKey(a!));
  });
});

describe("fees asked on an application", () => {
  it("reads euros with a comma or a dot, at most two decimals, more than zero and not above 100,000", () => {
    expect(parseFeeAmount("12,50")).toBe(1250n);
    expect(parseFeeAmount("€ 3.5")).toBe(350n);
    expect(parseFeeAmount("100000")).toBe(10_000_000n);
    for (const bad of ["0", "0,00", "100000,01", "1,234", "-3", "dieci", ""]) expect(parseFeeAmount(bad), bad).toBeNull();
  });

  it("asks an amount and a purpose that fits on the notice", () => {
    expect(checkFeeRequest({ amount: "2,40", reason: "  Copie   conformi  " })).toEqual({ ok: true, cents: 240n, reason: "Copie conformi" });
    expect(checkFeeRequest({ amount: "", reason: "" })).toEqual({ ok: false, errors: ["bad_amount", "reason_required"] });
    expect(checkFeeRequest({ amount: "1", reason: "x".repeat(91) })).toEqual({ ok: false, errors: ["reason_too_long"] });
  });

  it("names the application a notice pays for", () => {
    expect(applicationSubject(34)).toBe("application:34");
    expect(applicationOfSubject("application:34")).toBe(34);
    expect(applicationOfSubject("fine:34")).toBeNull();
    expect(applicationOfSubject(null)).toBeNull();
  });
});

describe("the report's words", () => {
  it("are looked up in the new files' messages first, so a code shared with the IMU roll must not be reworded there (only no_file is, on purpose)", () => {
    expect(Object.keys(taxofficeIt.files.errors).filter((k) => k in taxIt.rolls.errors)).toEqual(["no_file"]);
  });
});
