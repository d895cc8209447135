/**
 * `npx tsx scripts/bench-rolls.ts`: loading an IMU roll file of 100,000 holdings (issue 5 must-show),
 * on a fresh SQLite file and, when TEST_POSTGRES_URL names a server, on a fresh PostgreSQL database.
 * Prints the time to check the file and the time to replace the rolls in one transaction. BENCH_ROWS
 * changes the size.
 */
import { NO_REQUEST } from "../app/services/audit.server";
import { loadRolls } from "../app/services/rolls.server";
import { parseRollCsv } from "../app/domain/rolls-csv";
import { createTestDatabase } from "../tests/setup/databases";
import { rollCsv } from "../tests/setup/rolls";

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const text = rollCsv(rows);
console.log(`roll file: ${rows.toLocaleString("en")} lines, ${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MB`);

const t0 = performance.now();
const parsed = parseRollCsv(text);
console.log(`check only: ${(performance.now() - t0).toFixed(0)} ms (${parsed.errorCount} errors)`);

for (const name of process.env.TEST_POSTGRES_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)) {
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
