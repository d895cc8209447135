import type { Kysely } from "kysely";
import { ensureObjective } from "../../app/models/accessibility.server";
import type { Database } from "../schema";

/**
 * Demo accessibility objectives (issue 7 §9), tied to the plan's objective on the needs of citizens
 * over 65 and with disabilities (OB-07). They are examples for the demo, loaded with the other demo
 * data: a real comune enters its own objectives at /gestione/accessibilita/obiettivi by 31 March.
 * Safe to re-run: an objective already there (same year and text) is left as it is.
 */
export async function seedAccessibilityObjectives(db: Kysely<Database>, now: Date): Promise<void> {
  const rows = [
    {
      objective: "Verificare lo sportello con lettori di schermo e ingrandimento",
      intervention: "Eseguire e registrare le verifiche manuali della dichiarazione di accessibilità (NVDA, VoiceOver, TalkBack, zoom al 400%, contrasto elevato) prima di ogni rilascio.",
      deadline: "2026-12-31",
      state: "in_progress" as const,
    },
    {
      objective: "Ascoltare i residenti di più di 65 anni",
      intervention: "Organizzare da 3 a 5 sessioni d'uso dello sportello con un centro anziani di Seregno e correggere i problemi emersi.",
      deadline: "2026-12-31",
      state: "planned" as const,
    },
    {
      objective: "Formare il personale sui documenti accessibili",
      intervention: "Formazione per chi pubblica avvisi e moduli: linguaggio chiaro, documenti PDF accessibili, testi alternativi.",
      deadline: "2026-12-31",
      state: "planned" as const,
    },
  ];
  for (const r of rows) {
    await ensureObjective(db, { year: 2026, ...r, plan_objective_code: "OB-07", updated_by: null, updated_at: now.toISOString() });
  }
}
