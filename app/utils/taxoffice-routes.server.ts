/**
 * The tax office's loader page (/gestione/tributi/ruoli, issue 5 §1 and §6): one form, a choice of
 * file — the IMU roll, the TARI accounts, the payments, pagoPA's reporting flow — the same checks and
 * report. A refused file answers 400 with every bad line; a loaded roll or accounts file redirects
 * (post/redirect/get) with its figures; payments and reporting flows answer with their report (which
 * lines were skipped, what each payment of the flow did), since loading them again changes nothing.
 */
import { type AppLoadContext, data, redirect } from "@remix-run/node";
import type { TFunction } from "i18next";
import type { CsvError } from "~/domain/csv-file";
import { ROLL_REQUIRED } from "~/domain/rolls-csv";
import { PAYMENT_REQUIRED, TARI_ACCOUNT_REQUIRED } from "~/domain/tax-files-csv";
import { findComune } from "~/models/comune.server";
import type { StaffPrincipal } from "~/services/backoffice.server";
import { loadReportingFlow, type ReconciliationResult } from "~/services/reconciliation.server";
import { loadPayments, loadRolls, loadTariAccounts, type PaymentsLoadResult } from "~/services/rolls.server";
import { requireCsrf, requireStaff } from "./auth.server";
import { db } from "./db.server";
import { formatDate, formatMoney } from "./format";
import { getFixedT } from "./i18next.server";
import type { Language } from "./i18n";
import { requestMeta } from "./request-meta.server";
import { hadErrors, markErrors } from "./staff-routes.server";

const PAGE = "/gestione/tributi/ruoli";
const MAX_BYTES = 64 * 1024 * 1024;
export const FILE_KINDS = ["ruoli", "tari", "pagamenti", "rendicontazione"] as const;
export type FileKind = (typeof FILE_KINDS)[number];
const REQUIRED: Record<Exclude<FileKind, "rendicontazione">, readonly string[]> = { ruoli: ROLL_REQUIRED, tari: TARI_ACCOUNT_REQUIRED, pagamenti: PAYMENT_REQUIRED };

type ReportRow = { line: number; column: string; reason: string; value: string };
type Report = { count: number; errors: ReportRow[] };

async function counts() {
  const n = async (table: "tax_possession" | "tax_property" | "tari_account" | "tax_payment") =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n
    );
  const [holdings, properties, accounts, payments] = await Promise.all([n("tax_possession"), n("tax_property"), n("tari_account"), n("tax_payment")]);
  return { holdings, properties, accounts, payments };
}

/** A reason in words: the new kinds' codes first, then the IMU roll's (the codes they share). */
const reasonOf = (t: TFunction, code: string) => t([`taxoffice:files.errors.${code}`, `tax:rolls.errors.${code}`]);

function paymentsView(r: Extract<PaymentsLoadResult, { ok: true }>, t: TFunction, lang: Language) {
  const fmt = (x: number) => x.toLocaleString(lang === "en" ? "en-GB" : "it-IT");
  return {
    text: t("taxoffice:files.loadedPayments", { lines: fmt(r.lines), added: fmt(r.added), skipped: fmt(r.skippedCount), seconds: (r.ms / 1000).toFixed(1) }),
    skipped: r.skipped.map((s) => ({ line: s.line, reason: t(`taxoffice:files.skipped.${s.code}`), value: s.value })),
    skippedCount: r.skippedCount,
  };
}

function reconciliationView(r: Extract<ReconciliationResult, { ok: true }>, t: TFunction, lang: Language) {
  const money = (c: bigint) => formatMoney(Number(c), lang);
  return {
    text: t("taxoffice:reconciliation.loaded", {
      flow: r.flow.flowId,
      date: formatDate(r.flow.flowAt.slice(0, 10), lang),
      count: r.flow.count,
      total: money(r.flow.totalCents),
      settlement: r.flow.settlementId,
      settlementDate: formatDate(r.flow.settlementDay, lang),
    }),
    summary: t("taxoffice:reconciliation.summary", {
      matched: r.counts.matched,
      already: r.counts.already_paid,
      unknown: r.counts.unknown_iuv,
      mismatch: r.counts.amount_mismatch,
      revoked: r.counts.revoked,
    }),
    rows: r.payments.map((p) => ({
      position: p.position,
      iuv: p.iuv,
      day: formatDate(p.day, lang),
      amount: money(p.amountCents),
      status: p.status,
      text: t(`taxoffice:reconciliation.statuses.${p.status}`, { expected: p.expectedCents !== undefined ? money(p.expectedCents) : "" }),
    })),
  };
}

