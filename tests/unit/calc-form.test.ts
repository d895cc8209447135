/**
 * The calculator pages' forms read into the API's request (so the API's readers check them) and the
 * law's limits on the rates the tax office types (L. 160/2019 art. 1 cc.748-755, tax-rules.md §1.3).
 */
import { describe, expect, it } from "vitest";
import { applyImuIntent, emptyImuProperty, formNumber, imuErrorFieldId, imuIntent, imuRequestBody, readImuForm, readTariForm, tariErrorFieldId, tariRequestBody } from "~/domain/calc-form";
import { parseImuRequest } from "~/domain/imu-request";
import { parseTariRequest } from "~/domain/tari-request";
import { checkYearForm, compareDecimal, nextYearDay } from "~/domain/tax-rates";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("numbers as typed on an Italian page", () => {
  it("reads the decimal comma, thousands dots, the dot, and leaves what is not a number as text", () => {
    expect(formNumber("850,50")).toBe(850.5);
    expect(formNumber("1.234,56")).toBe(1234.56);
    expect(formNumber("850.5")).toBe(850.5);
    expect(formNumber(" 100 % ")).toBe(100);
    expect(formNumber("-5")).toBe(-5);
    expect(formNumber("abc")).toBe("abc");
    expect(formNumber("1,2,3")).toBe("1,2,3");
    expect(formNumber("")).toBeUndefined();
  });
});

describe("the IMU form", () => {
  const two = {
    anno: "2024",
    count: "2",
    "immobili-0-tipo": "fabbricato",
    "immobili-0-categoria": "A/2",
    "immobili-0-rendita": "850",
    "immobili-0-quotaPossesso": "100",
    "immobili-0-redditoDominicale": "999",
    "immobili-1-tipo": "terreno",
    "immobili-1-rendita": "5",
    "immobili-1-redditoDominicale": "120,40",
    "immobili-1-quotaPossesso": "50",
    "immobili-1-dal": "2024-03-16",
    "immobili-1-abitazionePrincipale": "",
  };

  it("sends only the value each kind uses, and the API reader accepts it", () => {
    const v = readImuForm(form(two));
    const body = imuRequestBody(v);
    expect(body).toMatchObject({ anno: 2024, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850, redditoDominicale: undefined }, { tipo: "terreno", rendita: undefined, redditoDominicale: 120.4, quotaPossesso: 50, dal: "2024-03-16" }] });
    const parsed = parseImuRequest(JSON.parse(JSON.stringify(body)), 2026);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.properties.map((p) => p.kind)).toEqual(["fabbricato", "terreno"]);
  });

  it("a bad rendita is the API's not_a_number on immobili[0].rendita, the field id immobili-0-rendita", () => {
    const v = readImuForm(form({ ...two, "immobili-0-rendita": "ottocento" }));
    const parsed = parseImuRequest(JSON.parse(JSON.stringify(imuRequestBody(v))), 2026);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toEqual([{ field: "immobili[0].rendita", code: "not_a_number" }]);
      expect(imuErrorFieldId(parsed.errors[0]!.field)).toBe("immobili-0-rendita");
    }
    expect(v.immobili[0]!.rendita).toBe("ottocento");
  });

  it("adds and removes properties, keeping the others' values, never fewer than one", () => {
    const v = readImuForm(form(two));
    const added = applyImuIntent(v, imuIntent("aggiungi"));
    expect(added.immobili).toHaveLength(3);
    expect(added.immobili[2]).toEqual(emptyImuProperty());
    const removed = applyImuIntent(added, imuIntent("rimuovi-0"));
    expect(removed.immobili.map((p) => p.tipo)).toEqual(["terreno", "fabbricato"]);
    expect(removed.immobili[0]!.redditoDominicale).toBe("120,40");
    const one = applyImuIntent(readImuForm(form({ anno: "2024", count: "1" })), imuIntent("rimuovi-0"));
    expect(one.immobili).toHaveLength(1);
    expect(imuIntent("rimuovi-x")).toEqual({ kind: "calculate" });
  });
});

describe("the TARI form", () => {
  it("a household: occupants and m² reach the API reader; a category typed for a household is not sent", () => {
    const v = readTariForm(form({ anno: "2026", tipo: "domestica", occupanti: "3", categoria: "22", superficie: "80", riduzione: "" }));
    const body = tariRequestBody(v);
    expect(body).toEqual({ anno: 2026, utenze: [{ tipo: "domestica", occupanti: 3, categoria: undefined, superficie: 80, dal: undefined, al: undefined, riduzioni: [] }] });
    expect(parseTariRequest(JSON.parse(JSON.stringify(body)), { from: 2023, to: 2026 }).ok).toBe(true);
  });

  it("errors land on the page's fields", () => {
    const v = readTariForm(form({ anno: "2026", tipo: "non_domestica", superficie: "0", riduzione: "150" }));
    const parsed = parseTariRequest(JSON.parse(JSON.stringify(tariRequestBody(v))), { from: 2023, to: 2026 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => tariErrorFieldId(e.field))).toEqual(["categoria", "superficie", "riduzione"]);
  });
});

