/**
 * The public IMU calculator API over HTTP, against the built desk with the seeded Seregno rates:
 * worked cases (the same hand-computed figures as tests/unit/imu.test.ts, through the JSON contract),
 * field errors in Italian and English, body limits, CORS from another site, and the wrong method.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../setup/server";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ PAGE_CACHE_TTL_MS: "0" });
});

afterAll(async () => {
  await server?.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/imu/calcolo`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("POST /api/v1/imu/calcolo", () => {
  it("a second home A/2 (rendita 850) in 2024: 1,456.56, F24 3918 728 + 729, codice ente I625", async () => {
    const res = await post({ anno: 2024, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const r = await res.json();
    expect(r).toMatchObject({
      anno: 2024,
      codiceEnte: "I625",
      annoAliquoteAcconto: 2023,
      immobili: [{ baseImponibile: "142800.00", mesi: 12, mesiPrimoSemestre: 6, imposta: "1456.56", codiceTributo: "3918" }],
      righeF24: [{ codiceTributo: "3918", acconto: "728.00", saldo: "729.00", numeroImmobili: 1 }],
      totale: "1456.56",
      acconto: "728.00",
      saldo: "729.00",
      sottoMinimo: false,
      scadenze: { acconto: "2024-06-17", saldo: "2024-12-16" },
    });
  });

  it("a household: main residence A/2 with its garage (exempt), a shop C/1 held 50 % bought on 16 March, a D/1 warehouse", async () => {
    const res = await post({
      anno: 2024,
      immobili: [
        { tipo: "fabbricato", categoria: "A/2", rendita: 850, abitazionePrincipale: true },
        { tipo: "fabbricato", categoria: "C/6", rendita: 90, abitazionePrincipale: true },
        { tipo: "fabbricato", categoria: "C/1", rendita: 1200, quotaPossesso: 50, dal: "2024-03-16" },
        { tipo: "fabbricato", categoria: "D/1", rendita: 10000, riduzione: null, canoneConcordato: false, alloggioSociale: false },
      ],
    });
    expect(res.status).toBe(200);
    const r = await res.json();
    // C/1: 69,300 × 1.02 % × 50 % × 10/12 = 294.525 → 294.53; June 4/12 → 117.81 → 118; saldo euro(176.53) = 177.
    expect(r.immobili.map((p: { imposta: string }) => p.imposta)).toEqual(["0.00", "0.00", "294.53", "6961.50"]);
    expect(r.immobili[0].trattamento).toBe("exempt_main_residence");
    expect(r.immobili[1].trattamento).toBe("exempt_pertinenza");
    expect(r.righeF24).toEqual([
      { codiceTributo: "3918", acconto: "118.00", saldo: "177.00", numeroImmobili: 1 },
      { codiceTributo: "3925", acconto: "2594.00", saldo: "2593.00", numeroImmobili: 1 },
      { codiceTributo: "3930", acconto: "887.00", saldo: "888.00", numeroImmobili: 1 },
    ]);
    expect(r.totale).toBe("7256.03");
    expect(r.acconto).toBe("3599.00");
    expect(r.saldo).toBe("3658.00");
  });

  it("2026 at 1.06 % with the June instalment at 2025's 1.02 %", async () => {
    const r = await (await post({ anno: 2026, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] })).json();
    expect(r.annoAliquoteAcconto).toBe(2025);
    expect(r.righeF24).toEqual([{ codiceTributo: "3918", acconto: "728.00", saldo: "786.00", numeroImmobili: 1 }]);
  });

  it("below the €12 minimum: nothing to pay", async () => {
    const r = await (await post({ anno: 2024, immobili: [{ tipo: "fabbricato", categoria: "C/6", rendita: 5 }] })).json();
    expect(r).toMatchObject({ totale: "8.57", sottoMinimo: true, righeF24: [], acconto: "0.00", saldo: "0.00" });
  });

  it("lists every field error, in Italian by default and in English when asked, with a 400", async () => {
    const body = {
      immobili: [
        { tipo: "fabbricato", categoria: "Z/9", rendita: -5 },
        { tipo: "terreno", quotaPossesso: 0, dal: "2023-12-01" },
        { tipo: "casa" },
      ],
    };
    const it = await post(body);
    expect(it.status).toBe(400);
    const ri = await it.json();
    const fields = ri.errori.map((e: { campo: string; codice: string }) => `${e.campo}:${e.codice}`);
    expect(fields).toEqual(
      expect.arrayContaining(["anno:required", "immobili[0].categoria:bad_category", "immobili[0].rendita:negative", "immobili[1].redditoDominicale:required", "immobili[1].quotaPossesso:share_out_of_range", "immobili[2].tipo:bad_kind"]),
    );
    expect(ri.errori.find((e: { campo: string }) => e.campo === "immobili[0].categoria").messaggio).toBe("Scrivi la categoria catastale come A/2, C/6, D/1: «Z/9» non è una categoria del Catasto");
    const en = await (await post(body, { "Accept-Language": "en-GB,en;q=0.9" })).json();
    expect(en.errore).toBe("The request has errors");
    expect(en.errori.find((e: { campo: string }) => e.campo === "anno").messaggio).toBe("Fill in this field, the calculation needs it");
  });

  it("refuses a main-residence flag on a shop and a comodato on an A/8, saying why", async () => {
    const r = await (
      await post({
        anno: 2024,
        immobili: [
          { tipo: "fabbricato", categoria: "C/1", rendita: 100, abitazionePrincipale: true },
          { tipo: "fabbricato", categoria: "A/8", rendita: 100, riduzione: "comodato" },
        ],
      })
    ).json();
    expect(r.errori.map((e: { codice: string }) => e.codice)).toEqual(["not_a_dwelling", "comodato_luxury"]);
  });

  it("a year before the comune's rates is refused, and so is a year after them", async () => {
    const early = await post({ anno: 2022, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] });
    expect(early.status).toBe(422);
    expect((await early.json()).errori[0].codice).toBe("no_rates");
    const late = await post({ anno: 2031, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] });
    expect(late.status).toBe(400);
    expect((await late.json()).errori[0].codice).toBe("year_out_of_range");
  });

  it("answers 400 to a body that is not JSON and 413 to one over 256 kB", async () => {
    expect((await post("{anno: 2024")).status).toBe(400);
    const huge = JSON.stringify({ anno: 2024, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 1, note: "x".repeat(300_000) }] });
    const res = await post(huge);
    expect(res.status).toBe(413);
    expect((await res.json()).errori[0].codice).toBe("too_large");
  });

  it("can be called from another site's page (CORS, preflight), and only with POST", async () => {
    const res = await post({ anno: 2024, immobili: [{ tipo: "fabbricato", categoria: "A/2", rendita: 850 }] }, { Origin: "https://caf.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await fetch(`${server.url}/api/v1/imu/calcolo`, { method: "OPTIONS", headers: { Origin: "https://caf.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-headers")).toContain("Content-Type");
    const get = await fetch(`${server.url}/api/v1/imu/calcolo`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toContain("POST");
  });
});

const postTari = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/tari/calcolo`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("TARI: POST /api/v1/tari/calcolo and GET /api/v1/tari/tariffe", () => {
  it("publishes a year's tariffs, saying they are illustrative in the demo", async () => {
    const res = await fetch(`${server.url}/api/v1/tari/tariffe?anno=2024`);
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r).toMatchObject({ anno: 2024, tariffeIllustrative: true, tefaPercentuale: "5", accontoPercentuale: "60", scadenze: ["2024-06-18", "2024-10-18", "2024-12-04"] });
    expect(r.domestiche).toHaveLength(6);
    expect(r.nonDomestiche).toHaveLength(30);
    expect(r.domestiche[2]).toEqual({ occupanti: 3, descrizione: "3 componenti", quotaFissaMq: "0.9200", quotaVariabileAnno: "138.00" });
    expect((await fetch(`${server.url}/api/v1/tari/tariffe?anno=1999`)).status).toBe(400);
  });

  it("a family of three in 80 m² in 2024, with the seeded tariffs: 211.60 + TEFA 10.58, on account at 2023's", async () => {
    // 2024: 0.92 × 80 + 138 = 211.60; 2023 (×0.97): 0.8924 × 80 + 133.86 = 205.252 → 205.25; 60 % = 123.15 → 61.58 + 61.57;
    // balance 211.60 − 123.15 = 88.45. TEFA: 10.58; 2023 10.26 (10.2625 → 10.26) × 60 % = 6.156 → 6.16 → 3.08 + 3.08; balance 4.42.
    const res = await postTari({ anno: 2024, utenze: [{ tipo: "domestica", occupanti: 3, superficie: 80 }] });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r).toMatchObject({ anno: 2024, codiceEnte: "I625", annoTariffeAcconto: 2023, tariffeIllustrative: true, tari: "211.60", tefa: "10.58", totale: "222.18" });
    expect(r.utenze[0]).toMatchObject({ giorni: 366, quotaFissa: "73.60", quotaVariabile: "138.00" });
    expect(r.rate.map((x: { numero: number; scadenza: string; tari: string; tefa: string }) => `${x.numero} ${x.scadenza} ${x.tari} ${x.tefa}`)).toEqual([
      "1 2024-06-18 61.58 3.08",
      "2 2024-10-18 61.57 3.08",
      "3 2024-12-04 88.45 4.42",
    ]);
    expect(r.rate[0].righeF24).toEqual([
      { codiceTributo: "3944", rateazione: "0103", importo: "62.00" },
      { codiceTributo: "TEFA", rateazione: "0103", importo: "3.00" },
    ]);
  });

  it("a restaurant (category 22) of 120 m² opened on 1 July, with a 30 % reduction", async () => {
    const r = await (await postTari({ anno: 2024, utenze: [{ tipo: "non_domestica", categoria: 22, superficie: 120, dal: "2024-07-01", riduzioni: [{ tipo: "avvio_recupero", percentuale: 30 }] }] })).json();
    // 2024 category 22: fixed 0.62 × 5.57 = 3.4534, variable 1.56 × 5.57 = 8.6892 per m² → 12.1426 × 120 = 1,457.112 × 184/366 = 732.5464…; × 70 % = 512.78
    expect(r.utenze[0].giorni).toBe(184);
    expect(r.tari).toBe("512.78");
  });

  it("lists the field errors (Italian, then English)", async () => {
    const body = { anno: 2024, utenze: [{ tipo: "domestica", superficie: 0 }, { tipo: "non_domestica", categoria: 31, superficie: 50, riduzioni: [{ percentuale: 120 }] }] };
    const r = await (await postTari(body)).json();
    expect(r.errori.map((e: { campo: string; codice: string }) => `${e.campo}:${e.codice}`)).toEqual([
      "utenze[0].occupanti:required",
      "utenze[0].superficie:zero_surface",
      "utenze[1].categoria:bad_tari_category",
      "utenze[1].riduzioni[0].percentuale:percent_out_of_range",
    ]);
    const en = await (await postTari(body, { "Accept-Language": "en" })).json();
    expect(en.errori[2].messaggio).toBe("Choose the TARI category with a number from 1 to 30");
  });
});