async function filesPage(
  request: Request,
  answer: { kind: FileKind; report?: Report; payments?: ReturnType<typeof paymentsView>; reconciliation?: ReturnType<typeof reconciliationView> } | null,
  context?: AppLoadContext
) {
  const { t, lang } = await getFixedT(request);
  const url = new URL(request.url);
  const q = (k: string) => Number(url.searchParams.get(k) ?? 0);
  const fmt = (x: number) => x.toLocaleString(lang === "en" ? "en-GB" : "it-IT");
  const c = await counts();
  const seconds = (q("ms") / 1000).toFixed(1);
  const loadedKind = url.searchParams.get("esito") === "caricati" ? url.searchParams.get("tipo") ?? "ruoli" : null;
  const loaded =
    loadedKind === "ruoli"
      ? t("tax:rolls.loaded", { lines: fmt(q("righe")), holdings: fmt(q("possessi")), properties: fmt(q("immobili")), seconds })
      : loadedKind === "tari"
      ? t("taxoffice:files.loadedTari", { lines: fmt(q("righe")), accounts: fmt(q("utenze")), taxpayers: fmt(q("contribuenti")), removed: fmt(q("rimosse")), seconds })
      : null;
  const kindOfUrl = url.searchParams.get("tipo");
  return {
    // An action that answered with a report marks the request, so the document's title says "Errore: ".
    meta: { title: t("taxoffice:files.title"), hasErrors: Boolean(answer?.report) || hadErrors(context) },
    kind: answer?.kind ?? ((FILE_KINDS as readonly string[]).includes(kindOfUrl ?? "") ? (kindOfUrl as FileKind) : "ruoli"),
    kinds: FILE_KINDS.map((k) => ({ value: k, label: t(`taxoffice:files.kinds.${k}`) })),
    current: t("tax:rolls.current", { holdings: fmt(c.holdings), properties: fmt(c.properties) }),
    others: t("taxoffice:files.current", { accounts: fmt(c.accounts), payments: fmt(c.payments) }),
    required: Object.entries(REQUIRED).map(([k, cols]) => t("taxoffice:files.required", { kind: t(`taxoffice:files.shortKinds.${k}`), columns: cols.join(", ") })),
    loaded,
    report: answer?.report ?? null,
    payments: answer?.payments ?? null,
    reconciliation: answer?.reconciliation ?? null,
  };
}

export type FilesData = Awaited<ReturnType<typeof filesPage>>;

export async function filesLoader(request: Request, context?: AppLoadContext) {
  await requireStaff(request, "tax.load_rolls");
  return filesPage(request, null, context);
}

export async function filesAction(request: Request, context?: AppLoadContext) {
  const s = (await requireStaff(request, "tax.load_rolls")) as StaffPrincipal;
  const { t, lang } = await getFixedT(request);
  const refuse = async (kind: FileKind, count: number, errors: ReportRow[]) => {
    markErrors(context);
    return data(await filesPage(request, { kind, report: { count, errors } }), { status: 400 });
  };
  const refuseAll = (kind: FileKind, code: string) =>
    refuse(kind, 1, [{ line: 0, column: "", reason: code === "no_file" && kind === "ruoli" ? t("tax:rolls.errors.no_file") : reasonOf(t, code), value: "" }]);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES + 64 * 1024) return refuseAll("ruoli", "too_big");
  const form = await request.formData();
  await requireCsrf(request, form);
  const kindField = String(form.get("tipo") ?? "ruoli");
  if (!(FILE_KINDS as readonly string[]).includes(kindField)) return refuseAll("ruoli", "no_kind");
  const kind = kindField as FileKind;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuseAll(kind, "no_file");
  if (file.size > MAX_BYTES) return refuseAll(kind, "too_big");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuseAll(kind, "not_text");
  }
  const actor = { kind: "staff" as const, id: s.staff.id };
  const meta = requestMeta(request);
  const csvRefused = (r: { errors: CsvError[]; errorCount: number }) =>
    refuse(
      kind,
      r.errorCount,
      r.errors.map((e) => ({ line: e.line, column: e.column, reason: reasonOf(t, e.code), value: e.value ?? "" }))
    );
  const now = () => new Date();

  if (kind === "ruoli") {
    const r = await loadRolls(db(), text, actor, now, meta);
    if (!r.ok) return csvRefused(r);
    return redirect(`${PAGE}?esito=caricati&tipo=ruoli&righe=${r.lines}&possessi=${r.holdings}&immobili=${r.properties}&ms=${r.ms}`, 303);
  }
  if (kind === "tari") {
    const r = await loadTariAccounts(db(), text, actor, now, meta);
    if (!r.ok) return csvRefused(r);
    return redirect(`${PAGE}?esito=caricati&tipo=tari&righe=${r.lines}&utenze=${r.accounts}&contribuenti=${r.taxpayers}&rimosse=${r.removed}&ms=${r.ms}`, 303);
  }
  if (kind === "pagamenti") {
    const r = await loadPayments(db(), text, actor, now, meta);
    if (!r.ok) return csvRefused(r);
    return filesPage(request, { kind, payments: paymentsView(r, t, lang) });
  }
  const comune = await findComune(db(), "it");
  const r = await loadReportingFlow(db(), text, { creditorFiscalCode: comune?.codice_fiscale ?? null, actor, meta });
  if (!r.ok)
    return refuse(
      kind,
      r.errors.length,
      r.errors.map((e) => ({ line: 0, column: e.path, reason: reasonOf(t, e.code), value: e.value ?? "" }))
    );
  return filesPage(request, { kind, reconciliation: reconciliationView(r, t, lang) });
}
