/**
 * Loading the IMU rolls from the tax office's file (issue 5 §1): the whole file is checked first
 * (app/domain/rolls-csv.ts); a file with any bad line changes nothing and comes back with its report;
 * a good one REPLACES the holdings and properties in one transaction (the file is the comune's full
 * roll), in batches so 100,000 lines take seconds. Payments and notices are not touched.
 */
import { parseRollCsv, propertyKey, type RollError, type RollRow } from "~/domain/rolls-csv";
import type { Db, DbOrTrx } from "~/utils/db.server";
import { type AuditActor, type RequestMeta, record } from "./audit.server";

const BATCH = 500;

export type RollLoadResult =
  | { ok: true; lines: number; properties: number; holdings: number; ms: number }
  | { ok: false; lines: number; errors: RollError[]; errorCount: number };

async function replaceRolls(trx: DbOrTrx, rows: readonly RollRow[], now: string): Promise<number> {
  await trx.deleteFrom("tax_possession").execute();
  await trx.deleteFrom("tax_property").execute();
  const unique = new Map<string, RollRow>();
  for (const r of rows) if (!unique.has(propertyKey(r))) unique.set(propertyKey(r), r);
  const props = [...unique.values()];
  for (let i = 0; i < props.length; i += BATCH) {
    await trx
      .insertInto("tax_property")
      .values(
        props.slice(i, i + BATCH).map((r) => ({
          kind: r.kind,
          foglio: r.foglio,
          particella: r.particella,
          subalterno: r.subalterno,
          category: r.category,
          rendita: r.rendita,
          reddito_dominicale: r.redditoDominicale,
          valore_venale: r.valoreVenale,
          address: r.address,
          created_at: now,
        })),
      )
      .execute();
  }
  // The table holds only this file's properties now: read their ids back by the same key.
  const ids = new Map<string, number>();
  for (const p of await trx.selectFrom("tax_property").select(["id", "kind", "foglio", "particella", "subalterno", "category", "address"]).execute()) {
    ids.set([p.kind, p.foglio ?? "", p.particella ?? "", p.subalterno ?? "", p.category ?? "", p.foglio ? "" : p.address].join("|"), p.id);
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    await trx
      .insertInto("tax_possession")
      .values(
        rows.slice(i, i + BATCH).map((r) => ({
          property_id: ids.get(propertyKey(r))!,
          fiscal_code: r.fiscalCode,
          share: r.share,
          title: r.title,
          from_day: r.fromDay,
          to_day: r.toDay,
          main_residence: r.mainResidence ? 1 : 0,
          reduction: r.reduction,
          agreed_rent: r.agreedRent ? 1 : 0,
          social_housing: r.socialHousing ? 1 : 0,
          created_at: now,
        })),
      )
      .execute();
  }
  return props.length;
}

export async function loadRolls(db: Db, text: string, actor: AuditActor, now: () => Date, meta: RequestMeta): Promise<RollLoadResult> {
  const started = performance.now();
  const parsed = parseRollCsv(text);
  if (parsed.errorCount > 0 || parsed.rows.length === 0) {
    await record(db, { event: "tax.rolls_refused", outcome: "failure", actor, details: { lines: parsed.lines, errors: parsed.errorCount }, meta });
    const errors = parsed.errorCount ? parsed.errors : [{ line: 1, column: "", code: "no_lines" }];
    return { ok: false, lines: parsed.lines, errors, errorCount: errors.length === 1 && !parsed.errorCount ? 1 : parsed.errorCount };
  }
  const stamp = now().toISOString();
  const properties = await db.transaction().execute((trx) => replaceRolls(trx, parsed.rows, stamp));
  const ms = Math.round(performance.now() - started);
  await record(db, { event: "tax.rolls_loaded", outcome: "success", actor, details: { lines: parsed.lines, properties, holdings: parsed.rows.length, ms }, meta });
  return { ok: true, lines: parsed.lines, properties, holdings: parsed.rows.length, ms };
}
