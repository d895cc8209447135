/**
 * How long the plan's yearly report takes on this machine (not a test: it prints figures): the view
 * (the plan tree read from a seeded in-memory SQLite database, translated) and the tagged PDF, for
 * one year with an approved value and comment on every indicator. `BENCH_ITERATIONS` (default 20).
 * `BENCH_OUT=/tmp/relazione.pdf` also writes the last PDF.
 *
 *   npx tsx scripts/bench-plan-report.ts
 */
import { writeFileSync } from "node:fs";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrator";
import { seed } from "../db/seed/index";
import { decidePlanUpdate, insertPlanUpdate } from "../app/models/plan.server";
import { planReportView, renderPlanReportPdf } from "../app/services/plan-report.server";
import { renderI18n } from "../app/utils/i18next.server";

const N = Number(process.env.BENCH_ITERATIONS ?? 20);
const YEAR = 2024;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const db = openDatabase("file::memory:");
await migrateToLatest(db);
await seed(db, undefined, { demoStaff: true });
const approver = (await db.selectFrom("staff_user").select("id").where("username", "=", "dirigente").executeTakeFirstOrThrow()).id;
const owner = (await db.selectFrom("staff_user").select("id").where("username", "=", "piano").executeTakeFirstOrThrow()).id;
const indicators = await db.selectFrom("plan_indicator").select(["id", "kind"]).execute();
for (const i of indicators) {
  const id = await insertPlanUpdate(db, {
    plan_indicator_id: i.id,
    measured_value: i.kind === "milestone" ? "1" : "42",
    measured_on: `${YEAR}-06-30`,
    comment: "Misurato dal registro dell'ufficio, verificato con il verbale di collaudo del fornitore.",
    evidence_url: "https://www.comune.seregno.mb.it/verbale.pdf",
    evidence_blob_id: null,
    evidence_file_name: null,
    corrects_id: null,
    recorded_by: owner,
    recorded_at: `${YEAR}-07-01T08:00:00.000Z`,
    state: "submitted",
  });
  await decidePlanUpdate(db, id, { state: "approved", decidedBy: approver, decidedAt: `${YEAR}-07-02T08:00:00.000Z`, note: null });
}

const i18n = await renderI18n("it");
const t = i18n.getFixedT("it");
const clock = { now: "2026-11-27T10:00:00.000Z", today: "2026-11-27" };
const page = (n: number, total: number) => t("planreport:report.page", { n, total });
const views: number[] = [];
const pdfs: number[] = [];
let last: Uint8Array = new Uint8Array();
for (let k = 0; k < N; k++) {
  const a = performance.now();
  const view = (await planReportView(db, t, "it", YEAR, clock, "Dirigente approvatore del piano demo"))!;
  const b = performance.now();
  last = await renderPlanReportPdf(view, page);
  const c = performance.now();
  views.push(b - a);
  pdfs.push(c - b);
}
await db.destroy();
const pages = Buffer.from(last).toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
for (const [name, samples] of [["view (tree + words)", views], ["PDF", pdfs], ["total", views.map((v, i) => v + pdfs[i]!)]] as const) {
  const sorted = [...samples].sort((x, y) => x - y);
  const mean = samples.reduce((x, y) => x + y, 0) / samples.length;
  console.log(`${name.padEnd(22)} n=${samples.length}  mean ${mean.toFixed(1).padStart(7)} ms  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`);
}
console.log(`report ${YEAR}: ${indicators.length} indicators, ${pages} pages, ${(last.length / 1024).toFixed(0)} KiB`);
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, last);
