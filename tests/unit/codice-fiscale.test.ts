import { describe, expect, it } from "vitest";
import {
  checkCharacter,
  decodeCodiceFiscale,
  deomocode,
  normalizeCodiceFiscale,
  parseSpidFiscalNumber,
  validateCodiceFiscale,
  validatePartitaIva,
} from "~/domain/codice-fiscale";

// Vectors cross-checked with the codice-fiscale-js package (not a dependency of the desk).
const VALID = [
  "RSSMRA85T10H501O", // Mario Rossi, 10/12/1985, Roma
  "BNCNNA41B43I625G", // Anna Bianchi, 3/2/1941, Seregno (over 80)
  "VRDGPP44B29F704V", // Giuseppe Verdi, 29/2/1944, Monza
];
const OMOCODES = ["RSSMRAU5T10H501L", "RSSMRA8RT10H501A", "RSSMRAURT10H501X", "BNCNNAQMB43I625O", "VRDGPPQQB29F704E"];

describe("codice fiscale", () => {
  it("accepts valid codes, also typed in lower case with spaces", () => {
    for (const cf of VALID) expect(validateCodiceFiscale(cf)).toEqual({ ok: true, value: cf });
    expect(validateCodiceFiscale(" rssmra85t10 h501o ")).toEqual({ ok: true, value: "RSSMRA85T10H501O" });
    expect(normalizeCodiceFiscale("bnc nna-41b43i625g")).toBe("BNCNNA41B43I625G");
  });

  it("computes the control character over the code as written", () => {
    for (const cf of [...VALID, ...OMOCODES]) expect(checkCharacter(cf.slice(0, 15))).toBe(cf[15]);
  });

  it("accepts omocodia and decodes it back to the same person", () => {
    for (const cf of OMOCODES) expect(validateCodiceFiscale(cf).ok).toBe(true);
    expect(deomocode("RSSMRAURT10H501X")).toBe("RSSMRA85T10H501X");
    expect(decodeCodiceFiscale("BNCNNAQMB43I625O", new Date("2026-11-27"))).toEqual(
      decodeCodiceFiscale("BNCNNA41B43I625G", new Date("2026-11-27")),
    );
  });

  it("names what is wrong", () => {
    expect(validateCodiceFiscale("")).toEqual({ ok: false, error: "empty" });
    expect(validateCodiceFiscale("RSSMRA85T10H501")).toEqual({ ok: false, error: "length" });
    expect(validateCodiceFiscale("RSSMRA85Z10H501O")).toEqual({ ok: false, error: "format" });
    expect(validateCodiceFiscale("RSSMRA85T35H501O")).toEqual({ ok: false, error: "day" });
    expect(validateCodiceFiscale("RSSMRA85T10H501A")).toEqual({ ok: false, error: "check" });
  });

  it("decodes sex, date of birth (century from today) and place", () => {
    const today = new Date("2026-11-27");
    expect(decodeCodiceFiscale("RSSMRA85T10H501O", today)).toEqual({ sex: "M", birthDate: "1985-12-10", placeCode: "H501" });
    expect(decodeCodiceFiscale("BNCNNA41B43I625G", today)).toEqual({ sex: "F", birthDate: "1941-02-03", placeCode: "I625" });
    expect(decodeCodiceFiscale("VRDGPP44B29F704V", today)?.birthDate).toBe("1944-02-29");
  });

  it("reads SPID's fiscalNumber only with its TINIT- prefix", () => {
    expect(parseSpidFiscalNumber("TINIT-RSSMRA85T10H501O")).toEqual({ ok: true, value: "RSSMRA85T10H501O" });
    expect(parseSpidFiscalNumber("RSSMRA85T10H501O")).toEqual({ ok: false, error: "prefix" });
    expect(parseSpidFiscalNumber("TINIT-RSSMRA85T10H501A")).toEqual({ ok: false, error: "check" });
  });

  it("checks an 11-digit partita IVA", () => {
    expect(validatePartitaIva("00698490968")).toBe(true); // Comune di Seregno
    expect(validatePartitaIva("00698490969")).toBe(false);
    expect(validatePartitaIva("0069849096")).toBe(false);
  });
});
