/**
 * `npx tsx scripts/bench-rolls.ts`: loading an IMU roll file of 100,000 holdings (issue 5 must-show)
 * and a payments file of 100,000 lines, on a fresh SQLite file and, when TEST_POSTGRES_URL names a
 * server, on a fresh PostgreSQL database. Prints the time to check each file, to load it in one
 * transaction, and to load it again (the roll replaced; the payments all found already loaded and
 * skipped). BENCH_ROWS changes the size; BENCH_ONLY=rolls or BENCH_ONLY=payments runs one of them.
 */
import { NO_REQUEST } from "../app/services/audit.server";
import { loadPayments, loadRolls } from "../app/services/rolls.server";
import { parsePaymentsCsv } from "../app/domain/tax-files-csv";
import { testFiscalCode } from "../tests/setup/applications";
import { paymentsCsv } from "../tests/setup/reporting";
import { parseRollCsv } from "../app/domain/rolls-csv";
import { createTestDatabase } from "../tests/setup/databases";
import { rollCsv } from "../tests/setup/rolls";

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const only = process.env.BENCH_ONLY;
const databases = process.env.TEST_POSTGRES_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const);

if (only !== "payments") await benchRolls();
if (only !== "rolls") await benchPayments();

async function benchRolls() {
  const text = rollCsv(rows);
  console.log(`roll file: ${rows.toLocaleString("en")} lines, ${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MB`);

  const t0 = performance.now();
  const parsed = parseRollCsv(text);
  console.log(`check only: ${(performance.now() - t0).toFixed(0)} ms (${parsed.errorCount} errors)`);

  for (const name of databases) {
    const t = await createTestDatabase(name);
    try {
      const started = performance.now();
      const r = await loadRolls(t.db, text, { kind: "system" }, () => new Date(), NO_REQUEST);
      const total = performance.now() - started;
      if (!r.ok) throw new Error(`refused: ${r.errorCount} errors`);
      console.log(`${name.padEnd(8)} check + load ${r.holdings.toLocaleString("en")} holdings / ${r.properties.toLocaleString("en")} properties: ${(total / 1000).toFixed(2)} s`);
      // A second load replaces the first (deleting 100k rows too).
      const again = performance.now();
      await loadRolls(t.db, text, { kind: "system" }, () => new Date(), NO_REQUEST);
      console.log(`${name.padEnd(8)} reload (replace): ${((performance.now() - again) / 1000).toFixed(2)} s`);
    } finally {
      await t.drop();
    }
  }
}

async function benchPayments() {
  const text = paymentsCsv(rows, testFiscalCode);
  console.log(`payments file: ${rows.toLocaleString("en")} lines, ${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MB`);
  const t0 = performance.now();
  const parsed = parsePaymentsCsv(text);
  console.log(`check only: ${(performance.now() - t0).toFixed(0)} ms (${parsed.errorCount} errors)`);
  for (const name of databases) {
    const t = await createTestDatabase(name);
    try {
      const started = performance.now();
      const r = await loadPayments(t.db, text, { kind: "system" }, () => new Date(), NO_REQUEST);
      if (!r.ok) throw new Error(`refused: ${r.errorCount} errors`);
      console.log(`${name.padEnd(8)} check + add ${r.added.toLocaleString("en")} payments: ${((performance.now() - started) / 1000).toFixed(2)} s`);
      const again = performance.now();
      const r2 = await loadPayments(t.db, text, { kind: "system" }, () => new Date(), NO_REQUEST);
      if (!r2.ok || r2.added !== 0) throw new Error("the second load added payments");
      console.log(`${name.padEnd(8)} same file again (${r2.skippedCount.toLocaleString("en")} skipped as duplicates): ${((performance.now() - again) / 1000).toFixed(2)} s`);
    } finally {
      await t.drop();
    }
  }
}
