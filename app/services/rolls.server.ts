/**
 * Loading the tax office's files (issue 5 §1): the IMU roll, the TARI accounts, the payments. The whole
 * file is checked first (app/domain/csv-file.ts); a file with any bad line changes nothing and comes
 * back with its report; a good one is loaded in one transaction, in batches so 100,000 lines take
 * seconds. The IMU roll REPLACES the holdings and properties (the file is the comune's full roll);
 * payments and notices are not touched by it.
 */
import { type CsvError, MAX_LISTED_ERRORS } from "~/domain/csv-file";
import { parseRollCsv, propertyKey, type RollRow } from "~/domain/rolls-csv";
import { parsePaymentsCsv, parseTariAccountsCsv, paymentKey } from "~/domain/tax-files-csv";
import { deleteTariAccountsOf, existingPaymentKeys, insertPayments, insertTariAccounts, knownNoticeNumbers } from "~/models/tax-files.server";
import type { Db, DbOrTrx } from "~/utils/db.server";
import { type AuditActor, type RequestMeta, record } from "./audit.server";

const BATCH = 500;

export type RollLoadResult = { ok: true; lines: number; properties: number; holdings: number; ms: number } | { ok: false; lines: number; errors: CsvError[]; errorCount: number };

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
        }))
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
        }))
      )
      .execute();
  }
  return props.length;
}

type Parsed = { lines: number; errors: CsvError[]; errorCount: number; rows: readonly unknown[] };
type Refused = { ok: false; lines: number; errors: CsvError[]; errorCount: number };

/** The answer to a file with bad lines (or none at all): nothing changes, the refusal is audited. */
async function refuse(db: Db, event: string, parsed: Parsed, actor: AuditActor, meta: RequestMeta): Promise<Refused | null> {
  if (parsed.errorCount === 0 && parsed.rows.length > 0) return null;
  await record(db, { event, outcome: "failure", actor, details: { lines: parsed.lines, errors: parsed.errorCount }, meta });
  const errors = parsed.errorCount ? parsed.errors : [{ line: 1, column: "", code: "no_lines" }];
  return { ok: false, lines: parsed.lines, errors, errorCount: parsed.errorCount || 1 };
}

export async function loadRolls(db: Db, text: string, actor: AuditActor, now: () => Date, meta: RequestMeta): Promise<RollLoadResult> {
  const started = performance.now();
  const parsed = parseRollCsv(text);
  const refused = await refuse(db, "tax.rolls_refused", parsed, actor, meta);
  if (refused) return refused;
  const stamp = now().toISOString();
  const properties = await db.transaction().execute((trx) => replaceRolls(trx, parsed.rows, stamp));
  const ms = Math.round(performance.now() - started);
  await record(db, { event: "tax.rolls_loaded", outcome: "success", actor, details: { lines: parsed.lines, properties, holdings: parsed.rows.length, ms }, meta });
  return { ok: true, lines: parsed.lines, properties, holdings: parsed.rows.length, ms };
}

// ---------------------------------------------------------------------------------------------
// TARI accounts

export type TariLoadResult = { ok: true; lines: number; accounts: number; taxpayers: number; removed: number; ms: number } | Refused;

/**
 * A TARI accounts file replaces the accounts of the codici fiscali it names and leaves the others
 * alone (docs/decisions/0010-recon-tax-files.md): the waste-tax database changes a household at a time
 * (a move, a new occupant), and a closed account keeps its past years — it is closed with its `al`
 * date, never by leaving it out.
 */
export async function loadTariAccounts(db: Db, text: string, actor: AuditActor, now: () => Date, meta: RequestMeta): Promise<TariLoadResult> {
  const started = performance.now();
  const parsed = parseTariAccountsCsv(text);
  const refused = await refuse(db, "tax.tari_accounts_refused", parsed, actor, meta);
  if (refused) return refused;
  const stamp = now().toISOString();
  const taxpayers = [...new Set(parsed.rows.map((r) => r.fiscalCode))];
  const removed = await db.transaction().execute(async (trx) => {
    const n = await deleteTariAccountsOf(trx, taxpayers);
    await insertTariAccounts(
      trx,
      parsed.rows.map((r) => ({
        fiscal_code: r.fiscalCode,
        address: r.address,
        use: r.use,
        occupants: r.occupants,
        category: r.category,
        surface: r.surface,
        from_day: r.fromDay,
        to_day: r.toDay,
        reductions: JSON.stringify(r.reductions),
        created_at: stamp,
      }))
    );
    return n;
  });
  const ms = Math.round(performance.now() - started);
  const result = { lines: parsed.lines, accounts: parsed.rows.length, taxpayers: taxpayers.length, removed, ms };
  await record(db, { event: "tax.tari_accounts_loaded", outcome: "success", actor, details: result, meta });
  return { ok: true, ...result };
}

// ---------------------------------------------------------------------------------------------
// Payments

/** A good line that was not added, and why: loaded before (or twice in the file), or a notice of the desk's own. */
export interface SkippedLine {
  line: number;
  code: "duplicate" | "desk_notice";
  value: string;
}

export type PaymentsLoadResult = { ok: true; lines: number; added: number; skipped: SkippedLine[]; skippedCount: number; ms: number } | Refused;

/**
 * Payments are ADDED, never replaced. A line already loaded (same `paymentKey`, in an earlier file or
 * earlier in this one) is skipped and reported, so the same file loaded twice adds nothing. A pagoPA
 * line naming one of the desk's own notices is skipped too: those are recorded once, through the
 * notice, by the checkout or the reconciliation file (which also closes the notice).
 */
export async function loadPayments(db: Db, text: string, actor: AuditActor, now: () => Date, meta: RequestMeta): Promise<PaymentsLoadResult> {
  const started = performance.now();
  const parsed = parsePaymentsCsv(text);
  const refused = await refuse(db, "tax.payments_refused", parsed, actor, meta);
  if (refused) return refused;
  const stamp = now().toISOString();
  const { added, skipped } = await db.transaction().execute(async (trx) => {
    const keys = parsed.rows.map(paymentKey);
    const stored = await existingPaymentKeys(trx, keys);
    const desk = await knownNoticeNumbers(
      trx,
      parsed.rows.flatMap((r) => (r.noticeNumber ? [r.noticeNumber] : []))
    );
    const seen = new Set<string>();
    const skipped: SkippedLine[] = [];
    const rows = parsed.rows.flatMap((r, i) => {
      const key = keys[i]!;
      if (r.noticeNumber && desk.has(r.noticeNumber)) {
        skipped.push({ line: r.line, code: "desk_notice", value: r.noticeNumber });
        return [];
      }
      if (stored.has(key) || seen.has(key)) {
        skipped.push({ line: r.line, code: "duplicate", value: `${r.fiscalCode} ${r.paidOn} ${r.amount}` });
        return [];
      }
      seen.add(key);
      return [
        {
          fiscal_code: r.fiscalCode,
          tax: r.tax,
          year: r.year,
          code: r.code,
          channel: r.channel,
          paid_on: r.paidOn,
          amount: r.amount,
          notice_number: r.noticeNumber,
          reference: r.reference,
          source_key: key,
          created_at: stamp,
        },
      ];
    });
    await insertPayments(trx, rows);
    return { added: rows.length, skipped };
  });
  const ms = Math.round(performance.now() - started);
  await record(db, { event: "tax.payments_loaded", outcome: "success", actor, details: { lines: parsed.lines, added, skipped: skipped.length, ms }, meta });
  return { ok: true, lines: parsed.lines, added, skipped: skipped.slice(0, MAX_LISTED_ERRORS), skippedCount: skipped.length, ms };
}
