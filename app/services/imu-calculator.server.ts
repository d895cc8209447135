/**
 * The IMU calculator behind the public API and page (issue 5 §4): the comune's rates for the year and
 * the year before from the database, the pure engine (app/domain/imu.ts), and the API's answer with
 * amounts as text (two decimals; F24 amounts in whole euros).
 */
import { centsText, eurosText } from "~/domain/exact";
import { computeImu, type ImuProperty, type ImuRates, type ImuResult } from "~/domain/imu";
import { findComune } from "~/models/comune.server";
import { findImuRate, toImuRates } from "~/models/imu-rate.server";
import type { DbOrTrx } from "~/utils/db.server";

export type ImuCalculation =
  | { ok: true; answer: ImuAnswer; detail: { result: ImuResult; rates: ImuRates; accontoRates: ImuRates } }
  | { ok: false; reason: "no_rates"; year: number };

export interface ImuAnswer {
  anno: number;
  codiceEnte: string;
  /** The year whose rates the June instalment used (the year before, or this one when the comune has none on record). */
  annoAliquoteAcconto: number;
  immobili: {
    trattamento: string;
    baseImponibile: string;
    mesi: number;
    mesiPrimoSemestre: number;
    imposta: string;
    acconto: string;
    detrazione: string;
    codiceTributo: string | null;
    ripartizione: { codiceTributo: string; imposta: string; acconto: string }[];
  }[];
  righeF24: { codiceTributo: string; acconto: string; saldo: string; numeroImmobili: number }[];
  totale: string;
  acconto: string;
  saldo: string;
  sottoMinimo: boolean;
  minimo: string;
  credito: string;
  scadenze: { acconto: string; saldo: string };
  fonteAliquote: string;
}

export async function calculateImu(db: DbOrTrx, year: number, properties: readonly ImuProperty[]): Promise<ImuCalculation> {
  const [current, before, comune] = await Promise.all([findImuRate(db, year), findImuRate(db, year - 1), findComune(db, "it")]);
  if (!current) return { ok: false, reason: "no_rates", year };
  const previous = before ?? current;
  const rates = toImuRates(current);
  const accontoRates = toImuRates(previous);
  const r = computeImu(year, properties, rates, accontoRates);
  return {
    ok: true,
    // The exact figures behind the answer, for the citizen page's computation written out (the API sends only `answer`).
    detail: { result: r, rates, accontoRates },
    answer: {
      anno: year,
      codiceEnte: comune?.codice_catastale ?? "",
      annoAliquoteAcconto: previous.year,
      immobili: r.properties.map((p) => ({
        trattamento: p.treatment.kind === "exempt" ? `exempt_${p.treatment.why}` : p.treatment.kind,
        baseImponibile: centsText(p.base.cents()),
        mesi: p.months,
        mesiPrimoSemestre: p.firstHalfMonths,
        imposta: centsText(p.annual.cents()),
        acconto: centsText(p.acconto.cents()),
        detrazione: centsText(p.deduction.cents()),
        codiceTributo: p.code,
        ripartizione: p.parts.map((part) => ({ codiceTributo: part.code, imposta: centsText(part.annual.cents()), acconto: centsText(part.acconto.cents()) })),
      })),
      righeF24: r.lines.map((l) => ({ codiceTributo: l.code, acconto: eurosText(l.acconto), saldo: eurosText(l.saldo), numeroImmobili: l.properties })),
      totale: centsText(r.totalCents),
      acconto: eurosText(r.acconto),
      saldo: eurosText(r.saldo),
      sottoMinimo: r.belowMinimum,
      minimo: rates.minimumPayment,
      credito: centsText(r.creditCents),
      scadenze: { acconto: current.acconto_due, saldo: current.saldo_due },
      fonteAliquote: current.source,
    },
  };
}

/** The first and last year the calculator answers for: the comune's rate table. */
export async function lastRateYear(db: DbOrTrx): Promise<number> {
  const row = await db.selectFrom("imu_rate").select((eb) => eb.fn.max("year").as("year")).executeTakeFirst();
  return Number(row?.year ?? new Date().getFullYear());
}
