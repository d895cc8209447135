/**
 * The pagoPA reconciliation feed (issue 5 §6): citizens also pay the desk's notices at the bank, the
 * tobacconist or in the IO app, and pagoPA tells the creditor through the reporting flow
 * (app/domain/pagopa-reporting.ts). Each executed payment whose IUV is one of the desk's open notices
 * is recorded through `recordPagoPaPayment` — the same once-only path as the checkout, so whoever
 * reports a payment first closes the notice and the position (and moves on what it paid for), and a
 * second report changes nothing.
 *
 * A flow that cannot be read, or whose header does not add up, is refused whole. Otherwise every
 * payment gets a status in the report; recording is per notice (each in its own transaction, each
 * idempotent), so a flow loaded again — by hand or by the poller — is harmless.
 */
import { readdir, readFile, rename, mkdir } from "node:fs/promises";
import path from "node:path";
import { EXECUTED_OUTCOMES, noticeOfIuv, parseReportingFlow, type ReportingError, type ReportingFlow } from "~/domain/pagopa-reporting";
import { findNotice } from "~/models/tax-notice.server";
import type { Db } from "~/utils/db.server";
import { type AuditActor, type RequestMeta, record } from "./audit.server";
import { recordPagoPaPayment } from "./payments.server";

export type ReconciliationStatus = "matched" | "already_paid" | "unknown_iuv" | "amount_mismatch" | "revoked";

export interface ReconciledPayment {
  position: number;
  iuv: string;
  iur: string;
  day: string;
  amountCents: bigint;
  status: ReconciliationStatus;
  /** The notice's amount, when it differs from the one paid. */
  expectedCents?: bigint;
  notice: string | null;
}

export type ReconciliationResult =
  | { ok: true; flow: Omit<ReportingFlow, "payments">; payments: ReconciledPayment[]; counts: Record<ReconciliationStatus, number>; ms: number }
  | { ok: false; errors: ReportingError[] };

/** The provider name the feed's payments are recorded under (the checkout's are "simulato" or the real PSP's). */
export const RECONCILIATION_PROVIDER = "pagoPA-rendicontazione";

export async function loadReportingFlow(db: Db, xml: string, input: { creditorFiscalCode: string | null; actor: AuditActor; meta: RequestMeta }): Promise<ReconciliationResult> {
  const started = performance.now();
  const parsed = parseReportingFlow(xml);
  const refused = async (errors: ReportingError[]) => {
    await record(db, { event: "tax.reporting_refused", outcome: "failure", actor: input.actor, details: { errors: errors.slice(0, 5).map((e) => `${e.path}:${e.code}`) }, meta: input.meta });
    return { ok: false as const, errors };
  };
  if (!parsed.ok) return refused(parsed.errors);
  const { payments: reported, ...flow } = parsed.flow;
  // A flow for another creditor reached the wrong office: none of its IUVs may be matched to ours.
  if (input.creditorFiscalCode && flow.receiver.code !== input.creditorFiscalCode) return refused([{ path: "istitutoRicevente", code: "other_creditor", value: flow.receiver.code }]);

  const counts: Record<ReconciliationStatus, number> = { matched: 0, already_paid: 0, unknown_iuv: 0, amount_mismatch: 0, revoked: 0 };
  const payments: ReconciledPayment[] = [];
  for (const p of reported) {
    const number = noticeOfIuv(p.iuv);
    const notice = number ? await findNotice(db, number) : undefined;
    let status: ReconciliationStatus;
    let expectedCents: bigint | undefined;
    if (!EXECUTED_OUTCOMES.includes(p.outcome)) status = "revoked";
    else if (!notice) status = "unknown_iuv";
    else if (BigInt(notice.amount_cents) !== p.amountCents) {
      // Never close a notice on a different amount: the office looks at it (a partial payment, a wrong flow).
      status = "amount_mismatch";
      expectedCents = BigInt(notice.amount_cents);
    } else {
      const r = await recordPagoPaPayment(db, notice.notice_number, { provider: RECONCILIATION_PROVIDER, receiptId: p.iur, at: `${p.day}T12:00:00.000Z` }, input.meta);
      status = r === "recorded" ? "matched" : "already_paid";
    }
    counts[status]++;
    payments.push({
      position: p.position,
      iuv: p.iuv,
      iur: p.iur,
      day: p.day,
      amountCents: p.amountCents,
      status,
      notice: notice?.notice_number ?? null,
      ...(expectedCents !== undefined ? { expectedCents } : {}),
    });
  }
  const ms = Math.round(performance.now() - started);
  await record(db, { event: "tax.reporting_loaded", outcome: "success", actor: input.actor, details: { flow: flow.flowId, payments: reported.length, ...counts, ms }, meta: input.meta });
  return { ok: true, flow, payments, counts, ms };
}

// ---------------------------------------------------------------------------------------------
// Polling seam

/** Where reporting flows come from when nobody uploads them: the real one would be pagoPA's FdR API. */
export interface ReportingSource {
  name: string;
  /** The flows not yet handled, oldest first. */
  pending(): Promise<{ id: string; xml: string }[]>;
  /** Marks a flow handled: loaded, or refused (kept apart for the office to look at). */
  done(id: string, outcome: "loaded" | "refused"): Promise<void>;
}

/**
 * A folder the operator points `PAGOPA_REPORTING_DIR` to (for example where the intermediary's SFTP
 * drops the flows): every `*.xml` in it is a flow; a handled one moves to `caricati/` or `scartati/`.
 */
export function folderReportingSource(dir: string): ReportingSource {
  return {
    name: `folder:${dir}`,
    async pending() {
      const names = (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".xml"))
        .map((e) => e.name)
        .sort();
      return Promise.all(names.map(async (id) => ({ id, xml: await readFile(path.join(dir, id), "utf8") })));
    },
    async done(id, outcome) {
      const to = path.join(dir, outcome === "loaded" ? "caricati" : "scartati");
      await mkdir(to, { recursive: true });
      await rename(path.join(dir, id), path.join(to, id));
    },
  };
}

/** One polling round: every pending flow loaded as if the office had uploaded it. */
export async function pollReporting(db: Db, source: ReportingSource, input: { creditorFiscalCode: string | null; meta: RequestMeta }) {
  const out: { id: string; result: ReconciliationResult }[] = [];
  for (const f of await source.pending()) {
    const result = await loadReportingFlow(db, f.xml, { ...input, actor: { kind: "system" } });
    await source.done(f.id, result.ok ? "loaded" : "refused");
    out.push({ id: f.id, result });
  }
  return out;
}
