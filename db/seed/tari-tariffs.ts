import type { Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * TARI tariffs for the demo. Seregno's published €/m² and €/household figures were NOT found
 * (../shared/design/tax-rules.md §8): these are ILLUSTRATIVE, shaped like a northern comune over 5,000
 * inhabitants (DPR 158/1999: household fixed part growing with Ka 0.80…1.30, business categories by a
 * Kc-like weight), flagged `illustrative` so the pages and the API say so. What is Seregno's own: TEFA
 * 5 % (Provincia di Monza e Brianza), 60 % on account at last year's tariffs in two instalments (18 June,
 * 18 October), the balance at this year's in December (2024: 4 December). The tax office replaces the
 * figures with the council's from the back office. Idempotent: a year already there is left alone.
 */
export const NON_DOMESTIC_CATEGORIES: { key: number; label: string; weight: number }[] = [
  { key: 1, label: "Musei, biblioteche, scuole, associazioni, luoghi di culto", weight: 0.51 },
  { key: 2, label: "Cinematografi e teatri", weight: 0.43 },
  { key: 3, label: "Autorimesse e magazzini senza alcuna vendita diretta", weight: 0.6 },
  { key: 4, label: "Campeggi, distributori carburanti, impianti sportivi", weight: 0.88 },
  { key: 5, label: "Stabilimenti balneari", weight: 0.64 },
  { key: 6, label: "Esposizioni, autosaloni", weight: 0.51 },
  { key: 7, label: "Alberghi con ristorante", weight: 1.64 },
  { key: 8, label: "Alberghi senza ristorante", weight: 1.08 },
  { key: 9, label: "Case di cura e riposo", weight: 1.25 },
  { key: 10, label: "Ospedali", weight: 1.29 },
  { key: 11, label: "Uffici, agenzie, studi professionali", weight: 1.52 },
  { key: 12, label: "Banche ed istituti di credito", weight: 0.61 },
  { key: 13, label: "Negozi di abbigliamento, calzature, libreria, cartoleria, ferramenta e altri beni durevoli", weight: 1.41 },
  { key: 14, label: "Edicola, farmacia, tabaccaio, plurilicenze", weight: 1.8 },
  { key: 15, label: "Negozi particolari (filatelia, tende e tessuti, tappeti, cappelli e ombrelli, antiquariato)", weight: 0.83 },
  { key: 16, label: "Banchi di mercato beni durevoli", weight: 1.78 },
  { key: 17, label: "Attività artigianali tipo botteghe: parrucchiere, barbiere, estetista", weight: 1.48 },
  { key: 18, label: "Attività artigianali tipo botteghe: falegname, idraulico, fabbro, elettricista", weight: 1.03 },
  { key: 19, label: "Carrozzeria, autofficina, elettrauto", weight: 1.41 },
  { key: 20, label: "Attività industriali con capannoni di produzione", weight: 0.92 },
  { key: 21, label: "Attività artigianali di produzione beni specifici", weight: 1.09 },
  { key: 22, label: "Ristoranti, trattorie, osterie, pizzerie, pub", weight: 5.57 },
  { key: 23, label: "Mense, birrerie, amburgherie", weight: 4.85 },
  { key: 24, label: "Bar, caffè, pasticceria", weight: 3.96 },
  { key: 25, label: "Supermercato, pane e pasta, macelleria, salumi e formaggi, generi alimentari", weight: 2.76 },
  { key: 26, label: "Plurilicenze alimentari e/o miste", weight: 2.61 },
  { key: 27, label: "Ortofrutta, pescherie, fiori e piante, pizza al taglio", weight: 7.17 },
  { key: 28, label: "Ipermercati di generi misti", weight: 2.74 },
  { key: 29, label: "Banchi di mercato generi alimentari", weight: 6.92 },
  { key: 30, label: "Discoteche, night club", weight: 1.91 },
];

const DOMESTIC_2024 = [
  { key: 1, fixed: 0.7, variable: 60 },
  { key: 2, fixed: 0.82, variable: 108 },
  { key: 3, fixed: 0.92, variable: 138 },
  { key: 4, fixed: 1.0, variable: 168 },
  { key: 5, fixed: 1.08, variable: 222 },
  { key: 6, fixed: 1.14, variable: 260 },
];

/** Each year's level against 2024's (illustrative). */
const YEARS = [
  { year: 2023, level: 0.97, due: ["2023-06-19", "2023-10-18", "2023-12-04"] },
  { year: 2024, level: 1, due: ["2024-06-18", "2024-10-18", "2024-12-04"] },
  { year: 2025, level: 1.02, due: ["2025-06-18", "2025-10-20", "2025-12-04"] },
  { year: 2026, level: 1.04, due: ["2026-06-18", "2026-10-19", "2026-12-04"] },
] as const;

const money = (x: number) => x.toFixed(2);
const rate = (x: number) => x.toFixed(4);

export async function seedTariTariffs(db: Kysely<Database>, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
  const stamp = now.toISOString();
  for (const y of YEARS) {
    const exists = await db.selectFrom("tari_year").select("year").where("year", "=", y.year).executeTakeFirst();
    if (exists) continue;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("tari_year")
        .values({
          year: y.year,
          tefa: "5",
          acconto_share: "60",
          acconto_due_1: y.due[0],
          acconto_due_2: y.due[1],
          saldo_due: y.due[2],
          minimum_payment: "12.00",
          source: "Tariffe illustrative per la demo: le tariffe TARI deliberate dal Comune di Seregno non sono state reperite. TEFA 5% (Provincia di Monza e Brianza) e calendario di pagamento come da comunicazioni del Comune.",
          illustrative: 1,
          updated_at: stamp,
          updated_by: null,
        })
        .execute();
      await trx
        .insertInto("tari_tariff")
        .values([
          ...DOMESTIC_2024.map((d) => ({
            year: y.year,
            use: "domestic" as const,
            key: d.key,
            label: d.key === 6 ? "6 o più componenti" : `${d.key} ${d.key === 1 ? "componente" : "componenti"}`,
            fixed_per_sqm: rate(d.fixed * y.level),
            variable: money(d.variable * y.level),
          })),
          ...NON_DOMESTIC_CATEGORIES.map((c) => ({
            year: y.year,
            use: "non_domestic" as const,
            key: c.key,
            label: c.label,
            fixed_per_sqm: rate(0.62 * c.weight * y.level),
            variable: rate(1.56 * c.weight * y.level),
          })),
        ])
        .execute();
    });
  }
}
