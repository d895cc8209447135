import { describe, expect, it } from "vitest";
import { parseRollCsv, propertyKey } from "~/domain/rolls-csv";
import { ROLL_HEADER, rollCsv } from "../setup/rolls";

describe("the IMU roll file", () => {
  it("reads a good file: decimals with a comma, Italian and ISO dates, quoted cells with a semicolon, a BOM", () => {
    const r = parseRollCsv(`\ufeff${rollCsv(21)}`);
    expect(r.errorCount).toBe(0);
    expect(r.rows).toHaveLength(21);
    expect(r.rows[0]).toMatchObject({ kind: "fabbricato", category: "A/2", rendita: "500.00", fromDay: "2015-01-01", toDay: null, mainResidence: true, share: "100" });
    expect(r.rows[1]).toMatchObject({ category: "C/6", mainResidence: true, fromDay: "2015-01-01" });
    expect(r.rows[2]).toMatchObject({ category: "C/1", share: "50", address: "Corso del Popolo 0; negozio", fromDay: "2024-03-16", mainResidence: false });
    expect(new Set(r.rows.map(propertyKey)).size).toBe(21);
  });

  it("lists every bad line with its number, column and reason, and gives nothing to load", () => {
    const good = rollCsv(2).trim().split("\n");
    const text = [
      ...good,
      "RSSMRA80A01H501X;fabbricato;1;2;3;A/2;850;;;Via X;100;;01/01/2020;;0;;0;0",
      "RSSMRA80A01H501U;casa;1;2;3;A/2;850;;;Via X;100;;01/01/2020;;0;;0;0",
      "RSSMRA80A01H501U;fabbricato;1;2;3;Z/2;8,5,0;;;Via X;0;;31/02/2020;;forse;demolito;0;0",
      "RSSMRA80A01H501U;terreno;1;2;;;;;;Via X;100;;2020-01-01;2019-12-31;0;;0;0",
    ].join("\n");
    const r = parseRollCsv(text);
    expect(r.rows).toEqual([]);
    const seen = r.errors.map((e) => `${e.line}:${e.column}:${e.code}`);
    expect(seen).toEqual([
      "4:codice_fiscale:bad_fiscal_code",
      "5:tipo:bad_kind",
      "6:categoria:bad_category",
      "6:rendita:bad_number",
      "6:quota:share_out_of_range",
      "6:dal:bad_date",
      "6:abitazione_principale:bad_flag",
      "6:riduzione:bad_reduction",
      "7:reddito_dominicale:required",
      "7:al:end_before_start",
    ]);
  });

  it("refuses a header without the required columns or with unknown ones", () => {
    const r = parseRollCsv("codice_fiscale;tipo;colore\nX;Y;Z\n");
    expect(r.errors.map((e) => `${e.column}:${e.code}`)).toEqual(["indirizzo:missing_column", "quota:missing_column", "dal:missing_column", "colore:unknown_column"]);
  });

  it("caps the listed errors but counts them all", () => {
    const bad = Array.from({ length: 700 }, () => "X;fabbricato;1;2;3;A/2;1;;;Via;100;;01/01/2020;;0;;0;0");
    const r = parseRollCsv([ROLL_HEADER, ...bad].join("\n"));
    expect(r.errors).toHaveLength(500);
    expect(r.errorCount).toBe(700);
  });
});
