/**
 * One refresh of the plan's indicators the desk measures by itself (issue 6 §4), for a scheduler or
 * by hand; the server does the same every few minutes (server.ts). Idempotent: a refresh with nothing
 * new records nothing.
 *
 *   npx tsx scripts/refresh-desk-metrics.ts     (DATABASE_URL, A11Y_REPORT_FILE optional)
 */
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import { accessibilityReportFile, refreshDeskMetrics } from "../app/services/desk-metrics.server";

const db = openDatabase(process.env.DATABASE_URL ?? "file:./data/sportello.sqlite");
try {
  await migrateToLatest(db);
  const report = await refreshDeskMetrics(db, { accessibility: accessibilityReportFile(process.env.A11Y_REPORT_FILE || undefined) });
  for (const [code, value] of Object.entries(report.recorded)) console.log(`${code}: recorded ${value}`);
  console.log(`unchanged: ${report.unchanged}; nothing to measure yet: ${report.unmeasured.join(", ") || "-"}`);
} finally {
  await db.destroy();
}