describe("the rates of a year against the law", () => {
  const TARIFFS = [
    { use: "domestic" as const, key: 1, label: "1 componente" },
    { use: "non_domestic" as const, key: 22, label: "Ristoranti" },
  ];
  const good = {
    main_residence: "0,6",
    rural_instrumental: "0",
    land: "1,06",
    group_d: "1,06",
    other: "1,0600",
    building_land: "1.06",
    agreed_rent: "0,76",
    social_housing: "0,4",
    deduction: "200",
    minimum_payment: "12,00",
    acconto_due: "2026-06-16",
    saldo_due: "2026-12-16",
    source: "Delibera C.C. n. 1/2026",
    tari_tefa: "5",
    tari_acconto_share: "60",
    tari_acconto_due_1: "2026-06-18",
    tari_acconto_due_2: "2026-10-19",
    tari_saldo_due: "2026-12-04",
    tari_minimum_payment: "12",
    tari_source: "Delibera C.C. n. 2/2026",
    "dom-1-fixed": "0,7280",
    "dom-1-variable": "62,40",
    "nd-22-fixed": "3,59",
    "nd-22-variable": "9,04",
  };

  it("accepts rates within the ranges and stores them canonical (dot, no trailing zeros)", () => {
    const r = checkYearForm(2026, form(good), TARIFFS);
    expect(r.ok).toBe(true);
    expect(r.values.imu).toMatchObject({ main_residence: "0.6", other: "1.06", deduction: "200.00", minimum_payment: "12.00", increase_c755: false });
    expect(r.values.tari).toMatchObject({ tefa: "5", acconto_share: "60", minimum_payment: "12.00" });
    expect(r.values.tariffs).toEqual([
      { use: "domestic", key: 1, label: "1 componente", fixed: "0.7280", variable: "62.40" },
      { use: "non_domestic", key: 22, label: "Ristoranti", fixed: "3.5900", variable: "9.0400" },
    ]);
  });

  it("refuses 1.10 % for other buildings without the c.755 increase, accepts it with, and 1.15 % never", () => {
    const without = checkYearForm(2026, form({ ...good, other: "1,10" }), TARIFFS);
    expect(without.ok).toBe(false);
    if (!without.ok) {
      expect(without.errors.other).toEqual({ key: "rate_range_c754", params: { min: "0", max: "1.06", comma: "754" } });
      expect(without.values.imu.other).toBe("1,10");
    }
    expect(checkYearForm(2026, form({ ...good, other: "1,10", increase_c755: "1" }), TARIFFS).ok).toBe(true);
    const over = checkYearForm(2026, form({ ...good, other: "1,15", increase_c755: "1" }), TARIFFS);
    expect(!over.ok && over.errors.other?.key).toBe("rate_range_c755");
  });

  it("the main residence at most 0.6 % (c.748), group D at least the State's 0.76 % (c.753), rural at most 0.1 % (c.750)", () => {
    const r = checkYearForm(2026, form({ ...good, main_residence: "0,61", group_d: "0,75", rural_instrumental: "0,2" }), TARIFFS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.main_residence).toEqual({ key: "rate_range", params: { min: "0", max: "0.6", comma: "748" } });
      expect(r.errors.group_d).toEqual({ key: "rate_range", params: { min: "0.76", max: "1.06", comma: "753" } });
      expect(r.errors.rural_instrumental?.params?.comma).toBe("750");
    }
  });

  it("refuses more than 4 decimals, negative amounts, dates out of the year or out of order, TEFA above 5 %, an empty source", () => {
    const r = checkYearForm(
      2026,
      form({ ...good, land: "1,00001", deduction: "-1", "dom-1-variable": "62,405", acconto_due: "2025-06-16", tari_acconto_due_2: "2026-06-01", tari_tefa: "5,5", source: " ", "dom-1-fixed": "x" }),
      TARIFFS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.fromEntries(Object.entries(r.errors).map(([k, e]) => [k, e.key]))).toEqual({
        land: "too_many_decimals",
        deduction: "negative",
        acconto_due: "date_not_in_year",
        tari_acconto_due_2: "dates_order",
        tari_tefa: "tefa_range",
        source: "required",
        "dom-1-fixed": "not_a_number",
        "dom-1-variable": "too_many_decimals",
      });
      // Kept as typed, so nothing is lost on the page.
      expect(r.values.imu.land).toBe("1,00001");
      expect(r.values.tariffs[0]!.fixed).toBe("x");
    }
  });

  it("compares decimals exactly and moves a due date a year on", () => {
    expect(compareDecimal("1.06", "1.0600")).toBe(0);
    expect(compareDecimal("1.1", "1.06")).toBe(1);
    expect(compareDecimal("0.76", "0.8")).toBe(-1);
    expect(nextYearDay("2026-06-16")).toBe("2027-06-16");
    expect(nextYearDay("2024-02-29")).toBe("2025-02-28");
  });
});
