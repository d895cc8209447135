/**
 * One polling round of pagoPA's reporting flows (issue 5 §6), for a scheduler (cron, a systemd timer):
 *
 *   PAGOPA_REPORTING_DIR=/srv/pagopa/flussi npx tsx scripts/poll-reporting.ts
 *
 * Every `*.xml` in the folder is loaded as if the tax office had uploaded it on
 * /gestione/tributi/ruoli, then moved to `caricati/` (or `scartati/` when refused). Loading a flow
 * twice changes nothing, so a round interrupted halfway is simply run again. The folder is the seam:
 * whatever fetches the flows (the intermediary's SFTP, pagoPA's FdR API) drops them there; this
 * script makes no network call.
 */
import { openDatabase } from "#db/connection";
import { migrateToLatest } from "#db/migrator";
import { findComune } from "../app/models/comune.server";
import { NO_REQUEST } from "../app/services/audit.server";
import { folderReportingSource, pollReporting } from "../app/services/reconciliation.server";

const dir = process.env.PAGOPA_REPORTING_DIR;
if (!dir) {
  console.error("set PAGOPA_REPORTING_DIR to the folder where the reporting flows arrive");
  process.exit(2);
}
const db = openDatabase(process.env.DATABASE_URL ?? "file:./data/sportello.sqlite");
try {
  await migrateToLatest(db);
  const comune = await findComune(db, "it");
  for (const { id, result } of await pollReporting(db, folderReportingSource(dir), { creditorFiscalCode: comune?.codice_fiscale ?? null, meta: NO_REQUEST })) {
    console.log(result.ok ? `${id}: ${result.flow.flowId} ${JSON.stringify(result.counts)}` : `${id}: refused ${result.errors.map((e) => `${e.path}:${e.code}`).join(", ")}`);
  }
} finally {
  await db.destroy();
}
