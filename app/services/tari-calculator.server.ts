/**
 * The TARI calculator behind the public API (issue 5 §4): the year's tariffs and the year before's
 * from the database, the pure engine (app/domain/tari.ts), amounts as text with two decimals (F24 in
 * whole euros). Whether the tariffs are the comune's own or the demo's illustrative ones is in the answer.
 */
import { centsText, eurosText } from "~/domain/exact";
import { computeTari, type TariAccount, tariF24Lines } from "~/domain/tari";
import { findComune } from "~/models/comune.server";
import { findTariYear, type TariYear } from "~/models/tari-tariff.server";
import type { DbOrTrx } from "~/utils/db.server";

export async function calculateTari(db: DbOrTrx, year: number, accounts: readonly TariAccount[]) {
  const [current, before, comune] = await Promise.all([findTariYear(db, year), findTariYear(db, year - 1), findComune(db, "it")]);
  if (!current) return { ok: false as const, reason: "no_tariffs" as const, year };
  const previous = before ?? current;
  // A household size or category missing from the table is an input error, not a crash.
  const missing = accounts.flatMap((a, i) => {
    const ok = a.use === "domestic" ? current.tariffs.domestic.some((d) => d.occupants === Math.min(6, a.occupants ?? 1)) : current.tariffs.nonDomestic.some((d) => d.category === a.category);
    return ok ? [] : [i];
  });
  if (missing.length) return { ok: false as const, reason: "no_tariff_row" as const, year, indexes: missing };
  const r = computeTari(year, accounts, current.tariffs, previous.tariffs);
  const of = r.instalments.length;
  return {
    ok: true as const,
    // The exact figures behind the answer, for the citizen page (the API sends only `answer`).
    detail: { result: r, accontoShare: current.tariffs.accontoShare },
    answer: {
      anno: year,
      codiceEnte: comune?.codice_catastale ?? "",
      annoTariffeAcconto: previous.row.year,
      tariffeIllustrative: current.row.illustrative === 1,
      fonteTariffe: current.row.source,
      tefaPercentuale: current.tariffs.tefa,
      utenze: r.accounts.map((a) => ({
        giorni: a.days,
        giorniAnno: a.daysInYear,
        quotaFissa: centsText(a.fixed.cents()),
        quotaVariabile: centsText(a.variable.cents()),
        riduzioni: centsText(a.reduction.cents()),
        tari: centsText(a.tari.cents()),
        tefa: centsText(a.tefa.cents()),
      })),
      tari: centsText(r.tari),
      tefa: centsText(r.tefa),
      totale: centsText(r.tari + r.tefa),
      sottoMinimo: r.belowMinimum,
      credito: centsText(r.credit),
      rate: r.instalments.map((i) => ({
        numero: i.number,
        scadenza: i.due,
        tari: centsText(i.tari),
        tefa: centsText(i.tefa),
        totale: centsText(i.tari + i.tefa),
        righeF24: tariF24Lines(i, of).map((l) => ({ codiceTributo: l.code, rateazione: l.instalment, importo: eurosText(l.euros) })),
      })),
    },
  };
}

/** The published tariffs of a year, for GET /api/v1/tari/tariffe. */
export function tariffsAnswer(y: TariYear) {
  return {
    anno: y.row.year,
    tariffeIllustrative: y.row.illustrative === 1,
    fonte: y.row.source,
    tefaPercentuale: y.row.tefa,
    accontoPercentuale: y.row.acconto_share,
    scadenze: [y.row.acconto_due_1, y.row.acconto_due_2, y.row.saldo_due],
    minimo: y.row.minimum_payment,
    domestiche: y.rows.filter((r) => r.use === "domestic").map((r) => ({ occupanti: r.key, descrizione: r.label, quotaFissaMq: r.fixed_per_sqm, quotaVariabileAnno: r.variable })),
    nonDomestiche: y.rows.filter((r) => r.use === "non_domestic").map((r) => ({ categoria: r.key, descrizione: r.label, quotaFissaMq: r.fixed_per_sqm, quotaVariabileMq: r.variable })),
  };
}
